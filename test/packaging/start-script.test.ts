import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

interface PackageJson {
  scripts?: Record<string, string>;
  bin?: Record<string, string>;
}

const read = (path: string): PackageJson => JSON.parse(readFileSync(path, 'utf8')) as PackageJson;
const project = read(join(ROOT, 'package.json'));
const electron = read(join(ROOT, 'node_modules', 'electron', 'package.json'));

// README's first command is `npm install && npm start`. Electron 42 and later no longer fetch their binary on
// install, and electron-vite only reads the path the download leaves, failing with "Electron uninstall" without
// it: so starting the app runs Electron's own installer first (it does nothing once the binary is there).
describe('npm start on a fresh clone', () => {
  it('relies on an Electron that ships its installer as a command and fetches nothing on install', () => {
    expect(electron.bin?.['install-electron']).toBe('install.js');
    expect(electron.scripts?.['postinstall']).toBeUndefined();
  });

  it('runs that installer before starting the app or its development build', () => {
    expect(project.scripts?.['prestart']).toBe('install-electron');
    expect(project.scripts?.['predev']).toBe('install-electron');
  });
});
