// `npm run build` (after electron-vite): bundles the `liuhen` command into one ES module, out/cli/liuhen.mjs, so a
// run loads one file of plain JavaScript instead of type-stripping about a hundred TypeScript files at every
// start. It must sit inside this repository (it finds the packages from where it is). Packages stay outside the bundle and load from node_modules as they are: pdfkit and pdfmake read their
// own data files beside their code, and the fonts are files of their packages (resources/bundled-files.ts).
import { join } from 'node:path';
import { build } from 'rolldown';

export const CLI_BUNDLE = join(import.meta.dirname, '..', 'out', 'cli', 'liuhen.mjs');

export async function buildCli(outFile: string = CLI_BUNDLE): Promise<void> {
  await build({
    input: join(import.meta.dirname, '..', 'src-main', 'cli', 'liuhen.ts'),
    platform: 'node',
    // Bare specifiers (packages, node: built-ins) are loaded at run time; only this repository's files are bundled.
    external: [/^[^./]/],
    logLevel: 'warn',
    output: { file: outFile, format: 'esm' },
  });
}

if (import.meta.main) await buildCli(process.argv[2]);
