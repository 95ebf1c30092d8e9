import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'electron-vite';
import project from '../../../electron.vite.config.ts';

// The project's own main-process build (its plugins, its externals, its KDF worker entry) with only index.ts swapped
// for a probe, so a test can run bundled core code in Node: the real main bundle imports electron and cannot.
// Emitted into out/kdf-probe, beside out/main, so the external dependencies resolve from node_modules the same way.
export const PROBE_OUT_DIR = 'out/kdf-probe';

export default defineConfig({
  main: mergeConfig(project.main ?? {}, {
    build: { outDir: PROBE_OUT_DIR, rolldownOptions: { input: { index: resolve('test/e2e/kdf-probe/probe-main.ts') } } },
  }),
});
