import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { UserError, type UserErrorCode } from '../../../src-main/shared/errors.ts';
import type { KdfCost } from '../../../src-main/core/vault/crypto-params.ts';
import { loadSodium } from '../../../src-main/core/vault/sodium.ts';
import { VAULT_FILE_NAME } from '../../../src-main/core/vault/vault-file.ts';
import { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { fakeClock, type FakeClock } from '../../support/test-vault.ts';
import { STORED_KINDS } from '../../../src-main/core/stored-kinds.ts';
import type { StoredVersion } from '../../../src-main/core/records/record-versions.ts';
import { COUNTER_FILE_SUFFIX } from '../../../src-main/core/vault/commit-counter.ts';
import { rowKey, typedRowKey } from '../../../src-main/core/vault/manifest.ts';

// Shared by the vault tests: the error assertion every test makes, raw access to the file behind the vault's
// back (the way an attacker or a broken disk would change it), and fingerprints of the files on disk.

export const HAN = /\p{Script=Han}/u;
export const OTHER_PASSPHRASE = '另一个口令 another phrase 2027';
export const WRONG_PASSPHRASE = '错误的口令 wrong guess 0000';
export const SIDE_FILE_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

export function vaultFile(dataDir: string): string {
  return join(dataDir, VAULT_FILE_NAME);
}

export function randomHex(bytes = 8): string {
  return randomBytes(bytes).toString('hex');
}

// A UserError with the expected code and a message a Chinese reader can read.
export function expectUserError(error: unknown, code: UserErrorCode): void {
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).code).toBe(code);
  expect((error as UserError).message).toMatch(HAN);
}

export function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  return undefined;
}

export async function rejectionOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  return undefined;
}

function digestOf(path: string): string | null {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : null;
}

// The main file and its journal files (the -shm index is rebuilt by SQLite on every open and carries no data).
export function fileFingerprint(path: string): { main: string | null; wal: string | null; journal: string | null } {
  return { main: digestOf(path), wal: digestOf(`${path}-wal`), journal: digestOf(`${path}-journal`) };
}

// A second connection, as an attacker with the file would open it. Closing it checkpoints the WAL into the file.
export function withRawDb<T>(path: string, work: (db: Database.Database) => T): T {
  const db = new Database(path, { fileMustExist: true });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

export function flipByte(bytes: Uint8Array, index: number): Buffer {
  const copy = Buffer.from(bytes);
  const at = index < 0 ? copy.length + index : index;
  copy[at] = (copy[at] ?? 0) ^ 0x5a;
  return copy;
}

export interface RawSealedRow {
  position: number;
  storage_id: Buffer;
  suite: string;
  name: Buffer;
  nonce: Buffer;
  ciphertext: Buffer;
}

// Every encrypted row as the file holds it, in storage-id order.
export function readSealedRows(path: string): RawSealedRow[] {
  return withRawDb(path, (db) => db.prepare('SELECT * FROM sealed_rows ORDER BY storage_id').all() as RawSealedRow[]);
}

// Where a record version is stored: only the unlocked vault can say (the storage id is a keyed hash).
export function recordStorageId(vault: VaultService, recordId: string, version: number): Buffer {
  const storageId = vault.require().session.storageIdOf(rowKey({ table: 'records', id: recordId, version }));
  if (!storageId) throw new Error(`no row for ${recordId} v${version}`);
  return Buffer.from(storageId);
}

export function singletonStorageId(vault: VaultService, slot: string): Buffer {
  const storageId = vault.require().session.storageIdOf(rowKey({ table: 'singletons', id: slot, version: 1 }));
  if (!storageId) throw new Error(`no row for ${slot}`);
  return Buffer.from(storageId);
}

export function typedStorageId(vault: VaultService, kind: string, id: string): Buffer {
  const storageId = vault.require().session.storageIdOf(typedRowKey(kind, id));
  if (!storageId) throw new Error(`no row for ${kind}/${id}`);
  return Buffer.from(storageId);
}

export function readRowAt(path: string, storageId: Uint8Array): RawSealedRow {
  const row = withRawDb(path, (db) => db.prepare('SELECT * FROM sealed_rows WHERE storage_id = ?').get(storageId) as RawSealedRow | undefined);
  if (!row) throw new Error('no such row in the file');
  return row;
}

// Changes one row's columns behind the vault's back.
export function writeRowAt(path: string, storageId: Uint8Array, columns: Partial<Pick<RawSealedRow, 'suite' | 'name' | 'nonce' | 'ciphertext'>>): void {
  const names = Object.keys(columns);
  withRawDb(path, (db) =>
    db.prepare(`UPDATE sealed_rows SET ${names.map((name) => `${name} = ?`).join(', ')} WHERE storage_id = ?`).run(...Object.values(columns), storageId),
  );
}

export interface RawHeader {
  body: Buffer;
  checksum: Buffer;
}

export function readRawHeader(path: string): RawHeader {
  return withRawDb(path, (db) => db.prepare('SELECT body, checksum FROM header WHERE id = 1').get() as RawHeader);
}

// Rewrites the header JSON and gives it a correct checksum (BLAKE2b-256 of the body, unkeyed), as someone who
// read the format would.
export async function rewriteHeader(path: string, edit: (header: Record<string, unknown>) => void): Promise<void> {
  const sodium = await loadSodium();
  const { body } = readRawHeader(path);
  const header = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  edit(header);
  const newBody = Buffer.from(JSON.stringify(header), 'utf8');
  const checksum = Buffer.from(sodium.crypto_generichash(32, newBody, null));
  withRawDb(path, (db) => db.prepare('UPDATE header SET body = ?, checksum = ? WHERE id = 1').run(newBody, checksum));
}

export function vaultWithCost(dataDir: string, cost: KdfCost | undefined, clock: FakeClock = fakeClock()): VaultService {
  return new VaultService({
    kinds: STORED_KINDS,
    dataDir,
    clock,
    random: (length) => new Uint8Array(randomBytes(length)),
    ...(cost ? { kdfCost: cost } : {}),
  });
}

// The handler profile, the way the profile screen saves it (one place to follow if the vault's API moves).
export function saveProfile(vault: VaultService, profile: unknown): void {
  vault.writeSingletons({ profile }, 'profileSaved');
}

interface FixtureExpectation {
  passphrase: string;
  clock: string;
  records: { recordId: string; versions: StoredVersion[] }[];
  audit: string[];
}

const FIXTURE_V2_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'vaults', 'v2');

// The vault of the older layout (test/fixtures/vaults/v2/README.md): its file and side file, and what it holds.
export const FIXTURE_V2 = {
  expected: (): FixtureExpectation => JSON.parse(readFileSync(join(FIXTURE_V2_DIR, 'expected.json'), 'utf8')) as FixtureExpectation,
  copyTo(dataDir: string): void {
    for (const name of [VAULT_FILE_NAME, `${VAULT_FILE_NAME}${COUNTER_FILE_SUFFIX}`]) copyFileSync(join(FIXTURE_V2_DIR, name), join(dataDir, name));
  },
};
