import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { throttleDelaySeconds } from '../../../src-main/core/vault/throttle.ts';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { fakeClock, makeVault, TEST_PASSPHRASE, type FakeClock } from '../../support/test-vault.ts';
import { expectUserError, rejectionOf, WRONG_PASSPHRASE } from './vault-kit.ts';

// Failed unlocks: a few are free, then every failure makes the next attempt wait longer, the correct passphrase
// included; the count lives in the file, so a restart does not reset it; a success does.

const MS_PER_SECOND = 1_000;

let temp: ReturnType<typeof makeTempDir>;
let clock: FakeClock;
let vault: VaultService;
const opened: VaultService[] = [];

beforeEach(async () => {
  temp = makeTempDir('liuhen-throttle-');
  clock = fakeClock();
  vault = makeVault(temp.path, clock);
  opened.push(vault);
  await vault.create(TEST_PASSPHRASE);
  vault.lock();
});
afterEach(() => {
  for (const each of opened.splice(0)) each.lock();
  temp.remove();
});

async function failOnce(target: VaultService = vault): Promise<string> {
  const error = await rejectionOf(() => target.unlock(WRONG_PASSPHRASE));
  expectUserError(error, 'WRONG_PASSPHRASE');
  return (error as Error).message;
}

async function expectThrottled(target: VaultService = vault): Promise<void> {
  expectUserError(await rejectionOf(() => target.unlock(TEST_PASSPHRASE)), 'THROTTLED');
  expect(target.status().unlocked).toBe(false);
}

describe('unlock throttling', () => {
  it('grows the wait with consecutive failures, up to a ceiling', () => {
    const waits = Array.from({ length: 16 }, (_, index) => throttleDelaySeconds(index + 1));
    expect(waits.slice(0, 2)).toEqual([0, 0]);
    for (let index = 1; index < waits.length; index += 1) {
      expect(waits[index]).toBeGreaterThanOrEqual(waits[index - 1] ?? 0);
    }
    expect(waits[2]).toBeGreaterThan(0);
    expect(waits[5]).toBeGreaterThan(waits[2] ?? 0);
    expect(throttleDelaySeconds(1_000)).toBe(waits[waits.length - 1]);
    expect(throttleDelaySeconds(1_000)).toBeLessThanOrEqual(300);
  });

  it('makes every attempt, the right passphrase included, wait exactly the announced time', async () => {
    for (let failures = 1; failures <= 7; failures += 1) {
      const message = await failOnce();
      const wait = throttleDelaySeconds(failures);
      if (wait === 0) continue;
      expect(message).toContain(String(wait));
      clock.advanceMs(wait * MS_PER_SECOND - 1);
      await expectThrottled();
      clock.advanceMs(1);
    }
    await vault.unlock(TEST_PASSPHRASE);
    expect(vault.status().unlocked).toBe(true);
  });

  it('tells a throttled person how many seconds remain, in Chinese', async () => {
    for (let failures = 1; failures <= 4; failures += 1) {
      clock.advanceMs(throttleDelaySeconds(failures - 1) * MS_PER_SECOND);
      await failOnce();
    }
    const error = await rejectionOf(() => vault.unlock(TEST_PASSPHRASE));
    expectUserError(error, 'THROTTLED');
    expect((error as Error).message).toContain(String(throttleDelaySeconds(4)));
  });

  it('still throttles after a restart: a new service on the same folder makes the same wait', async () => {
    for (let failures = 1; failures <= 4; failures += 1) {
      clock.advanceMs(throttleDelaySeconds(failures - 1) * MS_PER_SECOND);
      await failOnce();
    }
    const restarted = makeVault(temp.path, clock);
    opened.push(restarted);
    await expectThrottled(restarted);
    clock.advanceMs(throttleDelaySeconds(4) * MS_PER_SECOND - 1);
    await expectThrottled(restarted);
    clock.advanceMs(1);
    await restarted.unlock(TEST_PASSPHRASE);
    expect(restarted.status().unlocked).toBe(true);
  });

  it('starts counting from zero again after a successful unlock', async () => {
    for (let failures = 1; failures <= 3; failures += 1) await failOnce();
    clock.advanceMs(throttleDelaySeconds(3) * MS_PER_SECOND);
    await vault.unlock(TEST_PASSPHRASE);
    vault.lock();

    // Two free failures again, then the right passphrase opens at once.
    expect(await failOnce()).not.toMatch(/\d+ 秒/);
    await failOnce();
    await vault.unlock(TEST_PASSPHRASE);
    expect(vault.status().unlocked).toBe(true);
    vault.lock();

    const restarted = makeVault(temp.path, clock);
    opened.push(restarted);
    await failOnce(restarted);
    await restarted.unlock(TEST_PASSPHRASE);
    expect(restarted.status().unlocked).toBe(true);
  });

  it('puts every failed attempt in the audit trail as unverified, at the next successful unlock', async () => {
    const failedAt: string[] = [];
    for (let failures = 1; failures <= 4; failures += 1) {
      clock.advanceMs(throttleDelaySeconds(failures - 1) * MS_PER_SECOND + 1_000);
      failedAt.push(clock.now().toISOString());
      await failOnce();
    }
    // A throttled attempt is refused before the passphrase is even looked at.
    await expectThrottled();
    clock.advanceMs(throttleDelaySeconds(4) * MS_PER_SECOND);
    await vault.unlock(TEST_PASSPHRASE);

    const trail = vault.auditTrail();
    const failed = trail.filter((entry) => entry.action === 'unlockFailed');
    expect(failed.map((entry) => entry.at)).toEqual(failedAt);
    for (const entry of failed) expect(entry).toMatchObject({ actor: 'unknown', unverified: true });
    expect(trail.slice(-5).map((entry) => entry.action)).toEqual([
      'unlockFailed',
      'unlockFailed',
      'unlockFailed',
      'unlockFailed',
      'unlocked',
    ]);
    expect(trail.filter((entry) => entry.unverified === true)).toHaveLength(4);

    // Drained once: the next unlock does not repeat them.
    vault.lock();
    await vault.unlock(TEST_PASSPHRASE);
    expect(vault.auditTrail().filter((entry) => entry.action === 'unlockFailed')).toHaveLength(4);
  });
});
