import { concatBytes, utf8 } from './bytes.ts';
import { parseRowJson, parseRowValue } from './row-values.ts';
import type { Database, Statement } from 'better-sqlite3';
import type { z } from 'zod';
import type { Clock, RandomBytes } from '../clock.ts';
import { UserError } from '../../shared/errors.ts';
import { formatRecordNumber } from '../../shared/form/record-number.ts';
import { AUDIT_NOTE_MAX_CHARS, auditEntrySchema, type AuditAuthor, type AuditEntry, type AuditEvent } from '../../shared/audit-event.ts';
import { auditSignedBytes } from '../../shared/audit-signature.ts';
import { AEAD_TAG_BYTES, CHAIN_HASH_BYTES } from './crypto-params.ts';
import type { VaultHeader } from './header.ts';
import { CIPHER_SUITE, rowCipher, type RowCipher } from './cipher-suite.ts';
import { deriveSubkeys, type Subkeys } from './keyring.ts';
import { writeHeader } from './header-row.ts';
import { rowKey, TYPED_KEY_PREFIX, typedRowKey, type Manifest, type RowRef } from './manifest.ts';
import { padToBucket, unpad } from './padding.ts';
import { pooledRandom } from './random-pool.ts';
import { RowIndex, type RowStamp } from './row-index.ts';
import { indexDamaged, rowFailure, slotLabel } from './row-failure.ts';
import type { Sodium } from './sodium.ts';
import { storageIdHex, storageIdOf } from './storage-ids.ts';

const ROTATION_PROGRESS_EVERY_ROWS = 500;
// Every row's name is padded to one length (longer ones, which no kind writes today, to the next power of two).
export const NAME_BUCKET_BYTES = 128;
// Positions are random integers below 2^53, exact in JavaScript; two rows drawing the same one is retried.
const POSITION_BYTES = 7;
const POSITION_MASK = (1n << 53n) - 1n;
const MAX_POSITION_DRAWS = 8;

export interface SessionParts {
  db: Database;
  sodium: Sodium;
  vaultId: string;
  vaultKey: Uint8Array;
  subkeys: Subkeys;
  storageIdKey: Uint8Array;
  auditHead: Manifest['auditHead'];
  rows: RowIndex;
  headerDigest: string | undefined;
  commitCounter: number;
  clock: Clock;
  random: RandomBytes;
}

// A row as `sealed_rows` holds it, with the suite it was sealed with.
export interface SealedRow {
  suite: string;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

interface ScannedRow extends SealedRow {
  position: number;
  storage_id: Uint8Array;
}

// The staff member signed in, able to sign an entry with their own Ed25519 key (hex signature).
export interface AuditEntrySigner {
  by: AuditAuthor;
  sign(message: Uint8Array): string;
}

// An unlocked vault: the keys, the database, the index of rows and the audit head. Every change goes through
// `change`, which writes the rows, the audit entry and the manifest in one transaction and rolls the in-memory
// state back if anything fails. Rows are named inside the vault (`records/<id>/<version>`, `singletons/<slot>/1`,
// `typed/<kind>/<id>/1`) and stored in `sealed_rows` under a keyed hash of that name, padded to a size bucket.
export class VaultSession {
  readonly db: Database;
  readonly vaultId: string;
  readonly sodium: Sodium;
  private vaultKey: Uint8Array;
  private subkeys: Subkeys;
  private readonly storageIdKey: Uint8Array;
  private rows: RowIndex;
  private auditHead: Manifest['auditHead'];
  private headerDigest: string | undefined;
  private commitCounter: number;
  private commitListener: ((counter: number) => void) | undefined;
  private readonly clock: Clock;
  // Only nonces and row positions come from it, so it draws from a pool (random-pool.ts).
  private readonly random: RandomBytes;
  // The suite new rows and every row's name are sealed with; the header names it.
  private readonly cipher: RowCipher;
  private readonly ciphers = new Map<string, RowCipher | undefined>();
  private readonly statements = new Map<string, Statement>();
  // Typed rows already opened and parsed, or written, in this session, with the index stamp they had then: a row
  // read again unchanged is not decrypted again (every write gives its row a new stamp, and a change rolled back
  // restores the old one, so nothing it wrote is answered). Goes with the session at lock.
  private readonly decoded = new Map<string, { stamp: RowStamp; value: unknown }>();
  // Lists of ids drawn from the index, kept until the index next changes (a list of 10,000 records asks twice).
  private readonly idViews = new Map<string, { index: RowIndex; generation: number; view: unknown }>();
  private undo: Map<string, RowStamp | undefined> | undefined;
  // How many rows this session has decrypted, by area (see `decryptedRows`).
  private readonly decryptions = new Map<string, number>();
  private auditSigner: () => AuditEntrySigner | undefined = () => undefined;

