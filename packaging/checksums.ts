import type { BuildResult } from 'electron-builder';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export const CHECKSUM_FILE_NAME = 'SHA256SUMS.txt';

// One line per installer, in the format `sha256sum -c` reads. Printed and carried with the installer, it lets the
// person installing on the air-gapped machine check the file that arrived is the file that was built (README).
export function checksumLines(artifactPaths: readonly string[]): string {
  return [...artifactPaths]
    .sort((a, b) => (basename(a) < basename(b) ? -1 : 1))
    .map((path) => `${createHash('sha256').update(readFileSync(path)).digest('hex')}  ${basename(path)}\n`)
    .join('');
}

// electron-builder's afterAllArtifactBuild hook: the returned file is listed among the build's artifacts.
export function writeChecksums(result: Pick<BuildResult, 'outDir' | 'artifactPaths'>): string[] {
  const artifacts = result.artifactPaths.filter((path) => basename(path) !== CHECKSUM_FILE_NAME && !path.endsWith('.blockmap'));
  const file = join(result.outDir, CHECKSUM_FILE_NAME);
  writeFileSync(file, checksumLines(artifacts));
  return [file];
}
