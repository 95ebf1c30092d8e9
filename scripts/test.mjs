// The one test command (README, CI): typecheck, lint, then the vitest projects (unit, integration, renderer, lint
// rules), then end-to-end in Chromium. The last line is "N passed, N failed" from vitest's own counts; a failed typecheck
// or lint counts as one failure each, so it can never be hidden behind green tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const resultsDir = join(root, 'test-results');
// The browser tests run on their own after the rest: on a two-core machine, Chromium sharing the CPU with the
// fuzz and key-derivation tests stalled pages past their waits.
const VITEST_RUNS = [
  { label: 'vitest (unit, integration, renderer, lint)', projects: ['unit', 'integration', 'renderer', 'lint'] },
  { label: 'vitest (e2e)', projects: ['e2e'] },
];
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
let passed = 0;
let failed = 0;
for (const [index, { label, projects }] of VITEST_RUNS.entries()) {
  const json = join(resultsDir, `vitest-${index}.json`);
  const ok = step(label, bin('vitest'), [
    'run',
    ...projects.flatMap((project) => ['--project', project]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${json}`,
  ]);
  let runFailed;
  try {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    passed += report.numPassedTests;
    runFailed = report.numFailedTests + (report.numTotalTests === 0 ? 1 : 0);
  } catch {
    runFailed = 1;
    console.log(`${label} wrote no report: counted as a failure`);
  }
  // A run that failed with every test passing (an unhandled error, a crashed worker) still counts once.
  failed += runFailed + (!ok && runFailed === 0 ? 1 : 0);
}
failed += (typecheckOk ? 0 : 1) + (lintOk ? 0 : 1);

const summary = `${passed} passed, ${failed} failed`;
writeFileSync(join(resultsDir, 'summary.txt'), `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed === 0 ? 0 : 1);
