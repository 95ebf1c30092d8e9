// `node bench/suites/pdf-phases.ts [bundled|system] [runs]`: where one `liuhen pdf` print spends the main thread's
// processor time, phase by phase, doing what src-main/cli/cli.ts does with the example record. Each run is a fresh
// process (a print is one), and the table gives each phase's median. Processor time, not wall time, and not a CPU
// profile: on a shared machine a sampling profile charges the time a process waited for a core to whatever
// function was running, so its phase shares move between identical runs; a thread's processor time does not.
// Our own modules are run from source here (Node strips their types); `liuhen --help` measures the bundle's.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { median } from '../table.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(ROOT, 'docs', 'examples', 'record.json');
const US_PER_MS = 1000;
const DEFAULT_RUNS = 7;
const SEPTEMBER_30_MS = 1_790_733_600_000;

const mainThreadMs = (): number => {
  const usage = process.threadCpuUsage();
  return (usage.user + usage.system) / US_PER_MS;
};

// One print in this process, printing each phase's processor time as JSON.
async function measureOnePrint(fonts: 'bundled' | 'system'): Promise<void> {
  const phases: Record<string, number> = {};
  let last = mainThreadMs();
  const mark = (phase: string) => {
    const now = mainThreadMs();
    phases[phase] = (phases[phase] ?? 0) + now - last;
    last = now;
  };
  const { parseRecordFile } = await import('../../src-main/cli/record-file.ts');
  const { renderRecordForm } = await import('../../src-main/core/pdf/print-record.ts');
  const { createPdfRenderer } = await import('../../src-main/core/pdf/pdf-renderer.ts');
  const { bundledFonts } = await import('../../src-main/core/pdf/fonts/bundled-fonts.ts');
  const { systemFontResolver } = await import('../../src-main/core/pdf/fonts/system-fonts.ts');
  const { loadFont } = await import('../../src-main/core/pdf/fonts/font-store.ts');
  const { recordFingerprint } = await import('../../src-main/core/records/record-fingerprint.ts');
  mark('our modules and zod, from source');
  // The same copies pdfmake-engine.ts loads (one node_modules), so the wrapped prototypes are the ones it uses.
  const require = createRequire(join(ROOT, 'src-main', 'core', 'pdf', 'pdfmake-engine.ts'));
  const pdfkit = require('pdfkit') as { prototype: object };
  require('fontkit');
  const layoutBuilder = (require('pdfmake/js/LayoutBuilder.js') as { default: { prototype: object } }).default;
  const renderer = (require('pdfmake/js/Renderer.js') as { default: { prototype: object } }).default;
  for (const file of ['PDFDocument', 'SVGMeasure', 'tableLayouts', 'PageSize']) require(`pdfmake/js/${file}.js`);
  mark('loading pdfkit, fontkit, pdfmake');
  const parsed = parseRecordFile(readFileSync(EXAMPLE, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  mark('reading and validating the record');
  const { recordId, record } = parsed.file;
  const fingerprint = recordFingerprint(recordId, record);
  mark('fingerprint (BLAKE2b)');
  const selection = fonts === 'bundled' ? bundledFonts() : systemFontResolver()();
  mark('choosing the fonts (system: fc-list, opening candidates)');
  for (const face of Object.values(selection.roles)) loadFont(face);
  mark('reading and parsing the fonts');
  const timePhase = (owner: { prototype: object }, method: string, phase: string) => {
    const original = Reflect.get(owner.prototype, method) as (...args: unknown[]) => unknown;
    Reflect.set(owner.prototype, method, function (this: unknown, ...args: unknown[]) {
      mark('document definition, font runs');
      const result = original.apply(this, args);
      mark(phase);
      return result;
    });
  };
  timePhase(layoutBuilder, 'layoutDocument', 'measuring and laying out (shaping, QR)');
  timePhase(renderer, 'renderPages', 'drawing the pages');
  timePhase(pdfkit, 'end', 'subsetting the fonts, writing the PDF');
  const pdf = await renderRecordForm(
    createPdfRenderer(() => selection),
    { recordId, record, fingerprint, printedAt: new Date(SEPTEMBER_30_MS) },
  );
  mark('document definition, font runs');
  if (pdf.pageCount !== 1) throw new Error(`the example record printed on ${pdf.pageCount} pages`);
  process.stdout.write(`${JSON.stringify(phases)}\n`);
}

function runPhases(fonts: 'bundled' | 'system', runs: number): void {
  const results = Array.from({ length: runs }, () => {
    const run = spawnSync(process.execPath, [import.meta.filename, '--one', fonts], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    return JSON.parse(run.stdout) as Record<string, number>;
  });
  const phases = [...new Set(results.flatMap((result) => Object.keys(result)))];
  process.stdout.write(`Main-thread processor time of one print, ${fonts} fonts, median of ${runs} processes (ms)\n`);
  for (const phase of phases) process.stdout.write(`${phase.padEnd(56)} ${median(results.map((result) => result[phase] ?? 0)).toFixed(0)}\n`);
  const total = median(results.map((result) => Object.values(result).reduce((sum, ms) => sum + ms, 0)));
  process.stdout.write(`${'total'.padEnd(56)} ${total.toFixed(0)}\n`);
}

if (import.meta.main) {
  const [first, second] = process.argv.slice(2);
  if (first === '--one') await measureOnePrint(second === 'system' ? 'system' : 'bundled');
  else runPhases(first === 'system' ? 'system' : 'bundled', Number(second ?? DEFAULT_RUNS));
}
