// `npm run bench`: prints figure / target / measured for every performance target the issues set.
// Timings live here, never in pass/fail tests: this machine is shared and noisy.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDispatch } from './suites/dispatch.ts';
import { printTable, type BenchRow } from './table.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'liuhen-bench-'));
try {
  const rows: BenchRow[] = [...(await benchDispatch(dataDir))];
  printTable(rows);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
