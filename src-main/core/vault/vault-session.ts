import { concatBytes, fromUtf8, utf8 } from './bytes.ts';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { Clock, RandomBytes } from '../clock.ts';
import { UserError } from '../../shared/errors.ts';
import { AUDIT_NOTE_MAX_CHARS, auditEntrySchema, type AuditEntry, type AuditEvent } from '../../shared/audit-event.ts';
import { AEAD_TAG_BYTES, CHAIN_HASH_BYTES } from './crypto-params.ts';
import type { VaultHeader } from './header.ts';
import { CIPHER_SUITE, rowCipher, type RowCipher } from './cipher-suite.ts';
import { deriveSubkeys, type Subkeys } from './keyring.ts';
import { writeHeader } from './header-row.ts';
import { rowKey, TYPED_KEY_PREFIX, typedRowKey, type Manifest, type RowRef } from './manifest.ts';
import { RowIndex, type RowStamp } from './row-index.ts';
import { rowFailure, slotLabel } from './row-failure.ts';
import type { Sodium } from './sodium.ts';

export const MANIFEST_SLOT = 'manifest';
const ROTATION_PROGRESS_EVERY_ROWS = 500;

export interface SessionParts {
  db: Database;
  sodium: Sodium;
  vaultId: string;
  vaultKey: Uint8Array;
  subkeys: Subkeys;
  auditHead: Manifest['auditHead'];
  rows: RowIndex;
  manifestRevision: number;
  headerDigest: string | undefined;
  commitCounter: number;
  clock: Clock;
  random: RandomBytes;
}

export interface StoredRow {
  revision: number;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

// A typed table's row: it names the cipher suite it was sealed with.
export interface TypedRow extends StoredRow {
  suite: string;
}

// An unlocked vault: the keys, the database, the index of rows and the audit head. Every change goes through
// `change`, which writes the rows, the audit entry and the manifest in one transaction and rolls the in-memory
// state back if anything fails.
export class VaultSession {
  readonly db: Database;
  readonly vaultId: string;
  readonly sodium: Sodium;
  private vaultKey: Uint8Array;
  private subkeys: Subkeys;
  private rows: RowIndex;
  private auditHead: Manifest['auditHead'];
  private manifestRevision: number;
  private headerDigest: string | undefined;
  private commitCounter: number;
  private commitListener: ((counter: number) => void) | undefined;
  private readonly clock: Clock;
  private readonly random: RandomBytes;
  // The suite new rows are sealed with; the header names it for the tables that carry no suite column.
  private readonly cipher: RowCipher;
  private undo: Map<string, RowStamp | undefined> | undefined;

  constructor(parts: SessionParts) {
    this.db = parts.db;
    this.sodium = parts.sodium;
    this.vaultId = parts.vaultId;
    this.vaultKey = parts.vaultKey;
    this.subkeys = parts.subkeys;
    this.rows = parts.rows;
    this.auditHead = parts.auditHead;
    this.manifestRevision = parts.manifestRevision;
    this.headerDigest = parts.headerDigest;
    this.commitCounter = parts.commitCounter;
    this.clock = parts.clock;
    this.random = parts.random;
    this.cipher = this.cipherOf(CIPHER_SUITE) as RowCipher;
  }

  get key(): Uint8Array {
    return this.vaultKey;
  }

  now(): string {
    return this.clock.now().toISOString();
  }

  change<T>(work: () => T): T {
    const undo = new Map<string, RowStamp | undefined>();
    const head = this.auditHead;
    const manifestRevision = this.manifestRevision;
    const headerDigest = this.headerDigest;
    const commitCounter = this.commitCounter;
    this.undo = undo;
    let result: T;
    try {
      result = this.db.transaction(() => {
        const done = work();
        this.writeManifest();
        return done;
      })();
    } catch (error) {
      for (const [key, previous] of undo) this.rows.set(key, previous);
      this.auditHead = head;
      this.manifestRevision = manifestRevision;
      this.headerDigest = headerDigest;
      this.commitCounter = commitCounter;
      throw error;
    } finally {
      this.undo = undefined;
    }
    this.commitListener?.(this.commitCounter);
    return result;
  }

