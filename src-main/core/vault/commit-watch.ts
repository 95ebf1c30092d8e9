import { z } from 'zod';
import type { RandomBytes } from '../clock.ts';
import type { UserError } from '../../shared/errors.ts';
import { checkCounterFile, COUNTER_KEY_SLOT, counterProblem, writeCounterFile } from './commit-counter.ts';
import type { Sodium } from './sodium.ts';
import type { VaultSession } from './vault-session.ts';

// The side file's key, and the commit that stored it (before which no side file can exist).
const counterKeySchema = z.object({ key: z.string(), since: z.number().int().nonnegative() }).strict();
const COUNTER_KEY_BYTES = 32;

export interface CounterOptions {
  // The person read that recent saves may be lost and opens the vault as it is.
  acceptRollback?: boolean;
  // A restore replaces the vault with an older state on purpose: its count starts again from the restored one.
  resetCounter?: boolean;
}

// What the check reads: an open session, or a vault of the older layout before its rows are moved.
export interface CountedState {
  readonly vaultId: string;
  readonly commits: number;
  readSingleton<S extends z.ZodType>(slot: string, schema: S): z.output<S> | undefined;
}

// Whether the vault is behind the side file that counts its commits (saves acknowledged and then lost); checked
// before anything is written. Refused unless the person accepted it (then answered, to be logged); a vault from
// before the count has no key yet.
export function lostSavesOf(session: CountedState, sodium: Sodium, vaultPath: string, options: CounterOptions): UserError | undefined {
  const stored = session.readSingleton(COUNTER_KEY_SLOT, counterKeySchema);
  if (stored === undefined || options.resetCounter) return undefined;
  const check = checkCounterFile(vaultPath, sodium, sodium.from_base64(stored.key), session.vaultId, session.commits);
  if (check.state === 'ok') return undefined;
  // Killed between the commit that made the key and the first side file: no save can have been lost since.
  if (check.state === 'missing' && session.commits === stored.since) return undefined;
  const problem = counterProblem(check);
  if (!options.acceptRollback) throw problem;
  return problem;
}

// From now on every commit's number goes to the side file; a vault without a counter key gets one first.
export function watchCommits(session: VaultSession, sodium: Sodium, vaultPath: string, random: RandomBytes): void {
  let stored = session.readSingleton(COUNTER_KEY_SLOT, counterKeySchema);
  if (stored === undefined) {
    const fresh = { key: sodium.to_base64(random(COUNTER_KEY_BYTES)), since: session.commits + 1 };
    session.change(() => session.writeSingleton(COUNTER_KEY_SLOT, fresh));
    stored = fresh;
  }
  const key = sodium.from_base64(stored.key);
  const write = (counter: number) => writeCounterFile(vaultPath, sodium, key, session.vaultId, counter);
  write(session.commits);
  session.onCommit(write);
}
