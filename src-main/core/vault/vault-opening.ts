import { fromUtf8 } from './bytes.ts';
import type { Database } from 'better-sqlite3';
import type { Clock, RandomBytes } from '../clock.ts';
import { UserError } from '../../shared/errors.ts';
import { verifyAuditChain } from './audit-verification.ts';
import { NONCE_BYTES, SALT_BYTES, VAULT_ID_BYTES, VAULT_KEY_BYTES, type KdfCost } from './crypto-params.ts';
import {
  decodeHeader,
  encodeHeader,
  passphraseWrapAd,
  recoveryWrapAd,
  VAULT_FORMAT,
  VAULT_FORMAT_VERSION,
  type DecodedHeader,
  type VaultHeader,
} from './header.ts';
import { deriveKeyFromPassphrase, deriveKeyFromRecovery, deriveSubkeys, open, seal } from './keyring.ts';
import { manifestSchema } from './manifest.ts';
import { RowIndex } from './row-index.ts';
import { LATEST_SCHEMA_VERSION, migrate, requireLatestTables, schemaVersion } from './migrations/index.ts';
import { generateRecoveryKey, type RecoveryKey } from './recovery-key.ts';
import { RECOVERY_KEY_PENDING_SLOT, type RecoveryKeyPending } from './recovery-key-state.ts';
import { indexAndVerifyRows } from './row-verification.ts';
import type { Sodium } from './sodium.ts';
import { asVaultCorrupt } from './vault-file.ts';
import { genesisChain, MANIFEST_SLOT, manifestAd, VaultSession } from './vault-session.ts';

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

export function readHeader(db: Database, sodium: Sodium, floor: KdfCost): DecodedHeader {
  return asVaultCorrupt(() => {
    const version = schemaVersion(db);
    // An empty file or some other SQLite database: not a vault, or one cut down to nothing.
    if (version === 0) throw new UserError('VAULT_CORRUPT');
    if (version > LATEST_SCHEMA_VERSION) throw new UserError('VAULT_TOO_NEW');
    requireLatestTables(db);
    const row = db.prepare('SELECT body, checksum FROM header WHERE id = 1').get() as
      | { body: Uint8Array; checksum: Uint8Array }
      | undefined;
    if (!row) throw new UserError('HEADER_CORRUPT');
    return decodeHeader(sodium, row.body, row.checksum, floor);
  });
}

export function writeHeader(db: Database, sodium: Sodium, header: VaultHeader): void {
  const { body, checksum } = encodeHeader(sodium, header);
  db.prepare(
    `INSERT INTO header (id, body, checksum) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET body = excluded.body, checksum = excluded.checksum`,
  ).run(body, checksum);
}

export function wrapWithPassphrase(
  context: OpeningContext,
  vaultKey: Uint8Array,
  vaultId: string,
  passphrase: string,
  cost: KdfCost,
): Pick<VaultHeader, 'kdf' | 'passphraseWrap'> {
  const { sodium } = context;
  const salt = context.random(SALT_BYTES);
  const kdf = { alg: 'argon2id13' as const, ...cost, salt: sodium.to_base64(salt) };
  const wrappingKey = deriveKeyFromPassphrase(sodium, passphrase, salt, cost);
  const sealed = seal(sodium, wrappingKey, vaultKey, passphraseWrapAd({ vaultId, kdf }), context.random(NONCE_BYTES));
  sodium.memzero(wrappingKey);
  return { kdf, passphraseWrap: { nonce: sodium.to_base64(sealed.nonce), ciphertext: sodium.to_base64(sealed.ciphertext) } };
}

// A fresh recovery key and the vault key wrapped with it: what the header's recovery wrap holds.
export function wrapWithNewRecoveryKey(
  context: OpeningContext,
  vaultKey: Uint8Array,
  vaultIdBytes: Uint8Array,
  vaultId: string,
): { recoveryKey: RecoveryKey; recoveryWrap: VaultHeader['recoveryWrap'] } {
  const { sodium } = context;
  const recoveryKey = generateRecoveryKey(sodium, context.random);
  const wrappingKey = deriveKeyFromRecovery(sodium, recoveryKey.bytes, vaultIdBytes);
  const sealed = seal(sodium, wrappingKey, vaultKey, recoveryWrapAd(vaultId), context.random(NONCE_BYTES));
  sodium.memzero(wrappingKey);
  return {
    recoveryKey,
    recoveryWrap: { nonce: sodium.to_base64(sealed.nonce), ciphertext: sodium.to_base64(sealed.ciphertext) },
  };
}

