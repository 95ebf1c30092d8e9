import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../src-main/core/vault/bytes.ts';
import { open, seal } from '../../../src-main/core/vault/keyring.ts';
import { heapAuthenticator } from '../../../src-main/core/vault/row-authentication.ts';
import { loadSodium } from '../../../src-main/core/vault/sodium.ts';
import { flipByte } from './vault-kit.ts';

// The full verification's check answers exactly as libsodium's own decryption does: for sealed rows of every
// size, and for each kind of damage, including rows larger than any seen before (its scratch memory grows).
describe('authenticating a row inside libsodium memory', () => {
  it('agrees with decryption on authentic rows and on every kind of damage', async () => {
    const sodium = await loadSodium();
    const authenticates = heapAuthenticator(sodium);
    const key = sodium.crypto_aead_xchacha20poly1305_ietf_keygen();
    const otherKey = sodium.crypto_aead_xchacha20poly1305_ietf_keygen();
    for (const size of [0, 1, 15, 16, 17, 511, 4096, 70_000, 300]) {
      const ad = `liuhen-s1|vault|row|records/${size}/1`;
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
        expect(authenticates(candidateKey, candidate, utf8(candidateAd))).toBe(open(sodium, candidateKey, candidate, candidateAd) !== undefined);
      }
      expect(authenticates(key, sealed, utf8(ad))).toBe(true);
    }
  });
});
