import { join, win32 } from 'node:path';

export interface CacheDirPlace {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
}

// Node's compiled-code cache for the command, in the user's own cache folder: Node's default (the system temp
// folder) is shared by every user on Linux, and code another user could write there must never be loaded.
// The cache holds compiled program code only, never anything of a record.
export function compileCacheDir({ platform, env, home }: CacheDirPlace): string {
  if (platform === 'win32') return win32.join(env['LOCALAPPDATA'] ?? win32.join(home, 'AppData', 'Local'), 'liuhen', 'compile-cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'liuhen', 'compile-cache');
  return join(env['XDG_CACHE_HOME'] || join(home, '.cache'), 'liuhen', 'compile-cache');
}
