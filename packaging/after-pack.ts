import type { AfterPackContext } from 'electron-builder';
import { join } from 'node:path';
import { flipFuses } from '@electron/fuses';
import { FUSES } from './fuses.ts';
import { missingSqlitePrebuilds, PACKAGE_ARCHS, PACKAGE_PLATFORMS, SQLITE_PREBUILD_DIR, type PackageTarget } from './targets.ts';

// electron-builder's Arch enum, by value.
const ARCH_NAMES: Readonly<Record<number, string>> = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };

export function targetOf(context: Pick<AfterPackContext, 'electronPlatformName' | 'arch'>): PackageTarget {
  const platform = PACKAGE_PLATFORMS.find((name) => name === context.electronPlatformName);
  const arch = PACKAGE_ARCHS.find((name) => name === ARCH_NAMES[context.arch]);
  if (!platform || !arch) throw new Error(`留痕不为 ${context.electronPlatformName}-${ARCH_NAMES[context.arch] ?? context.arch} 打包。`);
  return { platform, arch };
}

// Runs once per target, on the unpacked app, before electron-builder makes the installer: the database cannot open
// without its native module, so a package missing it must never be made; then the fuses are flipped.
export async function afterPack(context: AfterPackContext): Promise<void> {
  const target = targetOf(context);
  const unpacked = join(context.packager.getResourcesDir(context.appOutDir), 'app.asar.unpacked', SQLITE_PREBUILD_DIR);
  if (missingSqlitePrebuilds(unpacked, [target]).length > 0) {
    throw new Error(`安装包缺少 better-sqlite3 的 ${target.platform}-${target.arch} 预编译模块（应在 ${unpacked}）。`);
  }
  await flipFuses(electronBinaryOf(context, target), FUSES);
}

// Flipped with this project's @electron/fuses, not through electron-builder's addElectronFuses: electron-builder
// carries an older copy of its own that knows one fuse fewer than Electron 45 has, and refuses the strict config.
export function electronBinaryOf(context: Pick<AfterPackContext, 'appOutDir' | 'packager'>, target: PackageTarget): string {
  const name = context.packager.appInfo.productFilename;
  return join(context.appOutDir, target.platform === 'win32' ? `${name}.exe` : name);
}
