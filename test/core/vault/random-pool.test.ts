import { describe, expect, it } from 'vitest';
import { pooledRandom } from '../../../src-main/core/vault/random-pool.ts';

// A generator whose every byte says which call drew it and where, so each answer can be traced to its source.
function tracedGenerator(): { random: (length: number) => Uint8Array; calls: number[] } {
  const calls: number[] = [];
  return {
    calls,
    random: (length) => {
      calls.push(length);
      return Uint8Array.from({ length }, (_, index) => (calls.length * 64 + index) % 256);
    },
  };
}

describe('a pool of random bytes', () => {
  it('answers each request with the next unused bytes of one draw, drawing again only when they run out', () => {
    const generator = tracedGenerator();
    const random = pooledRandom(generator.random, 32);
    const answers = [random(24), random(7), random(24)];
    expect(answers.map((bytes) => bytes.length)).toEqual([24, 7, 24]);
    expect([...(answers[0] ?? [])]).toEqual(Array.from({ length: 24 }, (_, index) => 64 + index));
    expect([...(answers[1] ?? [])]).toEqual(Array.from({ length: 7 }, (_, index) => 64 + 24 + index));
    expect([...(answers[2] ?? [])]).toEqual(Array.from({ length: 24 }, (_, index) => 128 + index));
    expect(generator.calls).toEqual([32, 32]);
  });

  it('hands out copies, never two views of the same bytes, and passes a request larger than the pool through', () => {
    const generator = tracedGenerator();
    const random = pooledRandom(generator.random, 32);
    const first = random(8);
    first.fill(0);
    expect([...random(8)]).toEqual(Array.from({ length: 8 }, (_, index) => 64 + 8 + index));
    expect(random(100)).toHaveLength(100);
    expect(generator.calls).toEqual([32, 100]);
  });
});
