import { describe, expect, it } from 'vitest';
import { compileCacheDir } from '../../../src-main/cli/compile-cache.ts';

// Compiled code is loaded from this folder, so it must be the user's own, never the shared temp folder.
describe('compileCacheDir', () => {
  it('uses the XDG cache folder on Linux, and ~/.cache without one', () => {
    expect(compileCacheDir({ platform: 'linux', env: { XDG_CACHE_HOME: '/home/li/.xdg' }, home: '/home/li' })).toBe(
      '/home/li/.xdg/liuhen/compile-cache',
    );
    expect(compileCacheDir({ platform: 'linux', env: { XDG_CACHE_HOME: '' }, home: '/home/li' })).toBe('/home/li/.cache/liuhen/compile-cache');
  });

  it('uses the local application data folder on Windows', () => {
    expect(compileCacheDir({ platform: 'win32', env: { LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local' }, home: 'C:\\Users\\li' })).toBe(
      'C:\\Users\\li\\AppData\\Local\\liuhen\\compile-cache',
    );
    expect(compileCacheDir({ platform: 'win32', env: {}, home: 'C:\\Users\\li' })).toBe('C:\\Users\\li\\AppData\\Local\\liuhen\\compile-cache');
  });

  it('uses the user caches folder on macOS', () => {
    expect(compileCacheDir({ platform: 'darwin', env: {}, home: '/Users/li' })).toBe('/Users/li/Library/Caches/liuhen/compile-cache');
  });
});
