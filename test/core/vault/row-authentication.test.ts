import { describe, expect, it } from 'vitest';
import { open, seal } from '../../../src-main/core/vault/keyring.ts';
import { heapAuthenticator } from '../../../src-main/core/vault/row-authentication.ts';
import { loadSodium } from '../../../src-main/core/vault/sodium.ts';
import { flipByte } from './vault-kit.ts';

// The full verification's check answers exactly as libsodium's own decryption does: for sealed rows of every
// size, and for each kind of damage, including rows larger than any seen before (its scratch memory grows) and
// associated data that is not ASCII. It never decrypts, so no plaintext is left in libsodium's memory.
describe('authenticating a row inside libsodium memory', () => {
  it('agrees with decryption on authentic rows and on every kind of damage', async () => {
    const sodium = await loadSodium();
    const authenticates = heapAuthenticator(sodium);
    const key = sodium.crypto_aead_xchacha20poly1305_ietf_keygen();
    const otherKey = sodium.crypto_aead_xchacha20poly1305_ietf_keygen();
    for (const size of [0, 1, 15, 16, 17, 511, 4096, 70_000, 300]) {
      const ad = size === 300 ? `liuhen-s1|保管库|row|记录/${size}/1` : `liuhen-s1|vault|row|records/${size}/1`;
      const sealed = seal(sodium, key, sodium.randombytes_buf(size), ad, sodium.randombytes_buf(24));
      const cases = [
        { sealed, ad, key },
        { sealed: { ...sealed, ciphertext: flipByte(sealed.ciphertext, 0) }, ad, key },
        { sealed: { ...sealed, ciphertext: flipByte(sealed.ciphertext, -1) }, ad, key },
        { sealed: { ...sealed, nonce: flipByte(sealed.nonce, 3) }, ad, key },
        { sealed: { ...sealed, nonce: sealed.nonce.subarray(0, 12) }, ad, key },
        { sealed, ad: `${ad}x`, key },
        { sealed, ad, key: otherKey },
      ];
      for (const { sealed: candidate, ad: candidateAd, key: candidateKey } of cases) {
        expect(authenticates(candidateKey, candidate, candidateAd)).toBe(open(sodium, candidateKey, candidate, candidateAd) !== undefined);
      }
      expect(authenticates(key, sealed, ad)).toBe(true);
    }
  });

  it('leaves no plaintext in libsodium memory', async () => {
    const sodium = await loadSodium();
    const key = sodium.crypto_aead_xchacha20poly1305_ietf_keygen();
    const plaintext = sodium.randombytes_buf(4096);
    const ad = 'liuhen-s1|vault|row|records/canary/1';
    const sealed = seal(sodium, key, plaintext, ad, sodium.randombytes_buf(24));
    expect(heapAuthenticator(sodium)(key, sealed, ad)).toBe(true);
    const heap = Buffer.from((sodium as unknown as { libsodium: { HEAPU8: Uint8Array } }).libsodium.HEAPU8.buffer);
    expect(heap.indexOf(Buffer.from(plaintext.subarray(0, 32)))).toBe(-1);
    expect(heap.indexOf(Buffer.from(sealed.ciphertext.subarray(0, 32)))).toBeGreaterThanOrEqual(0);
  });
});
