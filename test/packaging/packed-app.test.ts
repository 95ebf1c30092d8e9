import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { build, createTargets, Platform } from 'electron-builder';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUSES } from '../../packaging/fuses.ts';
import { SQLITE_PREBUILD_DIR } from '../../packaging/targets.ts';
import { FUSE_OFF, FUSE_ON, writeStandInElectronDist } from '../support/stand-in-electron-dist.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PACK_TIMEOUT_MS = 240_000;

// electron-builder packs the real app for Linux x64 (the unpacked directory every installer is made from), with
// the real configuration and after-pack hook: proof that what `npm run dist` ships is what the configuration says.
describe('the app as electron-builder packs it', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let appOutDir: string;
  let asarEntries: string[];

  beforeAll(async () => {
    temp = makeTempDir('liuhen-pack-');
    const electronDist = join(temp.path, 'electron-dist');
    writeStandInElectronDist(electronDist);
    const output = join(temp.path, 'dist');
    await build({
      projectDir: ROOT,
      targets: createTargets([Platform.LINUX], 'dir', 'x64'),
      publish: 'never',
      // Merged over the configuration electron-builder finds itself (electron-builder.ts), as `-c.electronDist=…` is.
      config: { electronDist, directories: { output } },
    });
    appOutDir = join(output, 'linux-unpacked');
    asarEntries = listPackage(join(appOutDir, 'resources', 'app.asar'), { isPack: false });
  }, PACK_TIMEOUT_MS);
  afterAll(() => temp?.remove());

  it('flips every fuse as packaging/fuses.ts decides', async () => {
    const wire = (await getCurrentFuseWire(join(appOutDir, 'liuhen'))) as unknown as Record<number, number>;
    for (const fuse of Object.values(FuseV1Options).filter((value) => typeof value === 'number')) {
      const wanted = (FUSES as unknown as Record<number, boolean>)[fuse];
      expect(wire[fuse], FuseV1Options[fuse]).toBe(wanted ? FUSE_ON : FUSE_OFF);
    }
  });

  it('holds the built app and the three fonts it prints with', () => {
    for (const file of ['/out/main/index.js', '/out/main/kdf-worker.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json']) {
      expect(asarEntries, file).toContain(file);
    }
    for (const font of [
      '/node_modules/@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
      '/node_modules/@expo-google-fonts/noto-serif-sc/900Black/NotoSerifSC_900Black.ttf',
      '/node_modules/node-source-han-sans-sc/SourceHanSansSC-Regular.otf',
    ]) {
      expect(asarEntries, font).toContain(font);
    }
  });

  // A package that is a devDependency here but also, at any depth, something a runtime dependency needs (exceljs
  // brings @types/node 14 through fast-csv) has a production copy in the lockfile, which ships; no other may.
  it('holds no development dependency', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const production = new Set(
      Object.entries(lock.packages)
        .filter(([path, entry]) => path !== '' && entry.dev !== true)
        .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)),
    );
    const devOnly = Object.keys(manifest.devDependencies).filter((name) => !production.has(name));
    expect(devOnly).toContain('electron');
    const shippedModules = new Set(
      asarEntries
        .filter((entry) => entry.startsWith('/node_modules/'))
        .map((entry) => {
          const parts = entry.split('/');
          return parts[2]?.startsWith('@') ? `${parts[2]}/${parts[3] ?? ''}` : (parts[2] ?? '');
        }),
    );
    expect(shippedModules.has('zod')).toBe(true);
    for (const name of devOnly) expect(shippedModules.has(name), name).toBe(false);
  });

  it('keeps the SQLite native module outside app.asar, where it can be loaded', () => {
    const unpacked = join(appOutDir, 'resources', 'app.asar.unpacked', SQLITE_PREBUILD_DIR);
    expect(existsSync(join(unpacked, 'linux-x64.node'))).toBe(true);
    expect(existsSync(join(unpacked, 'darwin-x64.node'))).toBe(false);
  });
});
