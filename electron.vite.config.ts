import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server injects an inline module preamble (React refresh) and talks over a WebSocket; the strict
// production CSP in index.html would block both, so only `electron-vite dev` gets them allowed.
function devCspRelaxation(): Plugin {
  return {
    name: 'liuhen-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'none'", "connect-src 'self' ws:"),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The KDF worker is its own entry, emitted beside index.js as kdf-worker.js: kdf.ts finds it there.
      rolldownOptions: {
        input: { index: resolve('src-main/main.ts'), 'kdf-worker': resolve('src-main/core/vault/kdf-worker.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file.
      rolldownOptions: {
        input: { index: resolve('src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src-renderer'),
    plugins: [react(), devCspRelaxation()],
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      // Loaded from local disk, never over a network: one bundle is simpler than splitting it.
      chunkSizeWarningLimit: 4096,
      rolldownOptions: { input: resolve('src-renderer/index.html') },
    },
  },
});
