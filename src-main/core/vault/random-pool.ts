import type { RandomBytes } from '../clock.ts';

// A session's nonces and row positions, drawn from the injected generator a few kilobytes at a time instead of in
// one call per use: each call costs the main thread microseconds, and every row written draws twice. Both are
// public once used (a nonce is stored beside its ciphertext, a position is the row's place in the table), so
// holding the next few drawn ahead reveals nothing. Never used for keys.
export const RANDOM_POOL_BYTES = 4096;

export function pooledRandom(random: RandomBytes, poolBytes = RANDOM_POOL_BYTES): RandomBytes {
  let pool: Uint8Array = new Uint8Array(0);
  let used = 0;
  return (length) => {
    if (length > poolBytes) return random(length);
    if (used + length > pool.length) {
      pool = random(poolBytes);
      used = 0;
    }
    used += length;
    return pool.slice(used - length, used);
  };
}
