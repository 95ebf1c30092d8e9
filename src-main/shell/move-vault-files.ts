import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { VAULT_FILE_NAME } from '../core/vault/vault-file.ts';

// Only the person who owns the vault may list or open its folder (POSIX; Windows keeps the profile's ACL).
const VAULT_FOLDER_MODE = 0o700;

export type VaultMove =
  | { kind: 'nothing-to-move' }
  | { kind: 'moved'; files: string[] }
  // Both folders hold a vault: neither is touched, and the app opens the one in the new folder.
  | { kind: 'both-exist'; leftInOldFolder: string[] };

// The vault file and everything SQLite and the vault keep beside it: -wal, -shm, -journal, .counter, staging
// copies and the copies kept before a restore. All of them start with the vault's file name.
function vaultFilesIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.startsWith(VAULT_FILE_NAME))
    .map((entry) => entry.name);
}

// Moves a vault left in the old shared folder into the vault's own folder, before anything opens it.
// The side files go first and the vault file last: a move cut short (power loss) leaves the vault file in the old
// folder with the new folder holding no vault, and the next start finishes the move; the vault never opens without
// its write-ahead log.
export function moveVaultFiles(oldFolder: string, newFolder: string): VaultMove {
  const files = vaultFilesIn(oldFolder);
  if (files.length === 0) return { kind: 'nothing-to-move' };
  const vaultInNew = existsSync(join(newFolder, VAULT_FILE_NAME));
  const vaultInOld = files.includes(VAULT_FILE_NAME);
  // Side files without their vault next to a vault already moved are strays from the old folder: a stale -wal
  // laid over the live one would lose saves, so they stay where they are.
  if (vaultInNew) return { kind: 'both-exist', leftInOldFolder: files };
  mkdirSync(newFolder, { recursive: true, mode: VAULT_FOLDER_MODE });
  const ordered = [...files.filter((name) => name !== VAULT_FILE_NAME), ...(vaultInOld ? [VAULT_FILE_NAME] : [])];
  for (const name of ordered) moveFile(join(oldFolder, name), join(newFolder, name));
  syncFolder(newFolder);
  syncFolder(oldFolder);
  return { kind: 'moved', files: ordered };
}

function moveFile(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    // A different volume (a redirected profile folder): copy, make it durable, then remove the original.
    copyFileSync(from, to);
    syncFile(to);
    rmSync(from);
  }
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

// Makes the renames durable where the system allows syncing a folder (POSIX); Windows refuses to open folders.
function syncFolder(folder: string): void {
  try {
    syncFile(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EACCES') throw error;
  }
}