  // Told the commit's number after every commit (the side file that detects lost saves is written there).
  onCommit(listener: (counter: number) => void): void {
    this.commitListener = listener;
  }

  get commits(): number {
    return this.commitCounter;
  }

  sealRow(ref: RowRef, value: unknown): StoredRow {
    const key = rowKey(ref);
    this.requireChange();
    const revision = (this.rows.get(key)?.revision ?? 0) + 1;
    const plaintext = utf8(JSON.stringify(value));
    const sealed = this.cipher.seal(this.subkeys.row, plaintext, this.rowAd(ref, revision));
    this.remember(key);
    this.rows.set(key, { revision, tag: this.tagOf(sealed.ciphertext) });
    return { revision, ...sealed };
  }

  // A typed table's row, sealed with the current suite under associated data that names the suite, the kind and
  // the id; the caller writes it to `typed_rows`.
  sealTyped(kind: string, id: string, plaintext: Uint8Array): TypedRow {
    const key = typedRowKey(kind, id);
    this.requireChange();
    const revision = (this.rows.get(key)?.revision ?? 0) + 1;
    const sealed = this.cipher.seal(this.subkeys.row, plaintext, typedRowAd(this.cipher.suite, this.vaultId, kind, id, revision));
    this.remember(key);
    this.rows.set(key, { revision, tag: typedTag(this.cipher.suite, sealed.ciphertext) });
    return { revision, suite: this.cipher.suite, ...sealed };
  }

  // Checked against the manifest's index, then authenticated with the suite the row names. A suite this program
  // does not know was written by a newer one: unreadable, not tampered.
  openTyped(kind: string, id: string, row: TypedRow, what: string): Uint8Array {
    const expected = this.rows.get(typedRowKey(kind, id));
    if (!expected || expected.revision !== row.revision || expected.tag !== typedTag(row.suite, row.ciphertext)) {
      throw rowFailure('ROW_TAMPERED', what);
    }
    const cipher = this.cipherOf(row.suite);
    if (!cipher) throw rowFailure('ROW_UNREADABLE', what);
    const plaintext = cipher.open(this.subkeys.row, row, typedRowAd(row.suite, this.vaultId, kind, id, row.revision));
    if (!plaintext) throw rowFailure('ROW_TAMPERED', what);
    return plaintext;
  }

  // The ids the manifest-verified index knows for a kind, whatever SQLite's own indexes say.
  typedIds(kind: string): string[] {
    const prefix = `${TYPED_KEY_PREFIX}${kind}/`;
    const ids: string[] = [];
    for (const key of this.rows.keys()) {
      if (key.startsWith(prefix)) ids.push(key.slice(prefix.length, key.lastIndexOf('/')));
    }
    return ids.sort();
  }

  hasTyped(kind: string, id: string): boolean {
    return this.rows.get(typedRowKey(kind, id)) !== undefined;
  }

  forgetTyped(kind: string, id: string): void {
    this.forget(typedRowKey(kind, id));
  }

  // The header is written with the state it belongs to: its digest goes into the same transaction's manifest.
  writeHeader(header: VaultHeader): void {
    this.requireChange();
    this.headerDigest = writeHeader(this.db, this.sodium, header);
  }

  forgetRow(ref: RowRef): void {
    this.forget(rowKey(ref));
  }

  private forget(key: string): void {
    this.requireChange();
    this.remember(key);
    this.rows.set(key, undefined);
  }

