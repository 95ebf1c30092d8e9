import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CLI_BUNDLE } from '../../scripts/build-cli.ts';
import { REPORT_USAGE, readUsage, type ProcessUsage } from '../process-usage.ts';
import { formatMs, median, type BenchRow } from '../table.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(ROOT, 'docs', 'examples', 'record.json');
const RUNS = 5;
const TARGET_ALONE_MS = 500;
const TARGET_RATIO_TO_LIBREOFFICE = 0.5;
const TARGET_PEAK_MIB = 200;
const TARGET_SIZE_KB = 250;
const KIB_PER_MIB = 1024;
interface TimedRun {
  ms: number;
  stdout: string;
  stderr: string;
}

type ProcessRun = TimedRun & ProcessUsage;

function timed(command: string, args: string[]): TimedRun {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1790733600' } });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return { ms, stdout: result.stdout, stderr: result.stderr };
}

function liuhenRun(output: string, fonts: string[]): () => ProcessRun {
  return () => {
    const timedRun = timed(process.execPath, ['--import', REPORT_USAGE, CLI_BUNDLE, 'pdf', EXAMPLE, '-o', output, ...fonts]);
    return { ...timedRun, ...readUsage(timedRun.stderr) };
  };
}

// The same content as an HTML table, the way an office would otherwise print it from LibreOffice.
function recordAsHtml(): string {
  const { record } = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { record: Record<string, unknown> };
  const cells = (value: unknown): string =>
    value !== null && typeof value === 'object'
      ? Object.values(value).map(cells).join('')
      : `<td>${String(value).replace(/[<&]/g, (char) => (char === '<' ? '&lt;' : '&amp;'))}</td>`;
  return `<!doctype html><meta charset="utf-8"><h1>领导干部插手干预重大事项情况记录表</h1><table border="1"><tr>${cells(record)}</tr></table>`;
}

function hasSoffice(): boolean {
  return spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
}

// Whole processes, as a discipline office printing a batch from a script runs them: the bundled CLI
// (out/cli/liuhen.mjs, built by `npm run bench`) on the example record, with the bundled fonts and with the
// system's. When LibreOffice is installed, it converts the same content from HTML in the same run, for a ratio.
export function benchPdfProcess(dir: string): BenchRow[] {
  const loadBefore = loadavg()[0] ?? Number.NaN;
  // With LibreOffice installed, the time target is the ratio to it; without, an absolute one.
  const office = hasSoffice();
  const html = join(dir, 'record.html');
  if (office) writeFileSync(html, recordAsHtml());
  const bundledPdf = join(dir, 'bundled-fonts.pdf');
  const printBundled = liuhenRun(bundledPdf, ['--bundled-fonts']);
  const printSystem = liuhenRun(join(dir, 'system-fonts.pdf'), []);
  const convert = () => timed('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, html]).ms;
  // One untimed run of each first: the first print after a build fills the compile cache, and LibreOffice's first
  // run makes its profile, both of which a batch pays once.
  printBundled();
  printSystem();
  if (office) convert();
  const bundled: ProcessRun[] = [];
  const system: ProcessRun[] = [];
  const officeRuns: number[] = [];
  // Interleaved, so that a change in the shared machine's load falls on all three alike.
  for (let round = 0; round < RUNS; round += 1) {
    bundled.push(printBundled());
    system.push(printSystem());
    if (office) officeRuns.push(convert());
  }
  const sizeKb = statSync(bundledPdf).size / 1024;
  const pages = Number(/（(\d+)页）/.exec(bundled[0]?.stdout ?? '')?.[1] ?? Number.NaN);
  const bundledMs = median(bundled.map((run) => run.ms));
  const systemMs = median(system.map((run) => run.ms));
  const loadAfter = loadavg()[0] ?? Number.NaN;
  const timeRows = (fonts: string, runs: ProcessRun[], ms: number): BenchRow[] => [
    {
      figure: `\`liuhen pdf\` whole process, one record, ${fonts} (median of ${RUNS})`,
      target: office ? 'see ratio' : `<= ${TARGET_ALONE_MS} ms (no soffice)`,
      measured: formatMs(ms),
      ...(office ? {} : { met: ms <= TARGET_ALONE_MS }),
    },
    // Processor time is what a busy machine cannot stretch as it stretches wall time (all threads, so it can
    // exceed the wall time on an idle one).
    { figure: `  processor time, ${fonts} (median, user + system)`, target: '—', measured: formatMs(median(runs.map((run) => run.cpuMs))) },
    {
      figure: `  peak memory, ${fonts}`,
      target: `<= ${TARGET_PEAK_MIB} MiB`,
      measured: `${(Math.max(...runs.map((run) => run.peakKib)) / KIB_PER_MIB).toFixed(0)} MiB`,
      met: Math.max(...runs.map((run) => run.peakKib)) / KIB_PER_MIB <= TARGET_PEAK_MIB,
    },
  ];
  const rows: BenchRow[] = [
    {
      figure: '`liuhen pdf` runs: 1-minute load average before / after (cores)',
      target: '—',
      measured: `${loadBefore.toFixed(1)} / ${loadAfter.toFixed(1)} (${availableParallelism()})`,
    },
    ...timeRows('bundled fonts', bundled, bundledMs),
    ...timeRows('system fonts', system, systemMs),
    {
      figure: `\`liuhen pdf\` output, one-page record, bundled fonts (${pages} page)`,
      target: `<= ${TARGET_SIZE_KB} KB, 1 page`,
      measured: `${sizeKb.toFixed(0)} KB`,
      met: sizeKb <= TARGET_SIZE_KB && pages === 1,
    },
  ];
  if (!office) return rows;
  const officeMs = median(officeRuns);
  const ratio = Math.max(bundledMs, systemMs) / officeMs;
  rows.push({
    figure: '`liuhen pdf` time / LibreOffice HTML→PDF of the same content, same run',
    target: `<= ${TARGET_RATIO_TO_LIBREOFFICE}`,
    measured: `${ratio.toFixed(2)} (LibreOffice ${formatMs(officeMs)})`,
    met: ratio <= TARGET_RATIO_TO_LIBREOFFICE,
  });
  return rows;
}
