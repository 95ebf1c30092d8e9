import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';
import { closeSync, copyFileSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import builderFile from '../../electron-builder.ts';
import { afterPack, targetOf } from '../../packaging/after-pack.ts';
import { builderConfig } from '../../packaging/builder-config.ts';
import { CHECKSUM_FILE_NAME, writeChecksums } from '../../packaging/checksums.ts';
import { FUSES } from '../../packaging/fuses.ts';
import { missingSqlitePrebuilds, PACKAGE_TARGETS, SQLITE_PREBUILD_DIR, sqlitePrebuildFile, type PackageTarget } from '../../packaging/targets.ts';
import { BUNDLED_FONT_FILES } from '../../resources/bundled-files.ts';
import { FUSE_OFF, FUSE_ON, writeStandInElectronBinary } from '../support/stand-in-electron-dist.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

// electron-builder's own code, run without building anything: its schema check and its file filter.
interface ConfigModule {
  validateConfiguration: (config: unknown, debugLogger: { isEnabled: boolean; add(): void }) => Promise<void>;
}
interface FileMatcherModule {
  getNodeModuleFileMatcher: (
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformOptions: object,
    packager: { config: unknown; debugLogger: { isEnabled: boolean } },
  ) => { createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean };
}
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as ConfigModule;
const { getNodeModuleFileMatcher } = require('app-builder-lib/out/fileMatcher.js') as FileMatcherModule;

// The machine a native module is built for, read from the file itself: PE's machine field, ELF's e_machine.
const PE_MACHINES: Record<string, number> = { x64: 0x8664, arm64: 0xaa64 };
const ELF_MACHINES: Record<string, number> = { x64: 62, arm64: 183 };
const PE_HEADER_OFFSET_AT = 0x3c;
const ELF_MACHINE_AT = 18;

function head(path: string, bytes: number): Buffer {
  const buffer = Buffer.alloc(bytes);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, bytes, 0);
  } finally {
    closeSync(fd);
  }
  return buffer;
}

function machineOf(path: string): { format: 'pe' | 'elf'; machine: number } | undefined {
  const bytes = head(path, 4096);
  if (bytes.toString('latin1', 0, 2) === 'MZ') {
    const pe = bytes.readUInt32LE(PE_HEADER_OFFSET_AT);
    if (bytes.toString('latin1', pe, pe + 4) !== 'PE\0\0') return undefined;
    return { format: 'pe', machine: bytes.readUInt16LE(pe + 4) };
  }
  if (bytes.toString('latin1', 0, 4) === '\x7fELF') return { format: 'elf', machine: bytes.readUInt16LE(ELF_MACHINE_AT) };
  return undefined;
}

function expectedMachine(target: PackageTarget) {
  return target.platform === 'win32' ? { format: 'pe', machine: PE_MACHINES[target.arch] } : { format: 'elf', machine: ELF_MACHINES[target.arch] };
}

