import { performance } from 'node:perf_hooks';
import { makeDispatchForBench } from '../support.ts';
import { formatMs, percentile, type BenchRow } from '../table.ts';

const ROUND_TRIPS = 2_000;
const TARGET_P99_MS = 1;

// The IPC path's own overhead (validation + Result wrapping), without Electron's transport.
export async function benchDispatch(dataDir: string): Promise<BenchRow[]> {
  const dispatch = makeDispatchForBench(dataDir);
  const samples: number[] = [];
  for (let i = 0; i < ROUND_TRIPS; i += 1) {
    const start = performance.now();
    await dispatch('app.about', {});
    samples.push(performance.now() - start);
  }
  const p99 = percentile(samples, 99);
  return [
    {
      figure: 'dispatch app.about, p99',
      target: `<= ${TARGET_P99_MS} ms`,
      measured: formatMs(p99),
      met: p99 <= TARGET_P99_MS,
    },
  ];
}
