import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDLE_LOCK_GRACE_MS, type VaultService } from '../../src-main/core/vault/vault-service.ts';
import { startIdleLockTimer } from '../../src-main/shell/idle-lock-timer.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { fakeClock, makeVault, TEST_PASSPHRASE, type FakeClock } from '../support/test-vault.ts';

const MS_PER_MINUTE = 60_000;
const TEST_INTERVAL_MS = 5;

const ticks = (count: number) => new Promise((resolve) => setTimeout(resolve, count * TEST_INTERVAL_MS));

describe("the shell's idle timer", () => {
  let temp: ReturnType<typeof makeTempDir>;
  let clock: FakeClock;
  let vault: VaultService;
  let stop: () => void = () => undefined;

  beforeEach(async () => {
    temp = makeTempDir('liuhen-idle-timer-');
    clock = fakeClock();
    vault = makeVault(temp.path, clock);
    await vault.create(TEST_PASSPHRASE);
  });
  afterEach(() => {
    stop();
    vault.lock();
    temp.remove();
  });

  it('locks an idle vault by itself, after leaving the page the grace period', async () => {
    stop = startIdleLockTimer(vault, TEST_INTERVAL_MS);
    await ticks(4);
    expect(vault.status().unlocked).toBe(true);
    clock.advanceMs(5 * MS_PER_MINUTE);
    await ticks(4);
    expect(vault.status()).toMatchObject({ unlocked: true, idleLockInMs: 0 });
    clock.advanceMs(IDLE_LOCK_GRACE_MS);
    await expect.poll(() => vault.status().unlocked).toBe(false);
  });

  it('checks no more once stopped', async () => {
    startIdleLockTimer(vault, TEST_INTERVAL_MS)();
    clock.advanceMs(5 * MS_PER_MINUTE);
    await ticks(4);
    clock.advanceMs(IDLE_LOCK_GRACE_MS);
    await ticks(4);
    expect(vault.status().unlocked).toBe(true);
  });
});
