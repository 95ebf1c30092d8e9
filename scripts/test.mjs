// The one test command (README, CI): typecheck, lint, then every vitest project (core, renderer, lint rules,
// end-to-end in Chromium). The last line is "N passed, N failed" from vitest's own counts; a failed typecheck
// or lint counts as one failure each, so it can never be hidden behind green tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const resultsDir = join(root, 'test-results');
const vitestJson = join(resultsDir, 'vitest.json');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function step(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  console.log(`${label}: ${status === 0 ? 'ok' : 'FAILED'}`);
  return status === 0;
}

rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const typecheckOk = step('typecheck', bin('tsc'), ['-b']);
const lintOk = step('lint', bin('eslint'), ['--max-warnings', '0', '.']);
const vitestOk = step('vitest', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numTotalTests === 0 ? 1 : 0);
} catch {
  failed += 1;
  console.log('vitest wrote no report: counted as a failure');
}
failed += (typecheckOk ? 0 : 1) + (lintOk ? 0 : 1);
if (!vitestOk && failed === 0) failed = 1;

const summary = `${passed} passed, ${failed} failed`;
writeFileSync(join(resultsDir, 'summary.txt'), `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed === 0 ? 0 : 1);