export function createVaultIn(
  db: Database,
  context: OpeningContext,
  passphrase: string,
  cost: KdfCost,
): { session: VaultSession; recoveryKey: RecoveryKey } {
  const { sodium } = context;
  migrate(db);
  const vaultKey = context.random(VAULT_KEY_BYTES);
  const vaultIdBytes = context.random(VAULT_ID_BYTES);
  const vaultId = sodium.to_base64(vaultIdBytes);
  const { recoveryKey, recoveryWrap } = wrapWithNewRecoveryKey(context, vaultKey, vaultIdBytes, vaultId);
  const auditKeys = sodium.crypto_box_keypair();
  const header: VaultHeader = {
    format: VAULT_FORMAT,
    formatVersion: VAULT_FORMAT_VERSION,
    vaultId,
    ...wrapWithPassphrase(context, vaultKey, vaultId, passphrase, cost),
    recoveryWrap,
    auditPublicKey: sodium.to_base64(auditKeys.publicKey),
  };
  const subkeys = deriveSubkeys(sodium, vaultKey);
  const session = new VaultSession({
    db,
    sodium,
    vaultId,
    vaultKey,
    subkeys,
    rows: new RowIndex(sodium, subkeys.rowSet),
    auditHead: { seq: 0, chain: sodium.to_base64(genesisChain()) },
    manifestRevision: 0,
    clock: context.clock,
    random: context.random,
  });
  session.change(() => {
    writeHeader(db, sodium, header);
    const keyPair: AuditKeyPair = {
      publicKey: sodium.to_base64(auditKeys.publicKey),
      privateKey: sodium.to_base64(auditKeys.privateKey),
    };
    writeSingleton(session, AUDIT_KEYPAIR_SLOT, keyPair);
    writeSingleton(session, RECOVERY_KEY_PENDING_SLOT, { issuedAt: session.now() } satisfies RecoveryKeyPending);
    session.appendAudit({ at: session.now(), actor: 'owner', action: 'vaultCreated' });
  });
  sodium.memzero(auditKeys.privateKey);
  return { session, recoveryKey };
}

export function writeSingleton(session: VaultSession, slot: string, value: unknown): void {
  const row = session.sealRow({ table: 'singletons', id: slot, version: 1 }, value);
  session.db
    .prepare(
      `INSERT INTO singletons (slot, revision, nonce, ciphertext) VALUES (?, ?, ?, ?)
       ON CONFLICT (slot) DO UPDATE SET revision = excluded.revision, nonce = excluded.nonce, ciphertext = excluded.ciphertext`,
    )
    .run(slot, row.revision, row.nonce, row.ciphertext);
}

export function unwrapWithPassphrase(context: OpeningContext, decoded: DecodedHeader, passphrase: string): Uint8Array | undefined {
  const { sodium } = context;
  const { header } = decoded;
  const cost = { opsLimit: header.kdf.opsLimit, memLimitBytes: header.kdf.memLimitBytes };
  const wrappingKey = deriveKeyFromPassphrase(sodium, passphrase, decoded.salt, cost);
  const vaultKey = open(
    sodium,
    wrappingKey,
    { nonce: sodium.from_base64(header.passphraseWrap.nonce), ciphertext: sodium.from_base64(header.passphraseWrap.ciphertext) },
    passphraseWrapAd(header),
  );
  sodium.memzero(wrappingKey);
  return vaultKey;
}

export function unwrapWithRecovery(context: OpeningContext, decoded: DecodedHeader, recoveryBytes: Uint8Array): Uint8Array | undefined {
  const { sodium } = context;
  const wrappingKey = deriveKeyFromRecovery(sodium, recoveryBytes, decoded.vaultId);
  const vaultKey = open(
    sodium,
    wrappingKey,
    {
      nonce: sodium.from_base64(decoded.header.recoveryWrap.nonce),
      ciphertext: sodium.from_base64(decoded.header.recoveryWrap.ciphertext),
    },
    recoveryWrapAd(decoded.header.vaultId),
  );
  sodium.memzero(wrappingKey);
  return vaultKey;
}

// With the vault key in hand: decrypt the manifest, verify the audit chain and the set of rows. Nothing is written.
export function openSession(db: Database, context: OpeningContext, decoded: DecodedHeader, vaultKey: Uint8Array): VaultSession {
  return asVaultCorrupt(() => {
    const { sodium } = context;
    const vaultId = decoded.header.vaultId;
    const subkeys = deriveSubkeys(sodium, vaultKey);
    const row = db.prepare('SELECT revision, nonce, ciphertext FROM singletons WHERE slot = ?').get(MANIFEST_SLOT) as
      | { revision: number; nonce: Uint8Array; ciphertext: Uint8Array }
      | undefined;
    const plaintext = row && open(sodium, subkeys.row, row, manifestAd(vaultId, row.revision));
    const manifest = plaintext && manifestSchema.safeParse(JSON.parse(fromUtf8(plaintext)));
    if (!row || !manifest || !manifest.success) throw new UserError('ROW_TAMPERED');
    verifyAuditChain(db, sodium, subkeys.auditChain, manifest.data.auditHead);
    return new VaultSession({
      db,
      sodium,
      vaultId,
      vaultKey,
      subkeys,
      rows: indexAndVerifyRows(db, sodium, subkeys.rowSet, manifest.data),
      auditHead: manifest.data.auditHead,
      manifestRevision: row.revision,
      clock: context.clock,
      random: context.random,
    });
  });
}
