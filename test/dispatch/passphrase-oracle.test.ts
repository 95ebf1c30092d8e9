import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { call } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices, scriptedDialogs, type ScriptedDialogs } from '../support/test-services.ts';
import { fakeClock, TEST_PASSPHRASE, type FakeClock } from '../support/test-vault.ts';

const WRONG = '不是这个口令 not this one 1234';
const FREE_ATTEMPTS = 3;

// Issue 10, item 1: vault.restore answered 50 wrong passphrases at once, unthrottled and unlogged, while unlock was
// throttled. Every path that tests a passphrase or a recovery key goes through the one throttle and leaves a
// failed-attempt entry in the audit trail.
describe('no passphrase oracle', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let clock: FakeClock;
  let dialogs: ScriptedDialogs;
  let dispatch: Dispatch;
  let backup: string;
  let recoveryKey: string;

  beforeEach(async () => {
    dir = makeTempDir();
    clock = fakeClock();
    dialogs = scriptedDialogs();
    dispatch = dispatchWithOutputCheck(makeServices(dir.path, clock, dialogs));
    recoveryKey = (await call(dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE })).recoveryKey;
    await call(dispatch, 'setup.confirmRecoveryKey', { recoveryKey });
    backup = join(dir.path, 'copy.liuhen-backup');
    dialogs.savePaths.push(backup);
    await call(dispatch, 'vault.backup', {});
  });
  afterEach(async () => {
    await dispatch('vault.lock', {});
    dir.remove();
  });

  async function codesOf(attempts: number, attempt: () => ReturnType<Dispatch>): Promise<string[]> {
    const codes: string[] = [];
    for (let index = 0; index < attempts; index += 1) {
      const answer = await attempt();
      codes.push(answer.ok ? 'ok' : answer.error.code);
    }
    return codes;
  }

  async function failedAttemptsInTrail(): Promise<string[]> {
    const trail = await call(dispatch, 'audit.list', {});
    return trail.filter((entry) => entry.action.endsWith('Failed')).map((entry) => entry.action);
  }

  it('throttles and logs wrong current passphrases typed into a restore on the unlock screen', async () => {
    await call(dispatch, 'vault.lock', {});
    const codes = await codesOf(6, () => {
      dialogs.openPaths.push(backup);
      return dispatch('vault.restore', { backupPassphrase: TEST_PASSPHRASE, currentPassphrase: WRONG });
    });
    expect(codes.slice(0, FREE_ATTEMPTS)).toEqual(['WRONG_PASSPHRASE', 'WRONG_PASSPHRASE', 'WRONG_PASSPHRASE']);
    expect(codes.slice(FREE_ATTEMPTS)).toEqual(['THROTTLED', 'THROTTLED', 'THROTTLED']);
    clock.advanceMs(10 * 60_000);
    await call(dispatch, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
    expect(await failedAttemptsInTrail()).toEqual(Array(FREE_ATTEMPTS).fill('passphraseCheckFailed'));
  });

  it('throttles and logs wrong backup passphrases too, and a restore without the current passphrase is refused', async () => {
    await call(dispatch, 'vault.lock', {});
    dialogs.openPaths.push(backup);
    expect(await dispatch('vault.restore', { backupPassphrase: TEST_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'CURRENT_PASSPHRASE_REQUIRED' } });
    const codes = await codesOf(5, () => {
      dialogs.openPaths.push(backup);
      return dispatch('vault.restore', { backupPassphrase: WRONG, currentPassphrase: TEST_PASSPHRASE });
    });
    expect(codes).toContain('THROTTLED');
  });

  it('throttles and logs wrong recovery keys', async () => {
    await call(dispatch, 'vault.lock', {});
    const other = dispatchWithOutputCheck(makeServices(join(dir.path, 'other')));
    const foreignKey = (await call(other, 'vault.create', { passphrase: TEST_PASSPHRASE })).recoveryKey;
    await other('vault.lock', {});
    const codes = await codesOf(5, () => dispatch('vault.recover', { recoveryKey: foreignKey, newPassphrase: 'a new passphrase 2027 ok' }));
    expect(codes.slice(0, FREE_ATTEMPTS)).toEqual(['WRONG_RECOVERY_KEY', 'WRONG_RECOVERY_KEY', 'WRONG_RECOVERY_KEY']);
    expect(codes.at(-1)).toBe('THROTTLED');
    clock.advanceMs(10 * 60_000);
    await call(dispatch, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
    expect(await failedAttemptsInTrail()).toEqual(Array(FREE_ATTEMPTS).fill('recoveryFailed'));
  });

  it('throttles and logs wrong current passphrases in a passphrase change, and accepts the right one after the wait', async () => {
    const codes = await codesOf(5, () => dispatch('vault.changePassphrase', { current: WRONG, next: 'a new passphrase 2027 ok' }));
    expect(codes.slice(0, FREE_ATTEMPTS)).toEqual(['WRONG_PASSPHRASE', 'WRONG_PASSPHRASE', 'WRONG_PASSPHRASE']);
    expect(codes.at(-1)).toBe('THROTTLED');
    expect(await failedAttemptsInTrail()).toEqual(Array(FREE_ATTEMPTS).fill('passphraseCheckFailed'));
    clock.advanceMs(10 * 60_000);
    await call(dispatch, 'vault.reportActivity', {});
    expect(await dispatch('vault.changePassphrase', { current: TEST_PASSPHRASE, next: 'a new passphrase 2027 ok' })).toEqual({ ok: true, value: {} });
  });
});
