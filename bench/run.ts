// `npm run bench`: prints figure / target / measured for every performance target the issues set.
// Timings live here, never in pass/fail tests: this machine is shared and noisy.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCasework } from './suites/casework.ts';
import { benchDispatch } from './suites/dispatch.ts';
import { benchExchange } from './suites/exchange.ts';
import { benchKdf } from './suites/kdf.ts';
import { benchPdf } from './suites/pdf.ts';
import { benchRecordList } from './suites/record-list.ts';
import { benchPdfProcess } from './suites/pdf-process.ts';
import { benchRenderer } from './suites/renderer.ts';
import { benchVault } from './suites/vault.ts';
import { printTable, type BenchRow } from './table.ts';

const root = mkdtempSync(join(tmpdir(), 'liuhen-bench-'));
const dir = (name: string): string => {
  const path = join(root, name);
  mkdirSync(path, { recursive: true });
  return path;
};

try {
  const rows: BenchRow[] = [
    ...(await benchDispatch(dir('dispatch'))),
    ...(await benchVault(dir)),
    ...(await benchRecordList(dir('record-list'))),
    ...(await benchKdf()),
    ...(await benchPdf()),
    ...benchPdfProcess(dir('pdf-process')),
    ...(await benchRenderer()),
    ...(await benchExchange(dir)),
    ...(await benchCasework(dir('casework'))),
  ];
  printTable(rows);
} finally {
  rmSync(root, { recursive: true, force: true });
}
