// Named so that a comment can never disagree with a value. Argon2id cost is a security setting: the defaults are
// libsodium's MODERATE level (3 passes over 256 MiB), and a vault whose header asks for less is refused on open.
export const VAULT_KEY_BYTES = 32;
export const NONCE_BYTES = 24;
export const SALT_BYTES = 16;
export const VAULT_ID_BYTES = 16;
export const RECORD_ID_BYTES = 16;
export const SLOT_ID_BYTES = 16;
export const AEAD_TAG_BYTES = 16;
export const CHAIN_HASH_BYTES = 32;

export const ARGON2_DEFAULT_OPSLIMIT = 3;
export const ARGON2_DEFAULT_MEMLIMIT_BYTES = 256 * 1024 * 1024;


export interface KdfCost {
  opsLimit: number;
  memLimitBytes: number;
}

export const DEFAULT_KDF_COST: KdfCost = {
  opsLimit: ARGON2_DEFAULT_OPSLIMIT,
  memLimitBytes: ARGON2_DEFAULT_MEMLIMIT_BYTES,
};

// Subkeys of the vault key (crypto_kdf): row encryption, the audit chain, and the row-set hash.
export const SUBKEY_CONTEXT = 'liuhenvk';
export const ROW_SUBKEY_ID = 1;
export const AUDIT_CHAIN_SUBKEY_ID = 2;
export const ROW_SET_SUBKEY_ID = 3;

// The recovery key: 160 random bits shown as 32 Crockford base32 characters plus 4 check characters.
export const RECOVERY_KEY_BYTES = 20;
export const RECOVERY_CHECK_CHARS = 4;
