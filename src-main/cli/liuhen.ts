#!/usr/bin/env node
// The `liuhen` command (package.json "bin"). Node 24 runs this TypeScript file directly by stripping its types,
// which it does for files outside node_modules: the bin is this repository's own file, so it works from a clone
// (`npx liuhen …` after `npm ci`, or `node src-main/cli/liuhen.ts …`).
import { EXIT, internalErrorMessage, runCli } from './cli.ts';
import { readPassphrase } from './passphrase-prompt.ts';

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