  // Checks a row against the manifest before decrypting, so a replayed or swapped row is named as tampering;
  // `what` names the row in the message.
  openRow<S extends z.ZodType>(ref: RowRef, row: StoredRow, schema: S, what: string): z.output<S> {
    const expected = this.rows.get(rowKey(ref));
    if (!expected || expected.revision !== row.revision || expected.tag !== this.tagOf(row.ciphertext)) {
      throw rowFailure('ROW_TAMPERED', what);
    }
    const plaintext = this.cipher.open(this.subkeys.row, row, this.rowAd(ref, row.revision));
    if (!plaintext) throw rowFailure('ROW_TAMPERED', what);
    const parsed = schema.safeParse(parseJson(fromUtf8(plaintext)));
    if (!parsed.success) throw rowFailure('ROW_UNREADABLE', what);
    return parsed.data;
  }

  readSingleton<S extends z.ZodType>(slot: string, schema: S): z.output<S> | undefined {
    const row = this.db.prepare('SELECT revision, nonce, ciphertext FROM singletons WHERE slot = ?').get(slot) as
      | StoredRow
      | undefined;
    return row ? this.openRow({ table: 'singletons', id: slot, version: 1 }, row, schema, slotLabel(slot)) : undefined;
  }

  // Every id of a table with the versions the manifest-verified index knows for it, whatever SQLite's own
  // indexes say: reads are checked against this, so a row a damaged SQLite index hides is noticed.
  indexedVersions(table: RowRef['table']): Map<string, number[]> {
    const prefix = `${table}/`;
    const versions = new Map<string, number[]>();
    for (const key of this.rows.keys()) {
      if (!key.startsWith(prefix)) continue;
      const cut = key.lastIndexOf('/');
      const id = key.slice(prefix.length, cut);
      versions.set(id, [...(versions.get(id) ?? []), Number(key.slice(cut + 1))]);
    }
    return versions;
  }

  // Whether a slot holds a row, known from the manifest's index without decrypting it.
  hasSingleton(slot: string): boolean {
    return this.rows.get(rowKey({ table: 'singletons', id: slot, version: 1 })) !== undefined;
  }

  appendAudit(event: AuditEvent): void {
    this.requireChange();
    const seq = this.auditHead.seq + 1;
    const entry = event.note === undefined ? event : { ...event, note: clip(event.note, AUDIT_NOTE_MAX_CHARS) };
    const plaintext = utf8(JSON.stringify({ seq, ...entry }));
    const sealed = this.cipher.seal(this.subkeys.row, plaintext, auditAd(this.vaultId, seq));
    const chain = chainHash(this.sodium, this.subkeys.auditChain, this.sodium.from_base64(this.auditHead.chain), seq, sealed);
    this.db
      .prepare('INSERT INTO audit (seq, nonce, ciphertext, chain) VALUES (?, ?, ?, ?)')
      .run(seq, sealed.nonce, sealed.ciphertext, chain);
    this.auditHead = { seq, chain: this.sodium.to_base64(chain) };
  }

  readAudit(): AuditEntry[] {
    const rows = this.db.prepare('SELECT seq, nonce, ciphertext FROM audit ORDER BY seq').all() as {
      seq: number;
      nonce: Uint8Array;
      ciphertext: Uint8Array;
    }[];
    return rows.map((row) => {
      const plaintext = this.cipher.open(this.subkeys.row, row, auditAd(this.vaultId, row.seq));
      const parsed = plaintext && auditEntrySchema.safeParse(parseJson(fromUtf8(plaintext)));
      if (!parsed || !parsed.success || parsed.data.seq !== row.seq) throw new UserError('AUDIT_CHAIN_BROKEN');
      return parsed.data;
    });
  }

