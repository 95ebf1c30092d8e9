import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// A fresh folder per call under `root()`, as each USB stick brings its own files; answers the folder's path.
export function usbSticks(root: () => string): (files: Record<string, Uint8Array>) => string {
  let sticks = 0;
  return (files) => {
    sticks += 1;
    const folder = join(root(), `stick-${sticks}`);
    mkdirSync(folder);
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes);
    return folder;
  };
}
