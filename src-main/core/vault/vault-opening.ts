import { fromUtf8 } from './bytes.ts';
import type { Database } from 'better-sqlite3';
import type { Clock, RandomBytes } from '../clock.ts';
import { UserError } from '../../shared/errors.ts';
import type { InstallationRole } from '../../shared/installation-role.ts';
import { verifyAuditChain } from './audit-verification.ts';
import { CIPHER_SUITE, rowCipher, type RowCipher } from './cipher-suite.ts';
import { SLOT_ID_BYTES, VAULT_ID_BYTES, VAULT_KEY_BYTES, type KdfCost } from './crypto-params.ts';
import {
  costOf,
  passphraseWrapAdV1,
  recoveryWrapAdV1,
  VAULT_FORMAT,
  VAULT_FORMAT_VERSION,
  type DecodedHeader,
  type SealedText,
  type VaultHeader,
} from './header.ts';
import { newKdfParams, openRecoverySlot, openSlot, passphraseKey, passphraseSlot, recoverySlot, sealedBytes, sealSlot } from './key-slots.ts';
import { deriveKeyFromRecovery, deriveSubkeys, open, type Subkeys } from './keyring.ts';
import { hasLegacyLayout, openLegacyLayout, type LegacyState } from './legacy-layout.ts';
import { manifestSchema } from './manifest.ts';
import { migrate } from './migrations/index.ts';
import { unpad } from './padding.ts';
import { generateRecoveryKey, type RecoveryKey } from './recovery-key.ts';
import { RowIndex } from './row-index.ts';
import { indexAndVerifyRows } from './row-verification.ts';
import type { Sodium } from './sodium.ts';
import { STORAGE_ID_KEY_BYTES } from './storage-ids.ts';
import { asVaultCorrupt } from './vault-file.ts';
import { genesisChain, manifestAd, nameAd, VaultSession } from './vault-session.ts';

export interface OpeningContext {
  sodium: Sodium;
  clock: Clock;
  random: RandomBytes;
}

export interface AuditKeyPair {
  publicKey: string;
  privateKey: string;
}

export const AUDIT_KEYPAIR_SLOT = 'audit-keypair';

// What opened the vault: the key, and the slot (a passphrase slot, the recovery slot) it came from.
export interface Opened {
  vaultKey: Uint8Array;
  slotId: string;
}

// The passphrase's key is derived first (off the main thread); the database is written in one go afterwards.
export async function createVaultIn(
  db: Database,
  context: OpeningContext,
  passphrase: string,
  cost: KdfCost,
  role: InstallationRole,
): Promise<{ session: VaultSession; recoveryKey: RecoveryKey }> {
  const { sodium } = context;
  const kdf = newKdfParams(context, cost);
  const wrappingKey = await passphraseKey(sodium, passphrase, kdf);
  migrate(db);
  const vaultKey = context.random(VAULT_KEY_BYTES);
  const binding = { vaultId: sodium.to_base64(context.random(VAULT_ID_BYTES)), role };
  const recoveryKey = generateRecoveryKey(sodium, context.random);
  const auditKeys = sodium.crypto_box_keypair();
  const slots = [passphraseSlot(context, binding, wrappingKey, kdf), recoverySlot(context, binding, recoveryKey.bytes)];
  const header: VaultHeader = {
    format: VAULT_FORMAT,
    formatVersion: VAULT_FORMAT_VERSION,
    suite: CIPHER_SUITE,
    ...binding,
    slots: slots.map((slot) => sealSlot(sodium, slot, vaultKey)),
    auditPublicKey: sodium.to_base64(auditKeys.publicKey),
  };
  const subkeys = deriveSubkeys(sodium, vaultKey);
  const session = new VaultSession({
    db,
    sodium,
    vaultId: binding.vaultId,
    vaultKey,
    subkeys,
    storageIdKey: context.random(STORAGE_ID_KEY_BYTES),
    rows: new RowIndex(sodium, subkeys.rowSet),
    auditHead: { seq: 0, chain: sodium.to_base64(genesisChain()) },
    headerDigest: undefined,
    commitCounter: 0,
    clock: context.clock,
    random: context.random,
  });
  session.change(() => {
    session.writeHeader(header);
    const keyPair: AuditKeyPair = {
      publicKey: sodium.to_base64(auditKeys.publicKey),
      privateKey: sodium.to_base64(auditKeys.privateKey),
    };
    session.writeSingleton(AUDIT_KEYPAIR_SLOT, keyPair);
    session.appendAudit({ at: session.now(), actor: 'owner', action: 'vaultCreated' });
  });
  sodium.memzero(auditKeys.privateKey);
  return { session, recoveryKey };
}

