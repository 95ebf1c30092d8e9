import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDLE_LOCK_GRACE_MS } from '../../src-main/core/vault/vault-service.ts';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { TEST_PROFILE, call } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices, scriptedDialogs, type ScriptedDialogs } from '../support/test-services.ts';
import { fakeClock, TEST_PASSPHRASE, type FakeClock } from '../support/test-vault.ts';

const HAN = /\p{Script=Han}/u;
const MS_PER_MINUTE = 60_000;

function expectFailure(result: Awaited<ReturnType<Dispatch>>, code: string): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  expect(result.error.message).toMatch(HAN);
}

describe('vault channels through dispatch', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let clock: FakeClock;
  let dialogs: ScriptedDialogs;
  let dispatch: Dispatch;

  beforeEach(() => {
    dir = makeTempDir();
    clock = fakeClock();
    dialogs = scriptedDialogs();
    dispatch = dispatchWithOutputCheck(makeServices(dir.path, clock, dialogs));
  });
  afterEach(async () => {
    await dispatch('vault.lock', {});
    dir.remove();
  });

  it('creates, locks and unlocks a vault, answering a recovery key with check digits', async () => {
    expect(await dispatch('vault.status', {})).toEqual({
      ok: true,
      value: { exists: false, unlocked: false, autoLockMinutes: null, idleLockInMs: null, setupComplete: null, recoveryKeyConfirmed: null, role: null },
    });
    const created = await dispatch('vault.create', { passphrase: TEST_PASSPHRASE });
    if (!created.ok) throw new Error(created.error.message);
    expect((created.value as { recoveryKey: string }).recoveryKey).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
    expect((await dispatch('vault.lock', {})).ok).toBe(true);
    expectFailure(await dispatch('settings.get', {}), 'VAULT_LOCKED');
    const unlocked = await dispatch('vault.unlock', { passphrase: TEST_PASSPHRASE });
    expect(unlocked).toEqual({
      ok: true,
      value: { exists: true, unlocked: true, autoLockMinutes: 5, idleLockInMs: 5 * MS_PER_MINUTE, setupComplete: false, recoveryKeyConfirmed: false, role: 'handler' },
    });
  });

  it('refuses a weak passphrase, a wrong one and a missing one with Chinese messages', async () => {
    expectFailure(await dispatch('vault.create', { passphrase: '12345678' }), 'WEAK_PASSPHRASE');
    // Rated 可以 by the old length-and-variety rule; main refuses them as the setup screen does.
    for (const passphrase of ['password1234', 'zhangsan2026', '我家门前有两棵枣树2026']) {
      expectFailure(await dispatch('vault.create', { passphrase }), 'WEAK_PASSPHRASE');
    }
    expect(existsSync(join(dir.path, 'vault.liuhen'))).toBe(false);
    await dispatch('vault.create', { passphrase: TEST_PASSPHRASE });
    await dispatch('vault.lock', {});
    expectFailure(await dispatch('vault.unlock', { passphrase: 'not the passphrase 99' }), 'WRONG_PASSPHRASE');
    expectFailure(await dispatch('vault.unlock', { passphrase: '' }), 'INVALID_INPUT');
    expectFailure(await dispatch('vault.unlock', {}), 'INVALID_INPUT');
  });

  it('validates settings and locks itself after the configured idle minutes and the grace period', async () => {
    await dispatch('vault.create', { passphrase: TEST_PASSPHRASE });
    expectFailure(await dispatch('settings.save', { autoLockMinutes: 0 }), 'INVALID_INPUT');
    expect((await dispatch('settings.save', { autoLockMinutes: 2 })).ok).toBe(true);
    clock.advanceMs(1.5 * MS_PER_MINUTE);
    expect((await dispatch('settings.get', {})).ok).toBe(true);
    clock.advanceMs(1.5 * MS_PER_MINUTE);
    expect(await dispatch('vault.status', {})).toMatchObject({ ok: true, value: { unlocked: true } });
    clock.advanceMs(1 * MS_PER_MINUTE);
    // Run out, but the page still gets to save its draft: a request is served and does not revive the session.
    expect(await dispatch('vault.status', {})).toMatchObject({ ok: true, value: { unlocked: true, idleLockInMs: 0 } });
    expect((await dispatch('settings.get', {})).ok).toBe(true);
    clock.advanceMs(IDLE_LOCK_GRACE_MS);
    expect(await dispatch('vault.status', {})).toMatchObject({ ok: true, value: { unlocked: false } });
    await dispatch('vault.unlock', { passphrase: TEST_PASSPHRASE });
    const audit = await dispatch('audit.list', {});
    if (!audit.ok) throw new Error(audit.error.message);
    const actions = (audit.value as { action: string; actionLabel: string }[]).map((entry) => entry.action);
    expect(actions).toEqual(['vaultCreated', 'settingsChanged', 'autoLocked', 'unlocked']);
  });

  // Typing, scrolling and reading make no request: the page reports them, and main alone decides when to lock.
  it('counts vault.reportActivity as activity, vault.status not, and answers the idle time by the main clock', async () => {
    await dispatch('vault.create', { passphrase: TEST_PASSPHRASE });
    clock.advanceMs(4 * MS_PER_MINUTE);
    expect(await dispatch('vault.status', {})).toMatchObject({ ok: true, value: { idleLockInMs: MS_PER_MINUTE } });
    expect(await dispatch('vault.status', {})).toMatchObject({ ok: true, value: { idleLockInMs: MS_PER_MINUTE } });
    expect(await dispatch('vault.reportActivity', {})).toMatchObject({ ok: true, value: { unlocked: true, idleLockInMs: 5 * MS_PER_MINUTE } });
    expectFailure(await dispatch('vault.reportActivity', { typing: true }), 'INVALID_INPUT');
    clock.advanceMs(5 * MS_PER_MINUTE);
    expect(await dispatch('vault.reportActivity', {})).toMatchObject({ ok: true, value: { unlocked: true, idleLockInMs: 0 } });
  });

  it('locks on vault.autoLock only once the idle time has run out, as an automatic lock', async () => {
    await dispatch('vault.create', { passphrase: TEST_PASSPHRASE });
    clock.advanceMs(5 * MS_PER_MINUTE - 1);
    expect(await dispatch('vault.autoLock', {})).toMatchObject({ ok: true, value: { unlocked: true, idleLockInMs: 1 } });
    clock.advanceMs(1);
    expect(await dispatch('vault.autoLock', {})).toMatchObject({ ok: true, value: { unlocked: false, idleLockInMs: null } });
    await dispatch('vault.unlock', { passphrase: TEST_PASSPHRASE });
    const audit = await dispatch('audit.list', {});
    if (!audit.ok) throw new Error(audit.error.message);
    expect((audit.value as { action: string }[]).map((entry) => entry.action)).toEqual(['vaultCreated', 'autoLocked', 'unlocked']);
  });

  it('backs up to the path the save dialog answers, and does nothing when it is cancelled', async () => {
    await dispatch('vault.create', { passphrase: TEST_PASSPHRASE });
    dialogs.savePaths.push(undefined);
    expect(await dispatch('vault.backup', {})).toEqual({ ok: true, value: { done: false, path: null } });
    const target = join(dir.path, 'copy.liuhen-backup');
    dialogs.savePaths.push(target);
    expect(await dispatch('vault.backup', {})).toEqual({ ok: true, value: { done: true, path: target } });
    expect(existsSync(target)).toBe(true);
    dialogs.openPaths.push(target);
    dialogs.openPaths.push(target);
    expectFailure(await dispatch('vault.restore', { backupPassphrase: TEST_PASSPHRASE }), 'CURRENT_PASSPHRASE_REQUIRED');
    expect(await dispatch('vault.restore', { backupPassphrase: TEST_PASSPHRASE, currentPassphrase: TEST_PASSPHRASE })).toEqual({
      ok: true,
      value: { done: true, path: target },
    });
  });
});

