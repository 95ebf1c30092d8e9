import Database from 'better-sqlite3';
import { closeSync, openSync, readSync } from 'node:fs';
import { UserError } from '../errors.ts';

export const VAULT_FILE_NAME = 'vault.liuhen';
const PAGE_SIZE_BYTES = 8192;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

const CORRUPTION_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_IOERR_SHORT_READ']);

// SQLite reports a truncated or scrambled file in several ways; the person gets one clear message for all.
export function asVaultCorrupt<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && (CORRUPTION_CODES.has(code) || code.startsWith('SQLITE_CORRUPT'))) {
      throw new UserError('VAULT_CORRUPT');
    }
    throw error;
  }
}

// WAL for crash safety, FULL sync so a returned save survives power loss, secure_delete so overwritten
// ciphertext is zeroed, temp_store in memory so SQLite never spills to temp files.
export function openDatabase(path: string, options: { create: boolean }): Database.Database {
  if (!options.create) requireSqliteFile(path);
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

// Checked before SQLite touches the file: opening an empty or foreign file would otherwise write to it.
function requireSqliteFile(path: string): void {
  const magic = Buffer.alloc(SQLITE_MAGIC.length);
  if (readPrefix(path, magic) < magic.length || !magic.equals(SQLITE_MAGIC)) throw new UserError('VAULT_CORRUPT');
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
