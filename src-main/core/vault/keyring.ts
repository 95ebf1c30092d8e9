import { utf8 } from './bytes.ts';
import {
  AUDIT_CHAIN_SUBKEY_ID,
  NONCE_BYTES,
  ROW_SET_SUBKEY_ID,
  ROW_SUBKEY_ID,
  SUBKEY_CONTEXT,
  VAULT_KEY_BYTES,
  type KdfCost,
} from './crypto-params.ts';
import type { Sodium } from './sodium.ts';

export interface Sealed {
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

export function deriveKeyFromPassphrase(sodium: Sodium, passphrase: string, salt: Uint8Array, cost: KdfCost): Uint8Array {
  return sodium.crypto_pwhash(
    VAULT_KEY_BYTES,
    utf8(passphrase.normalize('NFC')),
    salt,
    cost.opsLimit,
    cost.memLimitBytes,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
}

// The recovery key already carries 160 random bits, so a keyed hash (not a slow KDF) turns it into a wrapping key.
export function deriveKeyFromRecovery(sodium: Sodium, recoveryBytes: Uint8Array, vaultId: Uint8Array): Uint8Array {
  return sodium.crypto_generichash(VAULT_KEY_BYTES, vaultId, recoveryBytes);
}

export function seal(sodium: Sodium, key: Uint8Array, plaintext: Uint8Array, ad: string, nonce: Uint8Array): Sealed {
  const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, utf8(ad), null, nonce, key);
  return { nonce, ciphertext };
}

// Returns undefined when authentication fails: callers decide which error that means in their context.
export function open(sodium: Sodium, key: Uint8Array, sealed: Sealed, ad: string): Uint8Array | undefined {
  if (sealed.nonce.length !== NONCE_BYTES) return undefined;
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed.ciphertext, utf8(ad), sealed.nonce, key);
  } catch {
    return undefined;
  }
}

export interface Subkeys {
  row: Uint8Array;
  auditChain: Uint8Array;
  rowSet: Uint8Array;
}

export function deriveSubkeys(sodium: Sodium, vaultKey: Uint8Array): Subkeys {
  return {
    row: sodium.crypto_kdf_derive_from_key(VAULT_KEY_BYTES, ROW_SUBKEY_ID, SUBKEY_CONTEXT, vaultKey),
    auditChain: sodium.crypto_kdf_derive_from_key(VAULT_KEY_BYTES, AUDIT_CHAIN_SUBKEY_ID, SUBKEY_CONTEXT, vaultKey),
    rowSet: sodium.crypto_kdf_derive_from_key(VAULT_KEY_BYTES, ROW_SET_SUBKEY_ID, SUBKEY_CONTEXT, vaultKey),
  };
}
