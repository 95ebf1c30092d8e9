import { open, seal, type Sealed } from './keyring.ts';
import type { RandomBytes } from '../clock.ts';
import { NONCE_BYTES } from './crypto-params.ts';
import type { Sodium } from './sodium.ts';
import { utf8 } from './bytes.ts';
import { heapAuthenticator } from './row-authentication.ts';

// The suite every row, wrap and hash of this format uses: XChaCha20-Poly1305 for rows and wraps, BLAKE2b for
// hashes and MACs, X25519 sealed boxes for slots, Argon2id for passphrases. The header names it, and every row
// names the suite it was sealed with (in a column and in its associated data).
export const CIPHER_SUITE = 'liuhen-s1';

// How a row is sealed and opened under one suite. A second suite (e.g. SM4-GCM for a 密评) is a second
// implementation in `rowCipher`; callers name a suite by its tag and never see its primitives.
export interface RowCipher {
  readonly suite: string;
  seal(key: Uint8Array, plaintext: Uint8Array, ad: string): Sealed;
  // undefined when authentication fails
  open(key: Uint8Array, sealed: Sealed, ad: string): Uint8Array | undefined;
  // Whether the row authenticates, without decrypting it (the full verification).
  authenticates(key: Uint8Array, sealed: Sealed, ad: string): boolean;
  // A row's name, sealed deterministically: its nonce is taken from the row's storage id, itself a keyed hash of
  // the name, so one name under one key always seals to the same bytes and a rewrite leaves them as they are.
  sealName(key: Uint8Array, storageId: Uint8Array, name: Uint8Array, ad: string): Uint8Array;
  openName(key: Uint8Array, storageId: Uint8Array, sealedName: Uint8Array, ad: string): Uint8Array | undefined;
}

// The cipher of a suite this program knows, or undefined for one written by a newer program.
export function rowCipher(sodium: Sodium, random: RandomBytes, suite: string): RowCipher | undefined {
  if (suite !== CIPHER_SUITE) return undefined;
  const authenticate = heapAuthenticator(sodium);
  return {
    suite,
    seal: (key, plaintext, ad) => seal(sodium, key, plaintext, ad, random(NONCE_BYTES)),
    open: (key, sealed, ad) => open(sodium, key, sealed, ad),
    authenticates: authenticate,
    sealName: (key, storageId, name, ad) =>
      sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(name, utf8(ad), null, storageId.subarray(0, NONCE_BYTES), key),
    openName: (key, storageId, sealedName, ad) => open(sodium, key, { nonce: storageId.subarray(0, NONCE_BYTES), ciphertext: sealedName }, ad),
  };
}
