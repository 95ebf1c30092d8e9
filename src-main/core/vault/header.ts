import { fromUtf8, utf8 } from './bytes.ts';
import { z } from 'zod';
import { UserError } from '../../shared/errors.ts';
import { INSTALLATION_ROLES } from '../../shared/installation-role.ts';
import {
  NONCE_BYTES,
  SALT_BYTES,
  VAULT_ID_BYTES,
  type KdfCost,
} from './crypto-params.ts';
import type { Sodium } from './sodium.ts';
import { CIPHER_SUITE } from './cipher-suite.ts';

export const VAULT_FORMAT = 'liuhen-vault';
// 1: one passphrase wrap and one recovery wrap of the vault key. 2: key slots (see key-slots.ts) and the
// installation's role; a version 1 header is upgraded at its first unlock.
export const VAULT_FORMAT_VERSION = 2;
const CHECKSUM_BYTES = 32;

const b64 = z.string().regex(/^[A-Za-z0-9_-]*$/);
const sealedSchema = z.object({ nonce: b64, ciphertext: b64 }).strict();
export type SealedText = z.infer<typeof sealedSchema>;

// The algorithm is any string here so that an unknown one is named by the KDF policy, not taken for damage.
const kdfSchema = z
  .object({
    alg: z.string(),
    opsLimit: z.number().int().positive(),
    memLimitBytes: z.number().int().positive(),
    salt: b64,
  })
  .strict();
export type KdfParams = z.infer<typeof kdfSchema>;

// A key slot: an X25519 key pair whose secret half is wrapped by a key the slot's holder can derive (from a
// passphrase, or from the printed recovery key), and the vault key sealed to its public half. Sealing needs only
// the public half, so the vault key can be replaced (rotated) without anyone's passphrase.
const slotSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('passphrase'),
      id: b64,
      kdf: kdfSchema,
      publicKey: b64,
      wrappedSecretKey: sealedSchema,
      sealedVaultKey: b64,
    })
    .strict(),
  z.object({ kind: z.literal('recovery'), id: b64, publicKey: b64, wrappedSecretKey: sealedSchema, sealedVaultKey: b64 }).strict(),
  // A version 1 vault's recovery wrap, kept until the first rotation: it cannot be re-sealed without the key itself.
  z.object({ kind: z.literal('legacyRecovery'), id: b64, recoveryWrap: sealedSchema }).strict(),
]);
export type KeySlot = z.infer<typeof slotSchema>;
export type PassphraseSlot = Extract<KeySlot, { kind: 'passphrase' }>;

// The only plaintext part of a vault besides the brake on passphrase guessing: ids, the role, KDF parameters,
// salts, wrapped keys and public keys. No personal data.
export const headerSchema = z
  .object({
    format: z.literal(VAULT_FORMAT),
    formatVersion: z.literal(VAULT_FORMAT_VERSION),
    suite: z.literal(CIPHER_SUITE),
    vaultId: b64,
    role: z.enum(INSTALLATION_ROLES),
    slots: z.array(slotSchema).min(1),
    auditPublicKey: b64,
  })
  .strict();
export type VaultHeader = z.infer<typeof headerSchema>;

const headerV1Schema = z
  .object({
    format: z.literal(VAULT_FORMAT),
    formatVersion: z.literal(1),
    vaultId: b64,
    kdf: kdfSchema,
    passphraseWrap: sealedSchema,
    recoveryWrap: sealedSchema,
    auditPublicKey: b64,
  })
  .strict();
export type VaultHeaderV1 = z.infer<typeof headerV1Schema>;

export type DecodedHeader =
  | { version: 2; header: VaultHeader; vaultId: Uint8Array; digest: string }
  | { version: 1; header: VaultHeaderV1; vaultId: Uint8Array; digest: string };

export function encodeHeader(sodium: Sodium, header: VaultHeader): { body: Uint8Array; checksum: Uint8Array } {
  const body = utf8(JSON.stringify(header));
  return { body, checksum: headerDigestBytes(sodium, body) };
}

function headerDigestBytes(sodium: Sodium, body: Uint8Array): Uint8Array {
  return sodium.crypto_generichash(CHECKSUM_BYTES, body, null);
}

