import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../../shared/errors.ts';
import { userErrorOfSqlite } from './sqlite-errors.ts';

export const VAULT_FILE_NAME = 'vault.liuhen';
const PAGE_SIZE_BYTES = 8192;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const SQLITE_HEADER_BYTES = 100;
const SQLITE_PAGE_SIZE_OFFSET = 16;
const MIN_PAGE_SIZE_BYTES = 512;
// The page size field holds 1 for 65,536, which does not fit in its two bytes.
const MAX_PAGE_SIZE_BYTES = 65_536;

// SQLite reports a truncated, scrambled or altered file in several ways; the person gets one clear message.
export function asVaultCorrupt<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw userErrorOfSqlite(error) ?? error;
  }
}

// WAL for crash safety, FULL sync so a returned save survives power loss, secure_delete so overwritten
// ciphertext is zeroed, temp_store in memory so SQLite never spills to temp files.
export function openDatabase(path: string, options: { create: boolean }): Database.Database {
  if (!options.create) {
    requireSqliteFile(path);
    requireWritable(path);
  }
  return asVaultCorrupt(() => {
    const db = new Database(path, { fileMustExist: !options.create });
    try {
      if (options.create) db.pragma(`page_size = ${PAGE_SIZE_BYTES}`);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('secure_delete = ON');
      db.pragma('temp_store = MEMORY');
      if (!options.create) checkIntegrity(db);
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  });
}

// Checked before SQLite touches the file: opening an empty or foreign file would otherwise write to it. SQLite
// only ever writes whole pages, so a length that is not a multiple of the page size is a cut-off file, which
// SQLite itself would only notice when it reads the missing end.
function requireSqliteFile(path: string): void {
  const head = Buffer.alloc(SQLITE_HEADER_BYTES);
  if (readPrefix(path, head) < head.length || !head.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw new UserError('VAULT_CORRUPT');
  }
  const pageSizeField = head.readUInt16BE(SQLITE_PAGE_SIZE_OFFSET);
  const pageSizeBytes = pageSizeField === 1 ? MAX_PAGE_SIZE_BYTES : pageSizeField;
  if (pageSizeBytes < MIN_PAGE_SIZE_BYTES || statSync(path).size % pageSizeBytes !== 0) throw new UserError('VAULT_CORRUPT');
}

// A vault the system will not let us write is told apart from one whose header was altered to read-only.
function requireWritable(path: string): void {
  for (const target of [path, dirname(path)]) {
    try {
      accessSync(target, constants.W_OK);
    } catch {
      throw new UserError('VAULT_READ_ONLY');
    }
  }
}

function readPrefix(path: string, into: Buffer): number {
  try {
    const fd = openSync(path, 'r');
    try {
      return readSync(fd, into, 0, into.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    throw new UserError('FILE_UNREADABLE');
  }
}

function checkIntegrity(db: Database.Database): void {
  const result = db.pragma('quick_check', { simple: true });
  if (result !== 'ok') throw new UserError('VAULT_CORRUPT');
}
