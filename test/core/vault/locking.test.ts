import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IDLE_LOCK_GRACE_MS, type VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { fakeClock, type FakeClock, makeVault, recordsOf, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { expectUserError, OTHER_PASSPHRASE, rejectionOf, saveProfile, thrownBy, vaultFile } from './vault-kit.ts';

// Locking: nothing answers once locked, idle time locks by itself, and the keys are gone from memory.

const MS_PER_MINUTE = 60_000;

let temp: ReturnType<typeof makeTempDir>;
let clock: FakeClock;
let vault: VaultService;

beforeEach(async () => {
  temp = makeTempDir('liuhen-locking-');
  clock = fakeClock();
  vault = makeVault(temp.path, clock);
  await vault.create(TEST_PASSPHRASE);
});
afterEach(() => {
  vault.lock();
  temp.remove();
});

describe('a locked vault', () => {
  it('refuses every read and write with VAULT_LOCKED', async () => {
    const record = recordsOf(vault).createDraft({ text: '内容' });
    vault.lock();
    expect(vault.status()).toEqual({ exists: true, unlocked: false, autoLockMinutes: null, idleLockInMs: null });

    const syncCalls: [string, () => unknown][] = [
      ['records.get', () => recordsOf(vault).get(record.recordId)],
      ['records.createDraft', () => recordsOf(vault).createDraft({ text: '锁定后' })],
      ['recordRows.versions', () => vault.recordRows(z.unknown(), () => '').versions(record.recordId)],
      ['settings', () => vault.settings()],
      ['saveSettings', () => vault.saveSettings({ autoLockMinutes: 9 })],
      ['readSingleton', () => vault.readSingleton('profile', z.unknown())],
      ['writeSingletons', () => saveProfile(vault, { name: '某人' })],
      ['recordAction', () => vault.recordAction('recordPrinted', { recordId: record.recordId, version: 1 })],
      ['auditTrail', () => vault.auditTrail()],
      ['require', () => vault.require()],
    ];
    for (const [name, call] of syncCalls) {
      const error = thrownBy(call);
      expect(error, name).toBeDefined();
      expectUserError(error, 'VAULT_LOCKED');
    }
    expectUserError(await rejectionOf(() => vault.changePassphrase(TEST_PASSPHRASE, OTHER_PASSPHRASE)), 'VAULT_LOCKED');
    const backupPath = join(temp.path, 'locked.liuhen-backup');
    expectUserError(await rejectionOf(() => vault.backup(backupPath)), 'VAULT_LOCKED');
    expect(existsSync(backupPath)).toBe(false);
  });

  it('does not answer through a record store taken before the lock', () => {
    const store = recordsOf(vault);
    store.createDraft({ text: '锁定前' });
    vault.lock();
    expect(() => store.listLatest()).toThrow();
    expect(() => store.createDraft({ text: '锁定后' })).toThrow();
  });

  it('wipes the vault key on lock, whether it came from create or from unlock', async () => {
    for (const round of ['create', 'unlock']) {
      if (round === 'unlock') await vault.unlock(TEST_PASSPHRASE);
      const key = vault.require().session.key;
      expect(key.length).toBe(32);
      expect(key.some((byte) => byte !== 0)).toBe(true);
      vault.lock();
      expect(Array.from(key).every((byte) => byte === 0)).toBe(true);
    }
  });

  // The shell's idle timer can fire while a long backup is being written: the backup must then either finish or
  // be reported as ended by the lock, and leave no partial file.
  it('ends a backup interrupted by a lock with VAULT_LOCKED (or lets it finish), leaving no partial file', async () => {
    const store = recordsOf(vault);
    for (let index = 0; index < 400; index += 1) store.createDraft({ text: `${'内容'.repeat(1000)}${index}` });
    const backupPath = join(temp.path, 'interrupted.liuhen-backup');
    const backup = vault.backup(backupPath);
    vault.lock();
    const error = await rejectionOf(() => backup);
    expect(existsSync(`${backupPath}.partial`)).toBe(false);
    if (error === undefined) expect(existsSync(backupPath)).toBe(true);
    else expectUserError(error, 'VAULT_LOCKED');
  });

  it('leaves no WAL behind after a lock', () => {
    recordsOf(vault).createDraft({ text: '内容' });
    expect(existsSync(`${vaultFile(temp.path)}-wal`)).toBe(true);
    vault.lock();
    expect(existsSync(`${vaultFile(temp.path)}-wal`)).toBe(false);
  });

  it('locks and unlocks again with the same records', async () => {
    const record = recordsOf(vault).createDraft({ text: '内容' });
    vault.lock();
    vault.lock();
    await vault.unlock(TEST_PASSPHRASE);
    expect(recordsOf(vault).get(record.recordId)).toEqual(record);
    expectUserError(await rejectionOf(() => vault.unlock(TEST_PASSPHRASE)), 'VAULT_ALREADY_UNLOCKED');
  });
});

describe('idle auto-lock', () => {
  it('locks after the default five idle minutes, not before', () => {
    expect(vault.status().autoLockMinutes).toBe(5);
    clock.advanceMs(5 * MS_PER_MINUTE - 1);
    expect(vault.lockIfIdle()).toBe(false);
    expect(vault.status().unlocked).toBe(true);
    clock.advanceMs(1);
    expect(vault.lockIfIdle()).toBe(true);
    expect(vault.status().unlocked).toBe(false);
    expect(vault.lockIfIdle()).toBe(false);
  });

  it('follows the autoLockMinutes setting, also after a reopen', async () => {
    vault.saveSettings({ autoLockMinutes: 2 });
    vault.touch();
    clock.advanceMs(2 * MS_PER_MINUTE - 1);
    expect(vault.lockIfIdle()).toBe(false);
    clock.advanceMs(1);
    expect(vault.lockIfIdle()).toBe(true);

    await vault.unlock(TEST_PASSPHRASE);
    expect(vault.settings()).toEqual({ autoLockMinutes: 2 });
    expect(vault.status().autoLockMinutes).toBe(2);
    vault.saveSettings({ autoLockMinutes: 30 });
    vault.touch();
    clock.advanceMs(29 * MS_PER_MINUTE);
    expect(vault.lockIfIdle()).toBe(false);
    clock.advanceMs(MS_PER_MINUTE);
    expect(vault.lockIfIdle()).toBe(true);
  });

  it('is postponed by touch()', () => {
    clock.advanceMs(4 * MS_PER_MINUTE);
    vault.touch();
    clock.advanceMs(4 * MS_PER_MINUTE);
    expect(vault.lockIfIdle()).toBe(false);
    vault.touch();
    clock.advanceMs(4 * MS_PER_MINUTE);
    expect(vault.lockIfIdle()).toBe(false);
    clock.advanceMs(MS_PER_MINUTE);
    expect(vault.lockIfIdle()).toBe(true);
    expectUserError(thrownBy(() => recordsOf(vault).listLatest()), 'VAULT_LOCKED');
  });

  it('tells how long until the idle lock, by its own clock', () => {
    expect(vault.status().idleLockInMs).toBe(5 * MS_PER_MINUTE);
    clock.advanceMs(2 * MS_PER_MINUTE);
    expect(vault.status().idleLockInMs).toBe(3 * MS_PER_MINUTE);
    vault.touch();
    expect(vault.status().idleLockInMs).toBe(5 * MS_PER_MINUTE);
    clock.advanceMs(6 * MS_PER_MINUTE);
    expect(vault.status().idleLockInMs).toBe(0);
    vault.lock();
    expect(vault.status().idleLockInMs).toBeNull();
  });

  // The page saves the open draft before the lock; its save must never arrive to find the vault already locked.
  it("leaves the page a grace period on main's own checks, counted from when they notice, even after hours", () => {
    clock.advanceMs(5 * MS_PER_MINUTE - 1);
    expect(vault.lockIfIdleAfterGrace()).toBe(false);
    clock.advanceMs(3 * 60 * MS_PER_MINUTE);
    expect(vault.lockIfIdleAfterGrace()).toBe(false);
    expect(vault.status()).toMatchObject({ unlocked: true, idleLockInMs: 0 });
    recordsOf(vault).createDraft({ text: '睡前最后的字' });
    clock.advanceMs(IDLE_LOCK_GRACE_MS - 1);
    expect(vault.lockIfIdleAfterGrace()).toBe(false);
    clock.advanceMs(1);
    expect(vault.lockIfIdleAfterGrace()).toBe(true);
    expect(vault.status().unlocked).toBe(false);
  });

  it('is not revived by activity once the idle time has run out', () => {
    clock.advanceMs(5 * MS_PER_MINUTE);
    expect(vault.lockIfIdleAfterGrace()).toBe(false);
    vault.touch();
    expect(vault.status().idleLockInMs).toBe(0);
    expect(vault.lockIfIdle()).toBe(true);
  });

  it('counts idle time from the unlock, not from before it', async () => {
    vault.lock();
    clock.advanceMs(60 * MS_PER_MINUTE);
    await vault.unlock(TEST_PASSPHRASE);
    expect(vault.lockIfIdle()).toBe(false);
    clock.advanceMs(5 * MS_PER_MINUTE);
    expect(vault.lockIfIdle()).toBe(true);
  });
});
