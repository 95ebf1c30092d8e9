#!/usr/bin/env node
// The `liuhen` command (package.json "bin"). Node 24 runs this TypeScript file directly by stripping its types,
// which it does for files outside node_modules: the bin is this repository's own file, so it works from a clone
// (`npx liuhen …` after `npm ci`, or `node src-main/cli/liuhen.ts …`). `npm run build` bundles it into
// out/cli/liuhen.mjs, which starts faster (scripts/build-cli.ts).
import module from 'node:module';
import { homedir } from 'node:os';
import { compileCacheDir } from './compile-cache.ts';

// Before anything else is loaded: what Node compiles from here on (pdfkit, fontkit, zod, the command itself) is
// cached on disk, so a batch pays for compiling once rather than in every process. A Node without it (older than
// 22.1) runs uncached rather than failing to start; a cache folder that cannot be written leaves it off.
module.enableCompileCache?.(compileCacheDir({ platform: process.platform, env: process.env, home: homedir() }));

const { EXIT, internalErrorMessage, runCli } = await import('./cli.ts');
const { readPassphrase } = await import('./passphrase-prompt.ts');

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    readPassphrase,
  });
} catch (error) {
  process.stderr.write(internalErrorMessage(error));
  process.exitCode = EXIT.software;
}