  // Decrypts every row of every table against the index and the key, without judging content: what a backup
  // must pass before it may replace the live vault.
  verifyEveryRow(): void {
    const anyContent = z.unknown();
    const records = this.db.prepare('SELECT record_id AS id, version, revision, nonce, ciphertext FROM records').iterate() as Iterable<StoredRow & { id: string; version: number }>;
    for (const row of records) this.openRow({ table: 'records', id: row.id, version: row.version }, row, anyContent, '一份记录表');
    const singletons = this.db.prepare('SELECT slot, revision, nonce, ciphertext FROM singletons WHERE slot <> ?').iterate(MANIFEST_SLOT) as Iterable<StoredRow & { slot: string }>;
    for (const row of singletons) this.openRow({ table: 'singletons', id: row.slot, version: 1 }, row, anyContent, slotLabel(row.slot));
    const typed = this.db.prepare('SELECT kind, row_id, revision, suite, nonce, ciphertext FROM typed_rows').iterate() as Iterable<TypedRow & { kind: string; row_id: string }>;
    for (const row of typed) this.openTyped(row.kind, row.row_id, row, `数据库中的“${row.kind}”`);
  }

  // Keys are wiped from memory; the database is checkpointed and closed so nothing stays in the WAL file.
  close(): void {
    this.wipeKeys();
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }

  // A session opened and then refused (lost saves not accepted, a failed upgrade): its keys go, and the file is
  // left exactly as it was found, not even checkpointed.
  discard(): void {
    this.wipeKeys();
    this.db.close();
  }

  private wipeKeys(): void {
    for (const key of [this.vaultKey, this.subkeys.row, this.subkeys.auditChain, this.subkeys.rowSet]) this.sodium.memzero(key);
  }

  private writeManifest(): void {
    this.manifestRevision += 1;
    this.commitCounter += 1;
    const sealed = this.cipher.seal(this.subkeys.row, utf8(JSON.stringify(this.manifest())), manifestAd(this.vaultId, this.manifestRevision));
    this.db
      .prepare(
        `INSERT INTO singletons (slot, revision, nonce, ciphertext) VALUES (?, ?, ?, ?)
         ON CONFLICT (slot) DO UPDATE SET revision = excluded.revision, nonce = excluded.nonce, ciphertext = excluded.ciphertext`,
      )
      .run(MANIFEST_SLOT, this.manifestRevision, sealed.nonce, sealed.ciphertext);
  }

  private manifest(): Manifest {
    return {
      rowSetHash: this.rows.digest(),
      rowCount: this.rows.size,
      auditHead: this.auditHead,
      ...(this.headerDigest === undefined ? {} : { headerDigest: this.headerDigest }),
      commitCounter: this.commitCounter,
    };
  }

  // Re-encrypts every row and audit entry under a new vault key, re-chains the audit trail under the new chain
  // key and writes the manifest, in one transaction with `alsoWrite` (the header with its re-sealed slots). After
  // it the old key opens nothing in the file; on failure nothing changes, on disk or in memory.
  // `replacing` names singleton slots that `alsoWrite` rewrites: they are deleted first, not re-encrypted, so a
  // damaged one cannot stop the rotation that replaces it.
  rotate(newVaultKey: Uint8Array, alsoWrite: () => void, onProgress?: (done: number, total: number) => void, replacing: readonly string[] = []): void {
    const old = { vaultKey: this.vaultKey, subkeys: this.subkeys, rows: this.rows, auditHead: this.auditHead };
    const manifestRevision = this.manifestRevision;
    const headerDigest = this.headerDigest;
    const commitCounter = this.commitCounter;
    const subkeys = deriveSubkeys(this.sodium, newVaultKey);
    try {
      this.db.transaction(() => {
        for (const slot of replacing) this.db.prepare('DELETE FROM singletons WHERE slot = ?').run(slot);
        const rows = new RowIndex(this.sodium, subkeys.rowSet);
        const total = this.rows.size + this.auditHead.seq;
        let done = 0;
        const step = () => {
          done += 1;
          if (onProgress && (done % ROTATION_PROGRESS_EVERY_ROWS === 0 || done === total)) onProgress(done, total);
        };
        this.reencryptRows(old.subkeys.row, subkeys.row, rows, step);
        this.reencryptTypedRows(old.subkeys.row, subkeys.row, rows, step);
        const auditHead = this.reencryptAudit(old.subkeys.row, subkeys, step);
        this.vaultKey = newVaultKey;
        this.subkeys = subkeys;
        this.rows = rows;
        this.auditHead = auditHead;
        this.undo = new Map();
        alsoWrite();
        this.writeManifest();
      })();
    } catch (error) {
      Object.assign(this, old, { manifestRevision, headerDigest, commitCounter });
      throw error;
    } finally {
      this.undo = undefined;
    }
    this.commitListener?.(this.commitCounter);
    for (const key of [old.vaultKey, old.subkeys.row, old.subkeys.auditChain, old.subkeys.rowSet]) this.sodium.memzero(key);
  }

