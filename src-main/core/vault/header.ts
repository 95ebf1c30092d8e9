import { fromUtf8, utf8 } from './bytes.ts';
import { z } from 'zod';
import { UserError } from '../../shared/errors.ts';
import {
  ARGON2_MAX_MEMLIMIT_BYTES,
  ARGON2_MAX_OPSLIMIT,
  NONCE_BYTES,
  SALT_BYTES,
  VAULT_ID_BYTES,
  type KdfCost,
} from './crypto-params.ts';
import type { Sodium } from './sodium.ts';

export const VAULT_FORMAT = 'liuhen-vault';
export const VAULT_FORMAT_VERSION = 1;
const CHECKSUM_BYTES = 32;

const b64 = z.string().regex(/^[A-Za-z0-9_-]*$/);
const sealedSchema = z.object({ nonce: b64, ciphertext: b64 }).strict();

// The only plaintext part of a vault: ids, KDF parameters, salts, wrapped keys and a public key. No personal data.
export const headerSchema = z
  .object({
    format: z.literal(VAULT_FORMAT),
    formatVersion: z.number().int().positive(),
    vaultId: b64,
    kdf: z
      .object({
        alg: z.literal('argon2id13'),
        opsLimit: z.number().int().positive(),
        memLimitBytes: z.number().int().positive(),
        salt: b64,
      })
      .strict(),
    passphraseWrap: sealedSchema,
    recoveryWrap: sealedSchema,
    auditPublicKey: b64,
  })
  .strict();

export type VaultHeader = z.infer<typeof headerSchema>;

export interface DecodedHeader {
  header: VaultHeader;
  vaultId: Uint8Array;
  salt: Uint8Array;
}

export function encodeHeader(sodium: Sodium, header: VaultHeader): { body: Uint8Array; checksum: Uint8Array } {
  const body = utf8(JSON.stringify(header));
  return { body, checksum: sodium.crypto_generichash(CHECKSUM_BYTES, body, null) };
}

// Order matters: corruption first, then a newer format, then a weakened KDF, all before any key is derived.
export function decodeHeader(sodium: Sodium, body: Uint8Array, checksum: Uint8Array, floor: KdfCost): DecodedHeader {
  if (checksum.length !== CHECKSUM_BYTES || !sodium.memcmp(sodium.crypto_generichash(CHECKSUM_BYTES, body, null), checksum)) {
    throw new UserError('HEADER_CORRUPT');
  }
  const header = parseHeaderJson(sodium, body);
  if (header.formatVersion > VAULT_FORMAT_VERSION) throw new UserError('VAULT_TOO_NEW');
  const { opsLimit, memLimitBytes } = header.kdf;
  if (opsLimit < floor.opsLimit || memLimitBytes < floor.memLimitBytes) throw new UserError('HEADER_TAMPERED');
  if (opsLimit > ARGON2_MAX_OPSLIMIT || memLimitBytes > ARGON2_MAX_MEMLIMIT_BYTES) throw new UserError('HEADER_TAMPERED');
  const vaultId = sodium.from_base64(header.vaultId);
  const salt = sodium.from_base64(header.kdf.salt);
  if (vaultId.length !== VAULT_ID_BYTES || salt.length !== SALT_BYTES) throw new UserError('HEADER_CORRUPT');
  for (const wrap of [header.passphraseWrap, header.recoveryWrap]) {
    if (sodium.from_base64(wrap.nonce).length !== NONCE_BYTES) throw new UserError('HEADER_CORRUPT');
  }
  return { header, vaultId, salt };
}

function parseHeaderJson(sodium: Sodium, body: Uint8Array): VaultHeader {
  try {
    const parsed = headerSchema.safeParse(JSON.parse(fromUtf8(body)));
    if (parsed.success) return parsed.data;
  } catch {
    // Falls through: unparsable JSON is the same failure as a schema mismatch.
  }
  throw new UserError('HEADER_CORRUPT');
}

// Binds a wrapped vault key to this vault and to the exact KDF parameters, so editing them breaks the unwrap.
export function passphraseWrapAd(header: Pick<VaultHeader, 'vaultId' | 'kdf'>): string {
  const { alg, opsLimit, memLimitBytes, salt } = header.kdf;
  return `${VAULT_FORMAT}|${header.vaultId}|passphrase|${alg}|${opsLimit}|${memLimitBytes}|${salt}`;
}

export function recoveryWrapAd(vaultId: string): string {
  return `${VAULT_FORMAT}|${vaultId}|recovery`;
}
