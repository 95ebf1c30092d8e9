import type { Database } from 'better-sqlite3';

const FREE_ATTEMPTS = 3;
const FIRST_DELAY_SECONDS = 2;
const MAX_DELAY_SECONDS = 300;

// After three free attempts each further failure doubles the wait, up to five minutes. The count lives in the
// vault file so a restart does not reset it; only times live in memory, so no timestamp is written to disk.
export function throttleDelaySeconds(consecutiveFailures: number): number {
  if (consecutiveFailures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (consecutiveFailures - FREE_ATTEMPTS));
}

export function readFailures(db: Database): number {
  const row = db.prepare('SELECT consecutive_failures AS n FROM throttle WHERE id = 1').get() as { n: number } | undefined;
  return row?.n ?? 0;
}

export function writeFailures(db: Database, failures: number): void {
  db.prepare('UPDATE throttle SET consecutive_failures = ? WHERE id = 1').run(failures);
}