  private reencryptRows(oldKey: Uint8Array, newKey: Uint8Array, rows: RowIndex, step: () => void): void {
    const tables = [
      { table: 'records' as const, select: 'SELECT record_id AS id, version, revision, nonce, ciphertext FROM records', update: 'UPDATE records SET nonce = ?, ciphertext = ? WHERE record_id = ? AND version = ?' },
      { table: 'singletons' as const, select: `SELECT slot AS id, 1 AS version, revision, nonce, ciphertext FROM singletons WHERE slot <> '${MANIFEST_SLOT}'`, update: 'UPDATE singletons SET nonce = ?, ciphertext = ? WHERE slot = ? AND 1 = ?' },
    ];
    for (const { table, select, update } of tables) {
      const statement = this.db.prepare(update);
      for (const row of this.db.prepare(select).all() as (StoredRow & { id: string; version: number })[]) {
        const ref = { table, id: row.id, version: row.version };
        const plaintext = this.cipher.open(oldKey, row, this.rowAd(ref, row.revision));
        if (!plaintext) throw rowFailure('ROW_TAMPERED', table === 'records' ? '一份记录表' : slotLabel(row.id));
        const sealed = this.cipher.seal(newKey, plaintext, this.rowAd(ref, row.revision));
        this.sodium.memzero(plaintext);
        statement.run(sealed.nonce, sealed.ciphertext, row.id, row.version);
        rows.set(rowKey(ref), { revision: row.revision, tag: tagOf(sealed.ciphertext) });
        step();
      }
    }
  }

  // Each typed row is opened with the suite it names and sealed again with the current one.
  private reencryptTypedRows(oldKey: Uint8Array, newKey: Uint8Array, rows: RowIndex, step: () => void): void {
    const statement = this.db.prepare('UPDATE typed_rows SET suite = ?, nonce = ?, ciphertext = ? WHERE kind = ? AND row_id = ?');
    const all = this.db.prepare('SELECT kind, row_id, revision, suite, nonce, ciphertext FROM typed_rows').all() as (TypedRow & { kind: string; row_id: string })[];
    for (const row of all) {
      const plaintext = this.cipherOf(row.suite)?.open(oldKey, row, typedRowAd(row.suite, this.vaultId, row.kind, row.row_id, row.revision));
      if (!plaintext) throw rowFailure('ROW_TAMPERED', `数据库中的“${row.kind}”`);
      const sealed = this.cipher.seal(newKey, plaintext, typedRowAd(this.cipher.suite, this.vaultId, row.kind, row.row_id, row.revision));
      this.sodium.memzero(plaintext);
      statement.run(this.cipher.suite, sealed.nonce, sealed.ciphertext, row.kind, row.row_id);
      rows.set(typedRowKey(row.kind, row.row_id), { revision: row.revision, tag: typedTag(this.cipher.suite, sealed.ciphertext) });
      step();
    }
  }

