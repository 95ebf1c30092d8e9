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

export type AuthenticateRow = (key: Uint8Array, sealed: Sealed, ad: string) => boolean;

// A null message pointer: libsodium's detached decryption then checks the tag and returns before it decrypts.
const NO_MESSAGE = 0;
// The associated data is ASCII today; room for the worst case of UTF-8 keeps any other text exact.
const MAX_UTF8_BYTES_PER_UNIT = 3;
const encoder = new TextEncoder();

// Whether a row authenticates under a key, without decrypting it. Decryption is the Poly1305 check over the
// associated data and the ciphertext followed by the ChaCha20 keystream; given a null message pointer libsodium
// runs only the first (`_decrypt_detached`: `if (m == NULL) return ret;`), so the answer is the one decryption
// would give and no plaintext exists anywhere, not even in libsodium's memory. The full verification needs only
// that answer; the wrappers' decrypt allocates and frees every argument and copies every plaintext out, which
// cost more than the check itself (`npm run bench`, full verification against raw decryption).
export function heapAuthenticator(sodium: Sodium): AuthenticateRow {
  const lib = (sodium as unknown as { libsodium: LibsodiumModule }).libsodium;
  let base = 0;
  let capacity = 0;
  return (key, sealed, ad) => {
    if (sealed.nonce.length !== NONCE_BYTES || sealed.ciphertext.length < AEAD_TAG_BYTES || key.length !== VAULT_KEY_BYTES) return false;
    const clen = sealed.ciphertext.length;
    const adCapacity = ad.length * MAX_UTF8_BYTES_PER_UNIT;
    const needed = VAULT_KEY_BYTES + NONCE_BYTES + adCapacity + clen;
    if (needed > capacity) {
      if (base !== 0) lib._free(base);
      capacity = Math.max(needed, capacity * 2);
      base = lib._malloc(capacity);
      if (base === 0) throw new Error('libsodium could not allocate memory for verification');
    }
    const keyAt = base;
    const nonceAt = keyAt + VAULT_KEY_BYTES;
    const adAt = nonceAt + NONCE_BYTES;
    const heap = lib.HEAPU8;
    heap.set(key, keyAt);
    heap.set(sealed.nonce, nonceAt);
    const adBytes = encoder.encodeInto(ad, heap.subarray(adAt, adAt + adCapacity)).written;
    const cipherAt = adAt + adBytes;
    heap.set(sealed.ciphertext, cipherAt);
    const result = lib._crypto_aead_xchacha20poly1305_ietf_decrypt(NO_MESSAGE, 0, 0, cipherAt, clen, 0, adAt, adBytes, 0, nonceAt, keyAt);
    heap.fill(0, keyAt, keyAt + VAULT_KEY_BYTES);
    return result === 0;
  };
}
