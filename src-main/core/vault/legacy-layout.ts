import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { CountedState } from './commit-watch.ts';
import { drainPendingEvents } from './pending-audit.ts';
import { fromUtf8, utf8 } from './bytes.ts';
import { UserError } from '../../shared/errors.ts';
import { verifyAuditChain } from './audit-verification.ts';
import { CIPHER_SUITE, rowCipher, type RowCipher } from './cipher-suite.ts';
import type { DecodedHeader } from './header.ts';
import { open, type Subkeys } from './keyring.ts';
import { manifestSchema, rowKey, typedRowKey, type Manifest } from './manifest.ts';
import { LEGACY_TABLES } from './migrations/003-sealed-rows.ts';
import { padToBucket } from './padding.ts';
import { RowIndex } from './row-index.ts';
import { rowFailure, slotLabel } from './row-failure.ts';
import type { Sodium } from './sodium.ts';
import { STORAGE_ID_KEY_BYTES } from './storage-ids.ts';
import { auditAd, chainHash, describeName, genesisChain, VaultSession } from './vault-session.ts';
import type { Clock, RandomBytes } from '../clock.ts';

// The layout of schema 1 and 2 (`records`, `singletons`, `typed_rows`), which showed the printed 编号 as a row
// key, version and revision counts, slot and kind names and unpadded lengths. A vault in it is opened and checked
// as that version did (manifest, header digest, audit chain, row set), then moved to `sealed_rows` in one
// transaction at its first unlock: every row decrypted, padded and sealed again under a storage id, every audit
// entry padded and re-chained, the old tables dropped. A crash before the commit leaves the old layout, which the
// next unlock moves again.
const LEGACY_MANIFEST_SLOT = 'manifest';
// The audit note of the move.
export const STORAGE_MOVED_NOTE = '存储格式升级：存储编号与记录表编号无关，各行长度按档补齐';
const keyPairSchema = z.object({ publicKey: z.string(), privateKey: z.string() }).strict();
const LEGACY_AUDIT_KEYPAIR_SLOT = 'audit-keypair';
const HASH_BYTES = 32;
const MODULUS = 1n << 256n;

interface LegacyRow {
  name: string;
  revision: number;
  suite: string;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
  ad: string;
}

export type LegacyState = CountedState;

interface LegacyContext {
  sodium: Sodium;
  clock: Clock;
  random: RandomBytes;
}

export function hasLegacyLayout(db: Database): boolean {
  const moved = db.prepare('SELECT EXISTS (SELECT 1 FROM manifest) AS moved').get() as { moved: number };
  return moved.moved === 0 && presentLegacyTables(db).includes('singletons');
}

function presentLegacyTables(db: Database): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  const present = new Set(rows.map((row) => row.name));
  return LEGACY_TABLES.filter((table) => present.has(table));
}

// Opens and checks a vault of the older layout, writing nothing. `swapped` is the error for a key from the header
// that opens neither the manifest nor the audit key pair: an old backup's header copied in after a rotation.
export function openLegacyLayout(db: Database, sodium: Sodium, decoded: DecodedHeader, subkeys: Subkeys, swapped: UserError): LegacyState & { migrate(context: LegacyContext, vaultKey: Uint8Array): void } {
  const vaultId = decoded.header.vaultId;
  const rows = legacyRows(db, vaultId);
  const byName = new Map(rows.map((row) => [row.name, row]));
  const manifestRow = byName.get(rowKey({ table: 'singletons', id: LEGACY_MANIFEST_SLOT, version: 1 }));
  const plaintext = manifestRow && open(sodium, subkeys.row, manifestRow, manifestRow.ad);
  if (manifestRow && !plaintext && !opens(sodium, subkeys.row, byName.get(rowKey({ table: 'singletons', id: LEGACY_AUDIT_KEYPAIR_SLOT, version: 1 })))) throw swapped;
  const parsed = plaintext && manifestSchema.safeParse(parseJson(fromUtf8(plaintext)));
  if (!manifestRow || !parsed || !parsed.success) throw new UserError('ROW_TAMPERED');
  const manifest = parsed.data;
  if (manifest.headerDigest !== undefined && manifest.headerDigest !== decoded.digest) throw swapped;
  verifyAuditChain(db, sodium, subkeys.auditChain, manifest.auditHead);
  const content = rows.filter((row) => row !== manifestRow);
  if (content.length !== manifest.rowCount || legacyRowSetHash(sodium, subkeys.rowSet, content) !== manifest.rowSetHash) throw new UserError('ROW_TAMPERED');

  const openRow = (row: LegacyRow): Uint8Array => {
    const opened = row.suite === CIPHER_SUITE ? open(sodium, subkeys.row, row, row.ad) : undefined;
    if (!opened) throw rowFailure('ROW_TAMPERED', describeName(row.name));
    return opened;
  };
  const readSingleton: LegacyState['readSingleton'] = (slot, schema) => {
    const row = byName.get(rowKey({ table: 'singletons', id: slot, version: 1 }));
    if (!row) return undefined;
    const value = schema.safeParse(parseJson(fromUtf8(openRow(row))));
    if (!value.success) throw rowFailure('ROW_UNREADABLE', slotLabel(slot));
    return value.data;
  };
  const readKeyPair = () => readSingleton(LEGACY_AUDIT_KEYPAIR_SLOT, keyPairSchema);
  return {
    vaultId,
    commits: manifest.commitCounter ?? 0,
    readSingleton,
    migrate: (context, vaultKey) => {
      db.transaction(() => {
        const cipher = rowCipher(sodium, context.random, CIPHER_SUITE) as RowCipher;
        const auditHead = repadAudit(db, sodium, cipher, subkeys, vaultId);
        const session = new VaultSession({
          db,
          sodium,
          vaultId,
          vaultKey,
          subkeys,
          storageIdKey: context.random(STORAGE_ID_KEY_BYTES),
          auditHead,
          rows: new RowIndex(sodium, subkeys.rowSet),
          headerDigest: manifest.headerDigest,
          commitCounter: manifest.commitCounter ?? 0,
          clock: context.clock,
          random: context.random,
        });
        // The move is audited in its own transaction, so a crash leaves it either done and logged or not done.
        // Failed attempts waiting since before it go into the trail first, so the trail never runs backwards.
        const keyPair = readKeyPair();
        session.change(() => {
          if (keyPair) drainPendingEvents(session, sodium, keyPair);
          for (const row of content) session.writeBytes(row.name, openRow(row));
          for (const table of presentLegacyTables(db)) db.exec(`DROP TABLE ${table}`);
          session.appendAudit({ at: session.now(), actor: 'system', action: 'vaultUpgraded', note: STORAGE_MOVED_NOTE });
        });
      })();
    },
  };
}