const PROFILE_INPUT = { profile: TEST_PROFILE, unit: { unitHasDisciplineBody: true } };

// Setup is complete only once the recovery key has been retyped and checked against the vault; a key that was
// shown but never confirmed is replaced, and stops working, when the setup resumes.
describe('the recovery key until it is confirmed', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dispatch: Dispatch;

  beforeEach(() => {
    dir = makeTempDir();
    dispatch = dispatchWithOutputCheck(makeServices(dir.path));
  });
  afterEach(async () => {
    await dispatch('vault.lock', {});
    dir.remove();
  });

  it('issues a new key that replaces the unconfirmed one, and confirms only the key the vault holds', async () => {
    const first = await call(dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
    const second = await call(dispatch, 'setup.issueRecoveryKey', {});
    expect(second.recoveryKey).not.toBe(first.recoveryKey);

    expectFailure(await dispatch('setup.confirmRecoveryKey', { recoveryKey: first.recoveryKey }), 'WRONG_RECOVERY_KEY');
    const mistyped = `${second.recoveryKey.slice(0, -1)}${second.recoveryKey.endsWith('0') ? '1' : '0'}`;
    expectFailure(await dispatch('setup.confirmRecoveryKey', { recoveryKey: mistyped }), 'RECOVERY_KEY_MISTYPED');
    expect(await dispatch('vault.status', {})).toMatchObject({ ok: true, value: { recoveryKeyConfirmed: false } });

    expect(await dispatch('setup.confirmRecoveryKey', { recoveryKey: second.recoveryKey.toLowerCase() })).toEqual({
      ok: true,
      value: {},
    });
    expect(await dispatch('vault.status', {})).toMatchObject({
      ok: true,
      value: { recoveryKeyConfirmed: true, setupComplete: false },
    });
    expect((await dispatch('profile.save', PROFILE_INPUT)).ok).toBe(true);
    expect(await dispatch('vault.status', {})).toMatchObject({ ok: true, value: { setupComplete: true } });
    expectFailure(await dispatch('setup.issueRecoveryKey', {}), 'RECOVERY_KEY_ALREADY_CONFIRMED');

    const actions = (await call(dispatch, 'audit.list', {})).map((entry) => entry.action);
    expect(actions).toEqual(['vaultCreated', 'recoveryKeyIssued', 'recoveryFailed', 'recoveryKeyConfirmed', 'profileSaved']);

    await dispatch('vault.lock', {});
    expectFailure(
      await dispatch('vault.recover', { recoveryKey: first.recoveryKey, newPassphrase: 'another passphrase 2027' }),
      'WRONG_RECOVERY_KEY',
    );
    const recovered = await dispatch('vault.recover', { recoveryKey: second.recoveryKey, newPassphrase: 'another passphrase 2027' });
    // A used recovery key is spent: setup asks for a new one to be issued and confirmed.
    expect(recovered).toMatchObject({ ok: true, value: { unlocked: true, setupComplete: false, recoveryKeyConfirmed: false } });
  });

  it('still asks for the key after the app restarts with the key unconfirmed, even with the profile saved', async () => {
    await dispatch('vault.create', { passphrase: TEST_PASSPHRASE });
    expect((await dispatch('profile.save', PROFILE_INPUT)).ok).toBe(true);
    await dispatch('vault.lock', {});

    const restarted = dispatchWithOutputCheck(makeServices(dir.path));
    expect(await restarted('vault.unlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({
      ok: true,
      value: { unlocked: true, setupComplete: false, recoveryKeyConfirmed: false },
    });
    const issued = await call(restarted, 'setup.issueRecoveryKey', {});
    expect((await restarted('setup.confirmRecoveryKey', { recoveryKey: issued.recoveryKey })).ok).toBe(true);
    await restarted('vault.lock', {});

    const again = dispatchWithOutputCheck(makeServices(dir.path));
    expect(await again('vault.unlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({
      ok: true,
      value: { setupComplete: true, recoveryKeyConfirmed: true },
    });
    await again('vault.lock', {});
  });

  it('spends the recovery key it recovers with: a new one must be issued, and the used one opens nothing', async () => {
    const created = await call(dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
    await dispatch('vault.lock', {});
    expect(
      await dispatch('vault.recover', { recoveryKey: created.recoveryKey, newPassphrase: 'another passphrase 2027' }),
    ).toMatchObject({ ok: true, value: { recoveryKeyConfirmed: false } });
    const issued = await call(dispatch, 'setup.issueRecoveryKey', {});
    expect((await dispatch('setup.confirmRecoveryKey', { recoveryKey: issued.recoveryKey })).ok).toBe(true);
    await dispatch('vault.lock', {});
    expectFailure(await dispatch('vault.recover', { recoveryKey: created.recoveryKey, newPassphrase: 'a third passphrase 2028' }), 'WRONG_RECOVERY_KEY');
  });

  it('refuses both setup channels while the vault is locked, and an empty retyped key', async () => {
    await dispatch('vault.create', { passphrase: TEST_PASSPHRASE });
    expectFailure(await dispatch('setup.confirmRecoveryKey', { recoveryKey: '' }), 'INVALID_INPUT');
    await dispatch('vault.lock', {});
    expectFailure(await dispatch('setup.issueRecoveryKey', {}), 'VAULT_LOCKED');
    expectFailure(await dispatch('setup.confirmRecoveryKey', { recoveryKey: 'ABCD' }), 'VAULT_LOCKED');
  });
});
