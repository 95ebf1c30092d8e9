import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const UNIT_TESTS = [
  'test/shared/**/*.test.ts',
  'test/preload/**/*.test.ts',
  'test/shell/**/*.test.ts',
  'test/core/calendar/**/*.test.ts',
  'test/core/records/**/*.test.ts',
  'test/core/vault/crockford.test.ts',
  'test/core/vault/kdf-policy.test.ts',
];

// Shell tests that start the shell over real vault files (at the production key-derivation cost): integration.
const SHELL_VAULT_TESTS = ['test/shell/start-app.test.ts', 'test/shell/move-vault-files.test.ts'];
// Packs the built app with electron-builder: runs with the end-to-end tests, after their global setup built out/.
const PACKING_TEST = 'test/packaging/packed-app.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure code: no vault file, no PDF, no browser. `npm run test:unit` stays under 20 s.
        test: {
          name: 'unit',
          environment: 'node',
          include: UNIT_TESTS,
          exclude: SHELL_VAULT_TESTS,
        },
      },
      {
        // Real SQLite files, real key derivation, real PDFs, the CLI as a process. The shared machines are noisy,
        // so a test gets time enough for a slow moment; timings are measured in bench/, never here.
        test: {
          name: 'integration',
          environment: 'node',
          include: ['test/core/**/*.test.ts', 'test/dispatch/**/*.test.ts', 'test/packaging/**/*.test.ts', 'test/bench/**/*.test.ts', ...SHELL_VAULT_TESTS],
          exclude: [...UNIT_TESTS.filter((pattern) => !pattern.startsWith('test/shell/')), PACKING_TEST],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          include: ['test/renderer/**/*.test.tsx'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
      {
        test: {
          name: 'lint',
          environment: 'node',
          include: ['test/lint/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts', PACKING_TEST],
          globalSetup: ['test/e2e/build-renderer.ts'],
          // The page answers in milliseconds on an idle machine; a shared one can stall it for seconds, and a poll
          // that gives up after vitest's default second fails a flow that is right.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