// Tries every passphrase slot (one per account) with this passphrase, each derivation off the main thread.
export async function openWithPassphrase(context: OpeningContext, decoded: DecodedHeader, passphrase: string): Promise<Opened | undefined> {
  const { sodium } = context;
  if (decoded.version === 1) {
    const { header } = decoded;
    const wrappingKey = await passphraseKey(sodium, passphrase, header.kdf);
    const vaultKey = open(sodium, wrappingKey, sealedBytes(sodium, header.passphraseWrap), passphraseWrapAdV1(header));
    sodium.memzero(wrappingKey);
    return vaultKey && { vaultKey, slotId: LEGACY_PASSPHRASE_SLOT_ID };
  }
  for (const slot of decoded.header.slots) {
    if (slot.kind !== 'passphrase') continue;
    const vaultKey = openSlot(sodium, decoded.header, slot, await passphraseKey(sodium, passphrase, slot.kdf));
    if (vaultKey) return { vaultKey, slotId: slot.id };
  }
  return undefined;
}

export function openWithRecovery(context: OpeningContext, decoded: DecodedHeader, recoveryBytes: Uint8Array): Opened | undefined {
  if (decoded.version === 1) return openLegacyRecovery(context, decoded, LEGACY_RECOVERY_SLOT_ID, decoded.header.recoveryWrap, recoveryBytes);
  for (const slot of decoded.header.slots) {
    if (slot.kind === 'legacyRecovery') {
      const opened = openLegacyRecovery(context, decoded, slot.id, slot.recoveryWrap, recoveryBytes);
      if (opened) return opened;
    } else if (slot.kind === 'recovery') {
      const vaultKey = openRecoverySlot(context.sodium, decoded.header, slot, recoveryBytes);
      if (vaultKey) return { vaultKey, slotId: slot.id };
    }
  }
  return undefined;
}

function openLegacyRecovery(context: OpeningContext, decoded: DecodedHeader, slotId: string, wrap: SealedText, recoveryBytes: Uint8Array): Opened | undefined {
  const { sodium } = context;
  const wrappingKey = deriveKeyFromRecovery(sodium, recoveryBytes, decoded.vaultId);
  const vaultKey = open(sodium, wrappingKey, sealedBytes(sodium, wrap), recoveryWrapAdV1(decoded.header.vaultId));
  sodium.memzero(wrappingKey);
  return vaultKey && { vaultKey, slotId };
}

// A version 1 header's single passphrase and recovery wraps, named as slots until the upgrade gives them ids.
const LEGACY_PASSPHRASE_SLOT_ID = 'v1-passphrase';
const LEGACY_RECOVERY_SLOT_ID = 'v1-recovery';

// A version 1 header becomes version 2 at its first unlock, when the passphrase is known: a passphrase slot for it
// and the old recovery wrap kept as it is (it cannot be re-sealed without the recovery key; the first rotation
// drops it and asks for a new recovery key). Version 1 vaults were all handlers' installations.
export async function upgradedHeader(context: OpeningContext, decoded: DecodedHeader, vaultKey: Uint8Array, passphrase: string): Promise<VaultHeader | undefined> {
  if (decoded.version === 2) return undefined;
  const base = asVersion2(context, decoded);
  const kdf = newKdfParams(context, costOf(decoded.header.kdf));
  const slot = passphraseSlot(context, base, await passphraseKey(context.sodium, passphrase, kdf), kdf);
  return { ...base, slots: [sealSlot(context.sodium, slot, vaultKey), ...base.slots] };
}

