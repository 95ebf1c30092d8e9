import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { UserError, type UserErrorCode } from '../../../src-main/shared/errors.ts';
import type { KdfCost } from '../../../src-main/core/vault/crypto-params.ts';
import { loadSodium } from '../../../src-main/core/vault/sodium.ts';
import { VAULT_FILE_NAME } from '../../../src-main/core/vault/vault-file.ts';
import { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { fakeClock, type FakeClock } from '../../support/test-vault.ts';
import { STORED_KINDS } from '../../../src-main/core/stored-kinds.ts';

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

export interface RawRecordRow {
  record_id: string;
  version: number;
  revision: number;
  nonce: Buffer;
  ciphertext: Buffer;
}

export function readRecordRows(path: string): RawRecordRow[] {
  return withRawDb(path, (db) => db.prepare('SELECT * FROM records ORDER BY record_id, version').all() as RawRecordRow[]);
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
