import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: ['test/shared/**/*.test.ts', 'test/core/**/*.test.ts', 'test/dispatch/**/*.test.ts', 'test/preload/**/*.test.ts', 'test/shell/**/*.test.ts', 'test/packaging/**/*.test.ts'],
          // Packs the built app: runs with the end-to-end tests, after their global setup has built out/.
          exclude: ['test/packaging/packed-app.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
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
          include: ['test/e2e/**/*.test.ts', 'test/packaging/packed-app.test.ts'],
          globalSetup: ['test/e2e/build-renderer.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