  private reencryptAudit(oldKey: Uint8Array, subkeys: Subkeys, step: () => void): Manifest['auditHead'] {
    const statement = this.db.prepare('UPDATE audit SET nonce = ?, ciphertext = ?, chain = ? WHERE seq = ?');
    let previous = genesisChain();
    let seq = 0;
    for (const row of this.db.prepare('SELECT seq, nonce, ciphertext FROM audit ORDER BY seq').all() as (StoredRow & { seq: number })[]) {
      const plaintext = this.cipher.open(oldKey, row, auditAd(this.vaultId, row.seq));
      if (!plaintext || row.seq !== seq + 1) throw new UserError('AUDIT_CHAIN_BROKEN');
      const sealed = this.cipher.seal(subkeys.row, plaintext, auditAd(this.vaultId, row.seq));
      previous = chainHash(this.sodium, subkeys.auditChain, previous, row.seq, sealed);
      statement.run(sealed.nonce, sealed.ciphertext, previous, row.seq);
      seq = row.seq;
      step();
    }
    if (seq !== this.auditHead.seq) throw new UserError('AUDIT_CHAIN_BROKEN');
    return { seq, chain: this.sodium.to_base64(previous) };
  }

  private cipherOf(suite: string): RowCipher | undefined {
    return rowCipher(this.sodium, this.random, suite);
  }

  private remember(key: string): void {
    if (this.undo && !this.undo.has(key)) this.undo.set(key, this.rows.get(key));
  }

  private requireChange(): void {
    if (!this.undo) throw new Error('vault rows may only change inside VaultSession.change()');
  }

  private rowAd(ref: RowRef, revision: number): string {
    return rowAd(this.vaultId, ref, revision);
  }

  private tagOf(ciphertext: Uint8Array): string {
    return tagOf(ciphertext);
  }
}

// Authenticated bytes that are not JSON fail the schema like any other unexpected shape.
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// A ciphertext too short to hold a tag gets an empty one, which never matches the index.
export function tagOf(ciphertext: Uint8Array): string {
  if (ciphertext.length < AEAD_TAG_BYTES) return '';
  return Buffer.from(ciphertext.buffer, ciphertext.byteOffset + ciphertext.length - AEAD_TAG_BYTES, AEAD_TAG_BYTES).toString('base64');
}

// A typed row's entry in the row set names its suite too, so a suite column edited in the file is tampering
// found at unlock, not a row that seems to come from a newer program.
export function typedTag(suite: string, ciphertext: Uint8Array): string {
  return `${suite}:${tagOf(ciphertext)}`;
}

// Cuts at a code point boundary, so a clipped note never ends in half a surrogate pair.
function clip(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  let out = '';
  for (const char of text) {
    if (out.length + char.length > maxUnits) break;
    out += char;
  }
  return out;
}

export function rowAd(vaultId: string, ref: RowRef, revision: number): string {
  return `liuhen|${vaultId}|${ref.table}|${ref.id}|${ref.version}|${revision}`;
}

// Starts with the suite's name, so it can never equal the associated data of a row in the older tables.
export function typedRowAd(suite: string, vaultId: string, kind: string, id: string, revision: number): string {
  return `${suite}|${vaultId}|typed|${kind}|${id}|${revision}`;
}

export function manifestAd(vaultId: string, revision: number): string {
  return `liuhen|${vaultId}|singletons|${MANIFEST_SLOT}|1|${revision}`;
}

export function auditAd(vaultId: string, seq: number): string {
  return `liuhen|${vaultId}|audit|${seq}|1|1`;
}

export function genesisChain(): Uint8Array {
  return new Uint8Array(CHAIN_HASH_BYTES);
}

export function chainHash(
  sodium: Sodium,
  key: Uint8Array,
  previous: Uint8Array,
  seq: number,
  sealed: { nonce: Uint8Array; ciphertext: Uint8Array },
): Uint8Array {
  const seqBytes = new Uint8Array(8);
  new DataView(seqBytes.buffer).setBigUint64(0, BigInt(seq));
  return sodium.crypto_generichash(CHAIN_HASH_BYTES, concatBytes([previous, seqBytes, sealed.nonce, sealed.ciphertext]), key);
}
