// `npm run build` (after electron-vite): bundles the `liuhen` command into plain ES modules in out/cli/, so a run
// loads a few files of JavaScript instead of type-stripping about a hundred TypeScript files at every start. The
// entry is out/cli/liuhen.mjs; each command's code is a chunk beside it that loads only when that command runs
// (`pdf` never loads SQLite, the vault or exceljs). It must sit inside this repository (it finds the packages
// from where it is). Packages stay outside the bundle and load from node_modules as they are: pdfkit and pdfmake
// read their own data files beside their code, and the fonts are files of their packages (resources/bundled-files.ts).
// zod is the exception: its ES build is ~95 small files, which Node resolves, reads and links one by one in every
// run (~50 ms of processor time for `pdf`); bundled, it is one chunk. It reads no files and no package shares our
// schemas, so a copy of our own is the same zod.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'rolldown';

export const CLI_BUNDLE = join(import.meta.dirname, '..', 'out', 'cli', 'liuhen.mjs');

export async function buildCli(entryFile: string = CLI_BUNDLE): Promise<void> {
  const dir = dirname(entryFile);
  // Chunk names carry a content hash: a stale chunk from an earlier build must not linger beside the new ones.
  rmSync(dir, { recursive: true, force: true });
  await build({
    input: join(import.meta.dirname, '..', 'src-main', 'cli', 'liuhen.ts'),
    platform: 'node',
    // Bare specifiers (packages, node: built-ins) are loaded at run time; only this repository's files are bundled.
    external: [/^(?!zod(\/|$))[^./]/],
    logLevel: 'warn',
    output: { dir, format: 'esm', entryFileNames: 'liuhen.mjs', chunkFileNames: '[name]-[hash].mjs' },
  });
}

if (import.meta.main) await buildCli(process.argv[2]);
