export interface BenchRow {
  figure: string;
  target: string;
  measured: string;
  // undefined when a row reports a figure without a target to meet.
  met?: boolean;
}

export function median(samplesMs: number[]): number {
  return percentile(samplesMs, 50);
}

export function percentile(samplesMs: number[], p: number): number {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(0)} ms`;
}

export function printTable(rows: BenchRow[]): void {
  const header: BenchRow = { figure: 'figure', target: 'target', measured: 'measured' };
  const verdict = (row: BenchRow) => (row === header ? 'met' : row.met === undefined ? '—' : row.met ? 'yes' : 'NO');
  const all = [header, ...rows];
  const width = (pick: (row: BenchRow) => string) => Math.max(...all.map((row) => pick(row).length));
  const widths = [width((r) => r.figure), width((r) => r.target), width((r) => r.measured)];
  for (const row of all) {
    console.log(
      [row.figure.padEnd(widths[0] ?? 0), row.target.padEnd(widths[1] ?? 0), row.measured.padEnd(widths[2] ?? 0), verdict(row)].join(
        ' | ',
      ),
    );
  }
}
