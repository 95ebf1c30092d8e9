import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// The end-to-end tests drive the production bundle, so they build it first, exactly as `npm run build` does.
export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const bundle of ['out/main/index.js', 'out/main/kdf-worker.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    if (!existsSync(join(root, bundle))) throw new Error(`electron-vite build did not produce ${bundle}`);
  }
}
