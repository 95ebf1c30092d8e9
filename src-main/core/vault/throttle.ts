import type { Database } from 'better-sqlite3';
import type { Clock } from '../clock.ts';
import { UserError } from '../../shared/errors.ts';

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

const MS_PER_SECOND = 1_000;

// The unlock screen's brake: the failure count is read from and written to the vault file; when the next attempt
// is allowed is kept in memory and, after a restart, starts again from the persisted count.
export class UnlockThrottle {
  private readonly clock: Clock;
  private notBeforeMs: number | undefined;

  constructor(clock: Clock) {
    this.clock = clock;
  }

  enforce(db: Database): void {
    const nowMs = this.clock.now().getTime();
    this.notBeforeMs ??= nowMs + throttleDelaySeconds(readFailures(db)) * MS_PER_SECOND;
    if (nowMs < this.notBeforeMs) {
      const seconds = Math.ceil((this.notBeforeMs - nowMs) / MS_PER_SECOND);
      throw new UserError('THROTTLED', `口令连续输错次数过多，请等待 ${seconds} 秒后再试。`);
    }
  }

  // Counts the failure and answers the message the person reads, with the wait it now imposes.
  fail(db: Database): string {
    const failures = readFailures(db) + 1;
    writeFailures(db, failures);
    const wait = throttleDelaySeconds(failures);
    this.notBeforeMs = this.clock.now().getTime() + wait * MS_PER_SECOND;
    return wait > 0 ? `口令不正确。为防止猜测，请等待 ${wait} 秒后再试。` : '口令不正确，请重新输入。';
  }

  reset(): void {
    this.notBeforeMs = undefined;
  }
}
