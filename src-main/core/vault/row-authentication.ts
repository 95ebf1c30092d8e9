import type { Sealed } from './keyring.ts';
import type { Sodium } from './sodium.ts';
import { AEAD_TAG_BYTES, NONCE_BYTES, VAULT_KEY_BYTES } from './crypto-params.ts';

// The parts of libsodium's Emscripten module this needs; the wrappers expose it as `sodium.libsodium`.
interface LibsodiumModule {
  HEAPU8: Uint8Array;
  _malloc(bytes: number): number;
  _free(pointer: number): void;
  // 64-bit lengths are passed as two 32-bit halves in this build.
  _crypto_aead_xchacha20poly1305_ietf_decrypt(
    m: number,
    mlenP: number,
    nsec: number,
    c: number,
    clenLow: number,
    clenHigh: number,
    ad: number,
    adlenLow: number,
    adlenHigh: number,
    npub: number,
    k: number,
  ): number;
}

export type AuthenticateRow = (key: Uint8Array, sealed: Sealed, ad: Uint8Array) => boolean;

// Whether a row authenticates under a key, checked inside libsodium's WebAssembly memory: the row is decrypted
// into a scratch area that is wiped at once, so no plaintext reaches JavaScript. The full verification needs only
// the yes or no; the wrappers' decrypt allocates and frees every argument and copies every plaintext out, which
// cost more than the decryption itself (`npm run bench`, full verification against raw decryption).
export function heapAuthenticator(sodium: Sodium): AuthenticateRow {
  const lib = (sodium as unknown as { libsodium: LibsodiumModule }).libsodium;
  let base = 0;
  let capacity = 0;
  return (key, sealed, ad) => {
    if (sealed.nonce.length !== NONCE_BYTES || sealed.ciphertext.length < AEAD_TAG_BYTES || key.length !== VAULT_KEY_BYTES) return false;
    const clen = sealed.ciphertext.length;
    const needed = VAULT_KEY_BYTES + NONCE_BYTES + ad.length + 2 * clen;
    if (needed > capacity) {
      if (base !== 0) lib._free(base);
      capacity = Math.max(needed, capacity * 2);
      base = lib._malloc(capacity);
      if (base === 0) throw new Error('libsodium could not allocate memory for verification');
    }
    const keyAt = base;
    const nonceAt = keyAt + VAULT_KEY_BYTES;
    const adAt = nonceAt + NONCE_BYTES;
    const cipherAt = adAt + ad.length;
    const plainAt = cipherAt + clen;
    const heap = lib.HEAPU8;
    heap.set(key, keyAt);
    heap.set(sealed.nonce, nonceAt);
    heap.set(ad, adAt);
    heap.set(sealed.ciphertext, cipherAt);
    const result = lib._crypto_aead_xchacha20poly1305_ietf_decrypt(plainAt, 0, 0, cipherAt, clen, 0, adAt, ad.length, 0, nonceAt, keyAt);
    heap.fill(0, keyAt, keyAt + VAULT_KEY_BYTES);
    heap.fill(0, plainAt, plainAt + clen);
    return result === 0;
  };
}