// Any header as version 2, without passphrase slots for a version 1 one (only its recovery wrap, kept as a legacy
// slot): what a recovery rotates from, since the recovery replaces the passphrase anyway.
export function asVersion2(context: OpeningContext, decoded: DecodedHeader): VaultHeader {
  if (decoded.version === 2) return decoded.header;
  const { header } = decoded;
  return {
    format: VAULT_FORMAT,
    formatVersion: VAULT_FORMAT_VERSION,
    suite: CIPHER_SUITE,
    vaultId: header.vaultId,
    role: 'handler',
    slots: [{ kind: 'legacyRecovery', id: context.sodium.to_base64(context.random(SLOT_ID_BYTES)), recoveryWrap: header.recoveryWrap }],
    auditPublicKey: header.auditPublicKey,
  };
}

// With the vault key in hand: decrypt the manifest, check it belongs to this header, verify the audit chain and
// the set of rows. A vault still in the older layout is checked as such, shown to `beforeMove` (which may refuse
// it, e.g. for lost saves, before anything is written) and moved to the current layout in one transaction.
export function openSession(
  db: Database,
  context: OpeningContext,
  decoded: DecodedHeader,
  vaultKey: Uint8Array,
  beforeMove?: (legacy: LegacyState) => void,
): VaultSession {
  return asVaultCorrupt(() => {
    const subkeys = deriveSubkeys(context.sodium, vaultKey);
    if (hasLegacyLayout(db)) {
      const legacy = openLegacyLayout(db, context.sodium, decoded, subkeys, headerSwapped());
      beforeMove?.(legacy);
      legacy.migrate(context, vaultKey);
    }
    return openCurrentLayout(db, context, decoded, vaultKey, subkeys);
  });
}

function openCurrentLayout(db: Database, context: OpeningContext, decoded: DecodedHeader, vaultKey: Uint8Array, subkeys: Subkeys): VaultSession {
  const { sodium } = context;
  const vaultId = decoded.header.vaultId;
  const cipher = rowCipher(sodium, context.random, CIPHER_SUITE) as RowCipher;
  const row = db.prepare('SELECT suite, nonce, ciphertext FROM manifest WHERE id = 1').get() as
    | { suite: string; nonce: Uint8Array; ciphertext: Uint8Array }
    | undefined;
  const padded = row && row.suite === cipher.suite ? open(sodium, subkeys.row, row, manifestAd(row.suite, vaultId)) : undefined;
  // A key from the header that opens neither the manifest nor any row's name belongs to another state of this
  // vault (an old backup's header, copied in after a rotation); if a name opens, the manifest is damaged.
  if (row && !padded && !opensAName(db, cipher, subkeys.row, vaultId)) throw headerSwapped();
  const plaintext = padded && unpad(padded);
  const manifest = plaintext && manifestSchema.safeParse(parseJson(fromUtf8(plaintext)));
  if (!row || !manifest || !manifest.success || manifest.data.storageIdKey === undefined) throw new UserError('ROW_TAMPERED');
  const { headerDigest } = manifest.data;
  if (headerDigest !== undefined && headerDigest !== decoded.digest) throw headerSwapped();
  verifyAuditChain(db, sodium, subkeys.auditChain, manifest.data.auditHead);
  return new VaultSession({
    db,
    sodium,
    vaultId,
    vaultKey,
    subkeys,
    storageIdKey: sodium.from_base64(manifest.data.storageIdKey),
    rows: indexAndVerifyRows(db, sodium, cipher, subkeys, vaultId, manifest.data),
    auditHead: manifest.data.auditHead,
    headerDigest,
    commitCounter: manifest.data.commitCounter ?? 0,
    clock: context.clock,
    random: context.random,
  });
}

function opensAName(db: Database, cipher: RowCipher, rowKey: Uint8Array, vaultId: string): boolean {
  const row = db.prepare('SELECT storage_id, name FROM sealed_rows LIMIT 1').get() as { storage_id: Uint8Array; name: Uint8Array } | undefined;
  return row !== undefined && cipher.openName(rowKey, row.storage_id, row.name, nameAd(cipher.suite, vaultId, Buffer.from(row.storage_id).toString('hex'))) !== undefined;
}

function headerSwapped(): UserError {
  return new UserError('HEADER_TAMPERED', HEADER_SWAPPED_MESSAGE);
}

const HEADER_SWAPPED_MESSAGE =
  '数据库文件头与其中的数据不匹配：文件头可能被替换为旧备份中的文件头或被改动。程序已拒绝打开，文件未作任何改动；请从备份恢复并报告纪检组织。';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
