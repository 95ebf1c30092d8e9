import { join } from 'node:path';

// Where the app keeps things on disk, under the system's per-user application data folder. The vault has a folder
// of its own: Chromium's profile (Local State, GPU caches, anything a future Electron decides to write) never sits
// beside it, so copying, backing up or wiping the vault folder touches the vault alone.
export interface AppFolders {
  vault: string;
  // Electron's userData: Chromium's own profile files. Also where versions before 0.2 kept the vault.
  chromium: string;
  // Electron's sessionData, inside Chromium's folder: whatever the default session persists (the main window's
  // session lives in memory only).
  session: string;
  // Where Crashpad would keep a database if it were ever started. It never is; pointing the path here keeps even an
  // empty database out of the vault folder.
  crashDumps: string;
}

export const VAULT_FOLDER_NAME = 'liuhen-vault';
export const CHROMIUM_FOLDER_NAME = 'liuhen';

export function appFolders(appDataDir: string): AppFolders {
  const chromium = join(appDataDir, CHROMIUM_FOLDER_NAME);
  return {
    vault: join(appDataDir, VAULT_FOLDER_NAME),
    chromium,
    session: join(chromium, 'session'),
    crashDumps: join(chromium, 'crashpad'),
  };
}