describe('the electron-builder configuration', () => {
  it('is the one electron-builder finds, and passes electron-builder’s own schema', async () => {
    expect(builderFile).toBe(builderConfig);
    await expect(validateConfiguration(builderConfig, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  it('is checked for real: a misspelt option fails the same schema', async () => {
    await expect(validateConfiguration({ ...builderConfig, nsis: { ...builderConfig.nsis, oneclick: false } }, { isEnabled: false, add: () => undefined })).rejects.toThrow(/Invalid configuration object[\s\S]*nsis/);
  });

  it('makes a Windows installer and a portable build, and a Linux AppImage and deb, each for x64 and arm64', () => {
    expect(builderConfig.win?.target).toEqual([
      { target: 'nsis', arch: ['x64', 'arm64'] },
      { target: 'portable', arch: ['x64', 'arm64'] },
    ]);
    expect(builderConfig.linux?.target).toEqual([
      { target: 'AppImage', arch: ['x64', 'arm64'] },
      { target: 'deb', arch: ['x64', 'arm64'] },
    ]);
    expect(PACKAGE_TARGETS).toEqual([
      { platform: 'win32', arch: 'x64' },
      { platform: 'win32', arch: 'arm64' },
      { platform: 'linux', arch: 'x64' },
      { platform: 'linux', arch: 'arm64' },
    ]);
  });

  it('publishes nothing, rebuilds nothing and never deletes the vault on uninstall', () => {
    expect(builderConfig.publish).toBeNull();
    expect(builderConfig.npmRebuild).toBe(false);
    expect(builderConfig.nodeGypRebuild).toBe(false);
    expect(builderConfig.buildDependenciesFromSource).toBe(false);
    expect(builderConfig.nsis?.deleteAppDataOnUninstall).toBe(false);
    expect(builderConfig.asar).toBe(true);
  });

  it('ships no development dependency: electron-builder copies `dependencies` only, and they hold no build tool', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    for (const tool of ['electron', 'electron-builder', '@electron/fuses', 'electron-vite', 'vite', 'vitest', 'react', 'antd', 'typescript']) {
      expect(manifest.dependencies[tool], tool).toBeUndefined();
      expect(manifest.devDependencies[tool], tool).toBeDefined();
    }
  });
});

describe('the files packaged from node_modules', () => {
  const filter = getNodeModuleFileMatcher(ROOT, '/packaged', (pattern) => pattern, {}, { config: builderConfig, debugLogger: { isEnabled: false } }).createFilter();
  const shipped = (relative: string) => {
    const path = join(ROOT, relative);
    return filter(path, statSync(path));
  };

  it('ships the three whole fonts the app prints with, and their licences', () => {
    for (const font of Object.values(BUNDLED_FONT_FILES)) expect(filter(font, statSync(font)), font).toBe(true);
    expect(shipped('node_modules/@expo-google-fonts/noto-serif-sc/LICENSE_FONT')).toBe(true);
    expect(shipped('node_modules/node-source-han-sans-sc/LICENSE')).toBe(true);
  });

  it('leaves out the font weights and web-font files the app never reads', () => {
    for (const unused of [
      'node_modules/@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
      'node_modules/@expo-google-fonts/noto-serif-sc/200ExtraLight/NotoSerifSC_200ExtraLight.ttf',
      'node_modules/node-source-han-sans-sc/SourceHanSansSC-Bold.otf',
      'node_modules/node-source-han-sans-sc/SourceHanSansSC-Regular.woff2',
      'node_modules/node-source-han-sans-sc/SourceHanSansSC-Regular-all.css',
    ]) {
      expect(shipped(unused), unused).toBe(false);
    }
  });

  it('ships better-sqlite3’s build for every target and none of its sources or unused builds', () => {
    for (const target of PACKAGE_TARGETS) expect(shipped(join(SQLITE_PREBUILD_DIR, sqlitePrebuildFile(target)))).toBe(true);
    for (const unused of ['darwin-x64.node', 'linuxmusl-x64.node']) expect(shipped(join(SQLITE_PREBUILD_DIR, unused))).toBe(false);
    expect(shipped('node_modules/better-sqlite3/deps/sqlite3/sqlite3.c')).toBe(false);
    expect(shipped('node_modules/better-sqlite3/lib/database.js')).toBe(true);
    expect(builderConfig.asarUnpack).toEqual([`${SQLITE_PREBUILD_DIR}/*.node`]);
  });
});

describe('better-sqlite3’s native build for each target', () => {
  it.each(PACKAGE_TARGETS.map((target) => [`${target.platform}-${target.arch}`, target] as const))('is installed for %s, built for that system and processor', (_name, target) => {
    const file = join(ROOT, SQLITE_PREBUILD_DIR, sqlitePrebuildFile(target));
    expect(missingSqlitePrebuilds(join(ROOT, SQLITE_PREBUILD_DIR), [target])).toEqual([]);
    expect(machineOf(file)).toEqual(expectedMachine(target));
  });
});

describe('the fuses', () => {
  it('turn off running as Node, NODE_OPTIONS and --inspect, and turn on cookie encryption and ASAR-only loading with integrity', () => {
    expect(FUSES).toMatchObject({
      strictlyRequireAllFuses: true,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
  });

  it('decide every fuse this @electron/fuses knows', () => {
    const known = Object.values(FuseV1Options).filter((value) => typeof value === 'number');
    for (const fuse of known) expect(typeof (FUSES as unknown as Record<number, unknown>)[fuse], FuseV1Options[fuse]).toBe('boolean');
  });
});

describe('the after-pack hook', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let binary: string;

  beforeEach(() => {
    temp = makeTempDir('liuhen-after-pack-');
    binary = join(temp.path, 'liuhen.exe');
    writeStandInElectronBinary(binary);
  });
  afterEach(() => temp.remove());

  // electron-builder's packing context, as much of it as the hook reads.
  const contextFor = (platform: string, arch: number) =>
    ({
      appOutDir: temp.path,
      electronPlatformName: platform,
      arch,
      packager: {
        getResourcesDir: (appOutDir: string) => join(appOutDir, 'resources'),
        appInfo: { productFilename: 'liuhen' },
      },
    }) as unknown as AfterPackContext;
  const X64 = 1;
  const ARM64 = 3;
  const IA32 = 0;

  const unpackPrebuild = (name: string) => {
    const dir = join(temp.path, 'resources', 'app.asar.unpacked', SQLITE_PREBUILD_DIR);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(ROOT, SQLITE_PREBUILD_DIR, name), join(dir, name));
  };

  const wire = async () => Object.values(await getCurrentFuseWire(binary)).filter((value) => typeof value === 'number');

  it('flips the fuses of liuhen.exe when the target’s native build is in the package', async () => {
    unpackPrebuild('win32-arm64.node');
    await afterPack(contextFor('win32', ARM64));
    const expected = Object.values(FuseV1Options)
      .filter((value) => typeof value === 'number')
      .map((fuse) => ((FUSES as unknown as Record<number, boolean>)[fuse] ? FUSE_ON : FUSE_OFF));
    expect(await wire()).toEqual(expected);
  });

  it('fails the build when the target’s native build is missing, even if another target’s is there', async () => {
    unpackPrebuild('linux-x64.node');
    const before = await wire();
    await expect(afterPack(contextFor('linux', ARM64))).rejects.toThrow('安装包缺少 better-sqlite3 的 linux-arm64 预编译模块');
    expect(await wire()).toEqual(before);
  });

  it('refuses a target the app is not made for', () => {
    expect(targetOf({ electronPlatformName: 'linux', arch: X64 })).toEqual({ platform: 'linux', arch: 'x64' });
    expect(() => targetOf({ electronPlatformName: 'win32', arch: IA32 })).toThrow('留痕不为 win32-ia32 打包');
    expect(() => targetOf({ electronPlatformName: 'darwin', arch: X64 })).toThrow('留痕不为 darwin-x64 打包');
  });
});

describe('the checksum file written after the installers', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir('liuhen-checksums-');
  });
  afterEach(() => temp.remove());

  it('lists each installer’s SHA-256 as sha256sum prints it, and is what electron-builder runs', () => {
    const installer = join(temp.path, 'liuhen-0.1.0-setup-x64.exe');
    const deb = join(temp.path, 'liuhen_0.1.0_arm64.deb');
    writeFileSync(installer, 'abc');
    writeFileSync(deb, '');
    writeFileSync(`${installer}.blockmap`, 'map');

    const written = writeChecksums({ outDir: temp.path, artifactPaths: [installer, `${installer}.blockmap`, deb] });

    expect(written).toEqual([join(temp.path, CHECKSUM_FILE_NAME)]);
    // Known digests: SHA-256 of "abc" and of the empty file.
    expect(readFileSync(join(temp.path, CHECKSUM_FILE_NAME), 'utf8')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  liuhen-0.1.0-setup-x64.exe\n' +
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  liuhen_0.1.0_arm64.deb\n',
    );
    expect(builderConfig.afterAllArtifactBuild).toBe(writeChecksums);
  });
});