// Every row of the old tables with the associated data it was sealed under.
function legacyRows(db: Database, vaultId: string): LegacyRow[] {
  const present = presentLegacyTables(db);
  const rows: LegacyRow[] = [];
  if (present.includes('records')) {
    for (const row of db.prepare('SELECT record_id, version, revision, nonce, ciphertext FROM records').all() as { record_id: string; version: number; revision: number; nonce: Uint8Array; ciphertext: Uint8Array }[]) {
      const ref = { table: 'records' as const, id: row.record_id, version: row.version };
      rows.push({ name: rowKey(ref), revision: row.revision, suite: CIPHER_SUITE, nonce: row.nonce, ciphertext: row.ciphertext, ad: legacyRowAd(vaultId, rowKey(ref), row.revision) });
    }
  }
  if (present.includes('singletons')) {
    for (const row of db.prepare('SELECT slot, revision, nonce, ciphertext FROM singletons').all() as { slot: string; revision: number; nonce: Uint8Array; ciphertext: Uint8Array }[]) {
      const name = rowKey({ table: 'singletons', id: row.slot, version: 1 });
      rows.push({ name, revision: row.revision, suite: CIPHER_SUITE, nonce: row.nonce, ciphertext: row.ciphertext, ad: legacyRowAd(vaultId, name, row.revision) });
    }
  }
  if (present.includes('typed_rows')) {
    for (const row of db.prepare('SELECT kind, row_id, revision, suite, nonce, ciphertext FROM typed_rows').all() as { kind: string; row_id: string; revision: number; suite: string; nonce: Uint8Array; ciphertext: Uint8Array }[]) {
      rows.push({
        name: typedRowKey(row.kind, row.row_id),
        revision: row.revision,
        suite: row.suite,
        nonce: row.nonce,
        ciphertext: row.ciphertext,
        ad: `${row.suite}|${vaultId}|typed|${row.kind}|${row.row_id}|${row.revision}`,
      });
    }
  }
  return rows;
}

// `liuhen|<vault>|<table>|<id>|<version>|<revision>`, which is `liuhen|<vault>|<name>|<revision>`.
function legacyRowAd(vaultId: string, name: string, revision: number): string {
  return `liuhen|${vaultId}|${name.split('/').join('|')}|${revision}`;
}

// The older layout's row set: each entry was (name, revision, tag), a typed row's tag prefixed with its suite.
function legacyRowSetHash(sodium: Sodium, key: Uint8Array, rows: readonly LegacyRow[]): string {
  let sum = 0n;
  for (const row of rows) {
    const tail = Buffer.from(row.ciphertext.subarray(Math.max(0, row.ciphertext.length - 16))).toString('base64');
    const tag = row.name.startsWith('typed/') ? `${row.suite}:${tail}` : tail;
    const hash = sodium.crypto_generichash(HASH_BYTES, utf8(`${row.name}|${row.revision}|${tag}`), key);
    sum = (sum + BigInt(`0x${Buffer.from(hash).toString('hex')}`)) % MODULUS;
  }
  return sum.toString(16).padStart(HASH_BYTES * 2, '0');
}

// Every audit entry padded to its bucket and sealed again; the chain, which covers the ciphertexts, recomputed.
function repadAudit(db: Database, sodium: Sodium, cipher: RowCipher, subkeys: Subkeys, vaultId: string): Manifest['auditHead'] {
  const update = db.prepare('UPDATE audit SET nonce = ?, ciphertext = ?, chain = ? WHERE seq = ?');
  let previous = genesisChain();
  let seq = 0;
  for (const row of db.prepare('SELECT seq, nonce, ciphertext FROM audit ORDER BY seq').all() as { seq: number; nonce: Uint8Array; ciphertext: Uint8Array }[]) {
    const plaintext = cipher.open(subkeys.row, row, auditAd(vaultId, row.seq));
    if (!plaintext || row.seq !== seq + 1) throw new UserError('AUDIT_CHAIN_BROKEN');
    const sealed = cipher.seal(subkeys.row, padToBucket(plaintext), auditAd(vaultId, row.seq));
    previous = chainHash(sodium, subkeys.auditChain, previous, row.seq, sealed);
    update.run(sealed.nonce, sealed.ciphertext, previous, row.seq);
    seq = row.seq;
  }
  return { seq, chain: sodium.to_base64(previous) };
}

function opens(sodium: Sodium, key: Uint8Array, row: LegacyRow | undefined): boolean {
  return row !== undefined && open(sodium, key, row, row.ad) !== undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
