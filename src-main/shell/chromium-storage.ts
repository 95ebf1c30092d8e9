import { app, session, type Session } from 'electron';
import { mkdirSync } from 'node:fs';
import type { AppFolders } from './app-folders.ts';

// No 'persist:' prefix: the main window's session lives in memory, so its Local Storage, IndexedDB, cookies and
// cache are never written to disk, and go with the process.
export const MAIN_PARTITION = 'liuhen-main';

// Chromium writes compiled GPU shaders to the profile folder outside any session; nothing the app draws needs them
// kept.
export const CHROMIUM_SWITCHES: readonly string[] = ['disable-gpu-shader-disk-cache'];

// Only the person who owns the folders may list or open them (POSIX; Windows keeps the profile's ACL).
const FOLDER_MODE = 0o700;

// Must run before the app is ready and before the single-instance lock, which lives in userData.
export function placeChromiumFolders(folders: AppFolders): void {
  // Electron refuses a path that does not exist yet.
  for (const folder of [folders.chromium, folders.session, folders.crashDumps]) {
    mkdirSync(folder, { recursive: true, mode: FOLDER_MODE });
  }
  app.setPath('userData', folders.chromium);
  app.setPath('sessionData', folders.session);
  app.setPath('crashDumps', folders.crashDumps);
  for (const name of CHROMIUM_SWITCHES) app.commandLine.appendSwitch(name);
}

export function mainSession(): Session {
  return session.fromPartition(MAIN_PARTITION, { cache: false });
}

// Spellchecking would send typed record text to the system's checker and, on Linux, download Hunspell dictionaries
// from Google into sessionData.
export function disableSpellcheck(ses: Session): void {
  ses.setSpellCheckerEnabled(false);
  ses.setSpellCheckerLanguages([]);
}

// Whatever the page kept in web storage, and anything cached, is dropped when the keys leave memory.
export async function clearSessionStorage(ses: Session): Promise<void> {
  await ses.clearStorageData();
  await ses.clearCache();
}