// Order matters: corruption first, then a newer format, then KDF costs, all before any key is derived. The
// unkeyed checksum only catches accidents; the manifest, encrypted under the vault key, binds the header's digest,
// so an edited or swapped header is named after unlock.
export function decodeHeader(sodium: Sodium, body: Uint8Array, checksum: Uint8Array, checkCost: (kdf: KdfParams) => void): DecodedHeader {
  if (checksum.length !== CHECKSUM_BYTES || !sodium.memcmp(headerDigestBytes(sodium, body), checksum)) {
    throw new UserError('HEADER_CORRUPT');
  }
  const digest = sodium.to_hex(checksum);
  const json = parseJson(body);
  const version = (json as { formatVersion?: unknown } | undefined)?.formatVersion;
  if (typeof version === 'number' && version > VAULT_FORMAT_VERSION) throw new UserError('VAULT_TOO_NEW');
  const v2 = headerSchema.safeParse(json);
  if (v2.success) {
    for (const slot of v2.data.slots) if (slot.kind === 'passphrase') checkCost(slot.kdf);
    checkLengths(sodium, v2.data.vaultId, passphraseSalts(v2.data), v2.data.slots.flatMap(wrapNonces));
    return { version: 2, header: v2.data, vaultId: sodium.from_base64(v2.data.vaultId), digest };
  }
  const v1 = headerV1Schema.safeParse(json);
  if (!v1.success) throw new UserError('HEADER_CORRUPT');
  checkCost(v1.data.kdf);
  checkLengths(sodium, v1.data.vaultId, [v1.data.kdf.salt], [v1.data.passphraseWrap.nonce, v1.data.recoveryWrap.nonce]);
  return { version: 1, header: v1.data, vaultId: sodium.from_base64(v1.data.vaultId), digest };
}

export function costOf(kdf: KdfParams): KdfCost {
  return { opsLimit: kdf.opsLimit, memLimitBytes: kdf.memLimitBytes };
}

function passphraseSalts(header: VaultHeader): string[] {
  return header.slots.flatMap((slot) => (slot.kind === 'passphrase' ? [slot.kdf.salt] : []));
}

function wrapNonces(slot: KeySlot): string[] {
  return slot.kind === 'legacyRecovery' ? [slot.recoveryWrap.nonce] : [slot.wrappedSecretKey.nonce];
}

function checkLengths(sodium: Sodium, vaultId: string, salts: string[], nonces: string[]): void {
  const decodes = (text: string, bytes: number) => {
    try {
      return sodium.from_base64(text).length === bytes;
    } catch {
      return false;
    }
  };
  const ok =
    decodes(vaultId, VAULT_ID_BYTES) && salts.every((salt) => decodes(salt, SALT_BYTES)) && nonces.every((nonce) => decodes(nonce, NONCE_BYTES));
  if (!ok) throw new UserError('HEADER_CORRUPT');
}

function parseJson(body: Uint8Array): unknown {
  try {
    return JSON.parse(fromUtf8(body));
  } catch {
    return undefined;
  }
}

// Binds a slot's wrapped secret key to this vault, its role, the slot and (for a passphrase) the exact KDF
// parameters, so editing any of them breaks the unwrap.
export function slotAd(header: Pick<VaultHeader, 'vaultId' | 'role'>, slot: Pick<KeySlot, 'id' | 'kind'> & { kdf?: KdfParams }): string {
  const kdf = slot.kdf ? `|${slot.kdf.alg}|${slot.kdf.opsLimit}|${slot.kdf.memLimitBytes}|${slot.kdf.salt}` : '';
  return `${VAULT_FORMAT}|${CIPHER_SUITE}|${header.vaultId}|${header.role}|slot|${slot.id}|${slot.kind}${kdf}`;
}

// Version 1's associated data, to read a version 1 header's wraps.
export function passphraseWrapAdV1(header: Pick<VaultHeaderV1, 'vaultId' | 'kdf'>): string {
  const { alg, opsLimit, memLimitBytes, salt } = header.kdf;
  return `${VAULT_FORMAT}|${header.vaultId}|passphrase|${alg}|${opsLimit}|${memLimitBytes}|${salt}`;
}

export function recoveryWrapAdV1(vaultId: string): string {
  return `${VAULT_FORMAT}|${vaultId}|recovery`;
}