  constructor(parts: SessionParts) {
    this.db = parts.db;
    this.sodium = parts.sodium;
    this.vaultId = parts.vaultId;
    this.vaultKey = parts.vaultKey;
    this.subkeys = parts.subkeys;
    this.storageIdKey = parts.storageIdKey;
    this.rows = parts.rows;
    this.auditHead = parts.auditHead;
    this.headerDigest = parts.headerDigest;
    this.commitCounter = parts.commitCounter;
    this.clock = parts.clock;
    this.random = pooledRandom(parts.random);
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
      for (const [name, previous] of undo) this.rows.set(name, previous);
      this.auditHead = head;
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

  // Only inside a change. The plaintext is padded to its bucket and sealed under associated data naming the
  // suite, the vault and the row's name; the name itself is sealed beside it.
  writeBytes(name: string, plaintext: Uint8Array): void {
    this.requireChange();
    const existing = this.rows.get(name);
    const storageId = existing ? Buffer.from(existing.storageId, 'hex') : storageIdOf(this.sodium, this.storageIdKey, name);
    const sealed = this.cipher.seal(this.subkeys.row, padToBucket(plaintext), bodyAd(this.cipher.suite, this.vaultId, name));
    const sealedName = this.sealName(this.subkeys.row, storageId, name);
    if (existing) {
      this.statement('UPDATE sealed_rows SET suite = ?, name = ?, nonce = ?, ciphertext = ? WHERE storage_id = ?').run(
        this.cipher.suite,
        sealedName,
        sealed.nonce,
        sealed.ciphertext,
        storageId,
      );
    } else {
      this.insertAtRandomPosition(storageId, sealedName, sealed);
    }
    this.remember(name);
    this.rows.set(name, { storageId: existing?.storageId ?? storageIdHex(storageId), tag: stampTag(this.cipher.suite, sealed.ciphertext) });
  }

  writeValue(name: string, value: unknown): void {
    this.writeBytes(name, utf8(JSON.stringify(value)));
  }

  // Only inside a change. Answers whether there was a row to delete.
  deleteRow(name: string): boolean {
    const stamp = this.rows.get(name);
    if (!stamp) return false;
    this.requireChange();
    this.statement('DELETE FROM sealed_rows WHERE storage_id = ?').run(Buffer.from(stamp.storageId, 'hex'));
    this.remember(name);
    this.rows.set(name, undefined);
    return true;
  }

  has(name: string): boolean {
    return this.rows.get(name) !== undefined;
  }

  // Where a named row is stored (its storage id), from the index; for a check of the file from outside.
  storageIdOf(name: string): Uint8Array | undefined {
    const stamp = this.rows.get(name);
    return stamp && Buffer.from(stamp.storageId, 'hex');
  }

  // The row's content, checked against the manifest's index and authenticated; undefined when the index knows no
  // such row. `what` names the row in a failure's message.
  readBytes(name: string, what: string): Uint8Array | undefined {
    const stamp = this.rows.get(name);
    if (!stamp) return undefined;
    const row = this.statement('SELECT suite, nonce, ciphertext FROM sealed_rows WHERE storage_id = ?').get(Buffer.from(stamp.storageId, 'hex')) as
      | SealedRow
      | undefined;
    if (!row) throw indexDamaged();
    return this.openBody(name, row, what);
  }

  // Several rows at once (in one pass over the table when they are a good part of it), each opened or failed on
  // its own. Every name must be one the index knows.
  readMany(names: readonly string[], what: (name: string) => string): Map<string, Uint8Array | UserError> {
    const stored = this.fetch(names);
    const out = new Map<string, Uint8Array | UserError>();
    for (const name of names) {
      try {
        out.set(name, this.openBody(name, stored.get(name) as SealedRow, what(name)));
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        out.set(name, error);
      }
    }
    return out;
  }

  readValue<S extends z.ZodType>(name: string, schema: S, what: string): z.output<S> | undefined {
    const plaintext = this.readBytes(name, what);
    return plaintext === undefined ? undefined : parseRowValue(plaintext, schema, what);
  }

  readSingleton<S extends z.ZodType>(slot: string, schema: S): z.output<S> | undefined {
    return this.readValue(singletonName(slot), schema, slotLabel(slot));
  }

  writeSingleton(slot: string, value: unknown): void {
    this.writeValue(singletonName(slot), value);
  }

  deleteSingleton(slot: string): void {
    this.deleteRow(singletonName(slot));
  }

  // Whether a slot holds a row, known from the manifest's index without decrypting it.
  hasSingleton(slot: string): boolean {
    return this.has(singletonName(slot));
  }

  // The ids the manifest-verified index knows for a kind, whatever SQLite's own indexes say.
  typedIds(kind: string): string[] {
    return [...this.idView(`typed:${kind}`, () => this.scanTypedIds(kind))];
  }

  private idView<T>(name: string, compute: () => T): T {
    const kept = this.idViews.get(name);
    if (kept && kept.index === this.rows && kept.generation === this.rows.generation) return kept.view as T;
    const view = compute();
    this.idViews.set(name, { index: this.rows, generation: this.rows.generation, view });
    return view;
  }

  private scanTypedIds(kind: string): string[] {
    const prefix = `${TYPED_KEY_PREFIX}${kind}/`;
    const ids: string[] = [];
    for (const key of this.rows.keys()) {
      if (key.startsWith(prefix)) ids.push(key.slice(prefix.length, key.lastIndexOf('/')));
    }
    return ids.sort();
  }

  // The parsed content of a typed row read earlier in this session, if the row has not changed since.
  decodedTyped(kind: string, id: string): { value: unknown } | undefined {
    const key = typedRowKey(kind, id);
    const cached = this.decoded.get(key);
    return cached && cached.stamp === this.rows.get(key) ? { value: cached.value } : undefined;
  }

  rememberDecoded(kind: string, id: string, value: unknown): void {
    const key = typedRowKey(kind, id);
    const stamp = this.rows.get(key);
    if (stamp) this.decoded.set(key, { stamp, value });
  }

  // The header is written with the state it belongs to: its digest goes into the same transaction's manifest.
  writeHeader(header: VaultHeader): void {
    this.requireChange();
    this.headerDigest = writeHeader(this.db, this.sodium, header);
  }

  // Every id of a table with the versions the manifest-verified index knows for it, whatever SQLite's own
  // indexes say: reads are checked against this, so a row a damaged SQLite index hides is noticed.
  indexedVersions(table: RowRef['table']): ReadonlyMap<string, readonly number[]> {
    return this.idView(`versions:${table}`, () => this.scanVersions(table));
  }

  private scanVersions(table: RowRef['table']): Map<string, number[]> {
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

  // Who signs the entries the person at the keyboard causes ('owner'), asked at every append: on an installation
  // with staff accounts, the member whose account opened the vault.
  signAuditWith(signer: () => AuditEntrySigner | undefined): void {
    this.auditSigner = signer;
  }

  appendAudit(event: AuditEvent): void {
    this.requireChange();
    const seq = this.auditHead.seq + 1;
    const entry: AuditEntry = { seq, ...event, ...(event.note === undefined ? {} : { note: clip(event.note, AUDIT_NOTE_MAX_CHARS) }) };
    const plaintext = padToBucket(utf8(JSON.stringify(this.signed(entry))));
    const sealed = this.cipher.seal(this.subkeys.row, plaintext, auditAd(this.vaultId, seq));
    const chain = chainHash(this.sodium, this.subkeys.auditChain, this.sodium.from_base64(this.auditHead.chain), seq, sealed);
    this.statement('INSERT INTO audit (seq, nonce, ciphertext, chain) VALUES (?, ?, ?, ?)').run(seq, sealed.nonce, sealed.ciphertext, chain);
    this.auditHead = { seq, chain: this.sodium.to_base64(chain) };
  }

  private signed(entry: AuditEntry): AuditEntry {
    const signer = entry.actor === 'owner' ? this.auditSigner() : undefined;
    if (!signer) return entry;
    const attributed = { ...entry, by: signer.by };
    return { ...attributed, signature: signer.sign(auditSignedBytes(attributed)) };
  }

  readAudit(): AuditEntry[] {
    const rows = this.db.prepare('SELECT seq, nonce, ciphertext FROM audit ORDER BY seq').all() as {
      seq: number;
      nonce: Uint8Array;
      ciphertext: Uint8Array;
    }[];
    return rows.map((row) => {
      const padded = this.cipher.open(this.subkeys.row, row, auditAd(this.vaultId, row.seq));
      const plaintext = padded && unpad(padded);
      const parsed = plaintext && auditEntrySchema.safeParse(parseRowJson(plaintext));
      if (!parsed || !parsed.success || parsed.data.seq !== row.seq) throw new UserError('AUDIT_CHAIN_BROKEN');
      return parsed.data;
    });
  }

  // One step of the full verification (full-verification.ts): authenticates up to `limit` rows of a table after
  // position `after` (the audit's seq), against the index and the key, without decrypting or parsing content. Each
  // step reads its rows at once, so saves can run between steps. Each row comes back as one blob, its columns
  // joined by SQLite and cut apart here by their lengths: every blob better-sqlite3 returns is a fresh
  // allocation, and three per row cost more than the check itself (`npm run bench`).
  verifyStep(table: VerifiedTable, after: number, limit: number): VerificationStep {
    const problems: RowProblem[] = [];
    if (table === 'audit') {
      const rows = this.rawStatement(
        'SELECT seq, length(nonce), CAST(nonce || ciphertext AS BLOB) FROM audit WHERE seq > ? ORDER BY seq LIMIT ?',
      ).all(after, limit) as [number, number, Uint8Array][];
      for (const [seq, nonceBytes, joined] of rows) {
        const row = { nonce: slice(joined, 0, nonceBytes), ciphertext: slice(joined, nonceBytes, joined.length - nonceBytes) };
        if (!this.cipher.authenticates(this.subkeys.row, row, auditAd(this.vaultId, seq))) problems.push({ table, id: String(seq), version: seq, error: new UserError('AUDIT_CHAIN_BROKEN') });
      }
      return { last: rows.at(-1)?.[0] ?? after, checked: rows.length, problems };
    }
    const rows = this.rawStatement(
      `SELECT position, suite, length(storage_id), length(nonce), CAST(storage_id || nonce || ciphertext AS BLOB)
       FROM sealed_rows WHERE position > ? ORDER BY position LIMIT ?`,
    ).all(after, limit) as [number, string, number, number, Uint8Array][];
    for (const [, suite, idBytes, nonceBytes, joined] of rows) {
      const cipherAt = idBytes + nonceBytes;
      const row = { suite, nonce: slice(joined, idBytes, nonceBytes), ciphertext: slice(joined, cipherAt, joined.length - cipherAt) };
      const problem = this.authenticate(storageIdHex(slice(joined, 0, idBytes)), row);
      if (problem) problems.push(problem);
    }
    return { last: rows.at(-1)?.[0] ?? after, checked: rows.length, problems };
  }

  private authenticate(storageId: string, row: SealedRow): RowProblem | undefined {
    const indexed = this.rows.at(storageId);
    if (indexed === undefined) return { table: 'typed_rows', id: storageId, version: 1, error: rowFailure('ROW_TAMPERED', '数据库中的一行') };
    const { name, stamp } = indexed;
    const cipher = this.cipherOf(row.suite);
    const authentic =
      stamp.tag === stampTag(row.suite, row.ciphertext) &&
      cipher !== undefined &&
      cipher.authenticates(this.subkeys.row, row, bodyAd(row.suite, this.vaultId, name));
    // Named only when it fails: a message per row would cost more than the check.
    return authentic ? undefined : { ...problemPlace(name), error: rowFailure('ROW_TAMPERED', describeName(name)) };
  }

  // How many rows this session has decrypted in one area: 'records' (record versions), 'singletons', or a typed
  // kind's name. What an unlock and a list cost is counted here, not guessed (`npm run bench`, the tests).
  decryptedRows(area: string): number {
    return this.decryptions.get(area) ?? 0;
  }

  // How many rows a full verification reads: every encrypted row and audit entry, the manifest aside.
  get verifiedRowCount(): number {
    return this.rows.size + this.auditHead.seq;
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
    for (const key of [this.vaultKey, this.subkeys.row, this.subkeys.auditChain, this.subkeys.rowSet, this.storageIdKey]) this.sodium.memzero(key);
  }

  private writeManifest(): void {
    this.commitCounter += 1;
    writeManifestRow(this.db, this.cipher, this.subkeys.row, this.vaultId, this.manifest());
  }

  private manifest(): Manifest {
    return {
      rowSetHash: this.rows.digest(),
      rowCount: this.rows.size,
      auditHead: this.auditHead,
      ...(this.headerDigest === undefined ? {} : { headerDigest: this.headerDigest }),
      commitCounter: this.commitCounter,
      storageIdKey: this.sodium.to_base64(this.storageIdKey),
    };
  }

  // Re-encrypts every row, every row's name and every audit entry under a new vault key, re-chains the audit trail
  // under the new chain key and writes the manifest, in one transaction with `alsoWrite` (the header with its
  // re-sealed slots). Storage ids stay: their key is not the vault key. After it the old key opens nothing in
  // the file; on failure nothing changes, on disk or in memory. `replacing` names singleton slots that
  // `alsoWrite` rewrites: they are deleted first, not re-encrypted, so a damaged one cannot stop the rotation
  // that replaces it.
  rotate(newVaultKey: Uint8Array, alsoWrite: () => void, onProgress?: (done: number, total: number) => void, replacing: readonly string[] = []): void {
    const old = { vaultKey: this.vaultKey, subkeys: this.subkeys, rows: this.rows, auditHead: this.auditHead };
    const headerDigest = this.headerDigest;
    const commitCounter = this.commitCounter;
    const subkeys = deriveSubkeys(this.sodium, newVaultKey);
    try {
      this.db.transaction(() => {
        const rows = new RowIndex(this.sodium, subkeys.rowSet);
        const total = this.rows.size + this.auditHead.seq;
        let done = 0;
        const step = () => {
          done += 1;
          if (onProgress && (done % ROTATION_PROGRESS_EVERY_ROWS === 0 || done === total)) onProgress(done, total);
        };
        this.reencryptRows(old.subkeys.row, subkeys.row, rows, new Set(replacing.map(singletonName)), step);
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
      Object.assign(this, old, { headerDigest, commitCounter });
      throw error;
    } finally {
      this.undo = undefined;
    }
    this.commitListener?.(this.commitCounter);
    for (const key of [old.vaultKey, old.subkeys.row, old.subkeys.auditChain, old.subkeys.rowSet]) this.sodium.memzero(key);
  }

  // Each row is opened with the suite it names and sealed again with the current one, its padding kept.
  private reencryptRows(oldKey: Uint8Array, newKey: Uint8Array, rows: RowIndex, replaced: ReadonlySet<string>, step: () => void): void {
    const update = this.db.prepare('UPDATE sealed_rows SET suite = ?, name = ?, nonce = ?, ciphertext = ? WHERE position = ?');
    const remove = this.db.prepare('DELETE FROM sealed_rows WHERE position = ?');
    for (const row of this.db.prepare('SELECT position, storage_id, suite, nonce, ciphertext FROM sealed_rows').all() as ScannedRow[]) {
      const name = this.rows.nameAt(storageIdHex(row.storage_id));
      if (name === undefined) throw rowFailure('ROW_TAMPERED', '数据库中的一行');
      if (replaced.has(name)) {
        remove.run(row.position);
        continue;
      }
      const padded = this.cipherOf(row.suite)?.open(oldKey, row, bodyAd(row.suite, this.vaultId, name));
      if (!padded) throw rowFailure('ROW_TAMPERED', describeName(name));
      const sealed = this.cipher.seal(newKey, padded, bodyAd(this.cipher.suite, this.vaultId, name));
      this.sodium.memzero(padded);
      update.run(this.cipher.suite, this.sealName(newKey, row.storage_id, name), sealed.nonce, sealed.ciphertext, row.position);
      rows.set(name, { storageId: storageIdHex(row.storage_id), tag: stampTag(this.cipher.suite, sealed.ciphertext) });
      step();
    }
  }

  private reencryptAudit(oldKey: Uint8Array, subkeys: Subkeys, step: () => void): Manifest['auditHead'] {
    const statement = this.db.prepare('UPDATE audit SET nonce = ?, ciphertext = ?, chain = ? WHERE seq = ?');
    let previous = genesisChain();
    let seq = 0;
    for (const row of this.db.prepare('SELECT seq, nonce, ciphertext FROM audit ORDER BY seq').all() as (SealedRow & { seq: number })[]) {
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

  private sealName(key: Uint8Array, storageId: Uint8Array, name: string): Uint8Array {
    return this.cipher.sealName(key, storageId, padToBucket(utf8(name), NAME_BUCKET_BYTES), nameAd(this.cipher.suite, this.vaultId, storageIdHex(storageId)));
  }

  // A fresh row gets a random position; drawing one another row holds is a primary-key conflict, drawn again.
  private insertAtRandomPosition(storageId: Uint8Array, sealedName: Uint8Array, sealed: { nonce: Uint8Array; ciphertext: Uint8Array }): void {
    const insert = this.statement('INSERT INTO sealed_rows (position, storage_id, suite, name, nonce, ciphertext) VALUES (?, ?, ?, ?, ?, ?)');
    for (let draw = 1; ; draw += 1) {
      const position = this.randomPosition();
      try {
        insert.run(position, storageId, this.cipher.suite, sealedName, sealed.nonce, sealed.ciphertext);
        return;
      } catch (error) {
        const taken = (error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
        if (!taken || draw === MAX_POSITION_DRAWS) throw error;
      }
    }
  }

  private randomPosition(): number {
    const bytes = this.random(POSITION_BYTES);
    let value = 0n;
    for (const byte of bytes) value = (value << 8n) | BigInt(byte);
    return Number((value & POSITION_MASK) || 1n);
  }

  // The rows of these names: in one pass over the table when they are a quarter of it or more, else one by one.
  // The table must hold every row the index knows.
  private fetch(names: readonly string[]): Map<string, SealedRow> {
    const fetched = new Map<string, SealedRow>();
    if (names.length * 4 >= this.rows.size) {
      const wanted = new Set(names);
      for (const row of this.statement('SELECT storage_id, suite, nonce, ciphertext FROM sealed_rows').all() as ScannedRow[]) {
        const name = this.rows.nameAt(storageIdHex(row.storage_id));
        if (name !== undefined && wanted.has(name)) fetched.set(name, row);
      }
    } else {
      const one = this.statement('SELECT suite, nonce, ciphertext FROM sealed_rows WHERE storage_id = ?');
      for (const name of names) {
        const stamp = this.rows.get(name);
        const row = stamp && (one.get(Buffer.from(stamp.storageId, 'hex')) as SealedRow | undefined);
        if (row) fetched.set(name, row);
      }
    }
    if (fetched.size !== new Set(names).size) throw indexDamaged();
    return fetched;
  }

  // Checked against the manifest's index, then authenticated with the suite the row names. A suite this program
  // does not know was written by a newer one: unreadable, not tampered.
  private openBody(name: string, row: SealedRow, what: string): Uint8Array {
    const expected = this.rows.get(name);
    if (!expected || expected.tag !== stampTag(row.suite, row.ciphertext)) throw rowFailure('ROW_TAMPERED', what);
    const cipher = this.cipherOf(row.suite);
    if (!cipher) throw rowFailure('ROW_UNREADABLE', what);
    const padded = cipher.open(this.subkeys.row, row, bodyAd(row.suite, this.vaultId, name));
    const area = areaOf(name);
    this.decryptions.set(area, (this.decryptions.get(area) ?? 0) + 1);
    if (!padded) throw rowFailure('ROW_TAMPERED', what);
    const plaintext = unpad(padded);
    if (!plaintext) throw rowFailure('ROW_UNREADABLE', what);
    return plaintext;
  }

  // A statement answering rows as arrays, not objects (the full verification's reads).
  private rawStatement(sql: string): Statement {
    return this.statement(sql).raw(true);
  }

  private statement(sql: string): Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  private cipherOf(suite: string): RowCipher | undefined {
    if (!this.ciphers.has(suite)) this.ciphers.set(suite, rowCipher(this.sodium, this.random, suite));
    return this.ciphers.get(suite);
  }

  private remember(name: string): void {
    if (this.undo && !this.undo.has(name)) this.undo.set(name, this.rows.get(name));
  }

  private requireChange(): void {
    if (!this.undo) throw new Error('vault rows may only change inside VaultSession.change()');
  }
}

// The full verification reads `sealed_rows` in position order, then the audit trail in seq order.
export type VerifiedTable = 'sealed_rows' | 'audit';

export const VERIFIED_TABLES: readonly VerifiedTable[] = ['sealed_rows', 'audit'];

// A row the full verification could not authenticate, named as the rest of the program knows it: a record's id
// and version, a singleton's slot, a typed row's `<kind>/<id>`, an audit entry's seq.
export interface RowProblem {
  table: 'records' | 'singletons' | 'typed_rows' | 'audit';
  id: string;
  version: number;
  error: UserError;
}

export interface VerificationStep {
  last: number;
  checked: number;
  problems: RowProblem[];
}

// A view of part of a blob: cheaper than Buffer's subarray, which builds its result through a species lookup.
function slice(bytes: Uint8Array, at: number, length: number): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset + at, length);
}

function singletonName(slot: string): string {
  return rowKey({ table: 'singletons', id: slot, version: 1 });
}

// 'records/<id>/<version>' and 'singletons/<slot>/1' by their table, 'typed/<kind>/<id>/1' by its kind.
function areaOf(name: string): string {
  const cut = name.indexOf('/');
  const table = name.slice(0, cut);
  return name.startsWith(TYPED_KEY_PREFIX) ? name.slice(cut + 1, name.indexOf('/', cut + 1)) : table;
}

function problemPlace(name: string): Omit<RowProblem, 'error'> {
  const parts = name.split('/');
  if (parts[0] === 'records') return { table: 'records', id: parts[1] ?? '', version: Number(parts[2]) };
  if (parts[0] === 'singletons') return { table: 'singletons', id: parts[1] ?? '', version: 1 };
  return { table: 'typed_rows', id: `${parts[1] ?? ''}/${parts[2] ?? ''}`, version: 1 };
}

// A row's name in the words a person knows it by, for a failure's message.
export function describeName(name: string): string {
  const place = problemPlace(name);
  if (place.table === 'records') return `记录表（编号 ${formatRecordNumber(place.id)}，第${place.version}版）`;
  if (place.table === 'singletons') return slotLabel(place.id);
  return `数据库中的“${place.id.split('/')[0] ?? ''}”`;
}

// A ciphertext too short to hold a tag gets an empty one, which never matches the index.
export function tagOf(ciphertext: Uint8Array): string {
  if (ciphertext.length < AEAD_TAG_BYTES) return '';
  return Buffer.from(ciphertext.buffer, ciphertext.byteOffset + ciphertext.length - AEAD_TAG_BYTES, AEAD_TAG_BYTES).toString('base64');
}

// A row's entry in the row set names its suite too, so a suite column edited in the file is tampering found at
// unlock, not a row that seems to come from a newer program.
export function stampTag(suite: string, ciphertext: Uint8Array): string {
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

export function bodyAd(suite: string, vaultId: string, name: string): string {
  return `${suite}|${vaultId}|row|${name}`;
}

export function nameAd(suite: string, vaultId: string, storageId: string): string {
  return `${suite}|${vaultId}|name|${storageId}`;
}

export function manifestAd(suite: string, vaultId: string): string {
  return `${suite}|${vaultId}|manifest`;
}

export function auditAd(vaultId: string, seq: number): string {
  return `liuhen|${vaultId}|audit|${seq}|1|1`;
}

export function writeManifestRow(db: Database, cipher: RowCipher, rowKeyBytes: Uint8Array, vaultId: string, manifest: Manifest): void {
  const sealed = cipher.seal(rowKeyBytes, padToBucket(utf8(JSON.stringify(manifest))), manifestAd(cipher.suite, vaultId));
  db.prepare(
    `INSERT INTO manifest (id, suite, nonce, ciphertext) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET suite = excluded.suite, nonce = excluded.nonce, ciphertext = excluded.ciphertext`,
  ).run(cipher.suite, sealed.nonce, sealed.ciphertext);
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
