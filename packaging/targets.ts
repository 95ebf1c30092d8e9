import { existsSync } from 'node:fs';
import { join } from 'node:path';

// What the app is packaged for: Windows 10/11 and the domestic Linux workstations (统信 UOS, 银河麒麟), each on x64
// and arm64. Electron publishes no build for 32-bit Windows 7, LoongArch or MIPS (README, "不支持的系统").
export const PACKAGE_PLATFORMS = ['win32', 'linux'] as const;
export const PACKAGE_ARCHS = ['x64', 'arm64'] as const;
export type PackagePlatform = (typeof PACKAGE_PLATFORMS)[number];
export type PackageArch = (typeof PACKAGE_ARCHS)[number];

export interface PackageTarget {
  platform: PackagePlatform;
  arch: PackageArch;
}

export const PACKAGE_TARGETS: readonly PackageTarget[] = PACKAGE_PLATFORMS.flatMap((platform) =>
  PACKAGE_ARCHS.map((arch) => ({ platform, arch })),
);

// better-sqlite3 13 ships its Node-API builds inside its npm package, one file per target; the same file loads in
// Node and in Electron, so packaging needs no compiler and no download. UOS and Kylin are glibc systems: the musl
// builds are not shipped.
export const SQLITE_PREBUILD_DIR = join('node_modules', 'better-sqlite3', 'prebuilds');

export function sqlitePrebuildFile(target: PackageTarget): string {
  return `${target.platform}-${target.arch}.node`;
}

// The targets whose prebuild is not in `prebuildDir`.
export function missingSqlitePrebuilds(prebuildDir: string, targets: readonly PackageTarget[] = PACKAGE_TARGETS): PackageTarget[] {
  return targets.filter((target) => !existsSync(join(prebuildDir, sqlitePrebuildFile(target))));
}
