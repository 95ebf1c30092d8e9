import type { Database } from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../../shared/errors.ts';
import { openDatabase } from './vault-file.ts';
import { openSession, openWithPassphrase, type OpeningContext } from './vault-opening.ts';
import { readHeader } from './header-row.ts';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrations/index.ts';
import type { KdfParams } from './header.ts';

// A backup is a consistent copy of the vault file itself: still encrypted, still needing the passphrase.
export async function writeBackup(source: Database, destination: string): Promise<void> {
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  try {
    await source.backup(partial);
    renameSync(partial, destination);
  } catch {
    rmSync(partial, { force: true });
    if (!source.open) throw new UserError('VAULT_LOCKED');
    throw new UserError('FILE_UNREADABLE', '无法写入备份文件，请确认所选位置可写且空间充足。');
  }
}

// Every check a real unlock makes, plus decrypting every record, against a private copy of the candidate; the
// caller replaces the live vault only after this returns.
export async function verifyBackupCopy(copyPath: string, context: OpeningContext, checkCost: (kdf: KdfParams) => void, passphrase: string): Promise<void> {
  let db;
  try {
    db = openDatabase(copyPath, { create: false });
  } catch {
    throw new UserError('BACKUP_INVALID');
  }
  try {
    // The copy is private: a backup made by an older version is brought to this schema in place (the original
    // file is never touched).
    const version = schemaVersion(db);
    if (version > 0 && version < LATEST_SCHEMA_VERSION) migrate(db);
    const decoded = readHeader(db, context.sodium, checkCost);
    const opened = await openWithPassphrase(context, decoded, passphrase);
    if (!opened) throw new UserError('WRONG_PASSPHRASE', '口令与该备份不匹配（请输入创建备份时使用的口令）。当前数据未作任何改动。');
    const session = openSession(db, context, decoded, opened.vaultKey);
    session.verifyEveryRow();
    session.readAudit();
    session.close();
  } catch (error) {
    if (db.open) db.close();
    if (error instanceof UserError && error.code === 'WRONG_PASSPHRASE') throw error;
    throw new UserError('BACKUP_INVALID');
  }
}

export function stageCopy(source: string, staging: string): void {
  if (!existsSync(source)) throw new UserError('FILE_UNREADABLE');
  removeVaultFiles(staging);
  try {
    copyFileSync(source, staging);
  } catch {
    throw new UserError('FILE_UNREADABLE');
  }
}

// rename() is atomic; syncing the folder makes the new name itself survive a power cut on POSIX systems.
// Windows cannot open a folder for syncing, and NTFS journals the rename itself.
export function moveIntoPlace(staging: string, live: string): void {
  renameSync(staging, live);
  if (process.platform === 'win32') return;
  const folder = openSync(dirname(live), 'r');
  try {
    fsyncSync(folder);
  } finally {
    closeSync(folder);
  }
}

export function removeVaultFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

// The replaced vault is kept beside the new one, never deleted: a restore must not be able to lose data.
export function replaceVaultFile(staging: string, live: string, keepAs: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(`${live}${suffix}`, { force: true });
  if (existsSync(live)) renameSync(live, keepAs);
  renameSync(staging, live);
  for (const suffix of ['-wal', '-shm']) rmSync(`${staging}${suffix}`, { force: true });
}
