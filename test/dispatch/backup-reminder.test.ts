import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { call, completeEntry, createHandlerVault, draftWithEntries } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices, scriptedDialogs, type ScriptedDialogs } from '../support/test-services.ts';
import { fakeClock, TEST_PASSPHRASE, type FakeClock } from '../support/test-vault.ts';

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

// Issue 13, item 10: finalized work that has waited a week (a setting) for a backup is pointed out.
describe('the backup reminder through dispatch', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let clock: FakeClock;
  let dialogs: ScriptedDialogs;
  let dispatch: Dispatch;

  beforeEach(async () => {
    dir = makeTempDir();
    clock = fakeClock();
    dialogs = scriptedDialogs();
    dispatch = dispatchWithOutputCheck(makeServices(dir.path, clock, dialogs));
    await createHandlerVault(dispatch);
  });
  afterEach(async () => {
    await dispatch('vault.lock', {});
    dir.remove();
  });

  // The handler comes back days later: the vault was locked meanwhile, as auto-lock would have it.
  const daysLater = async (ms: number) => {
    await call(dispatch, 'vault.lock', {});
    clock.advanceMs(ms);
    await call(dispatch, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
  };

  const finalizeOne = async () => call(dispatch, 'record.finalize', { recordId: await draftWithEntries(dispatch, [completeEntry('divisionDeputy')]) });

  it('is due 7 days after a record is finalized with no backup since, and not before', async () => {
    expect(await call(dispatch, 'vault.backupReminder', {})).toEqual({ due: false, days: 7, unbackedSince: null, lastBackupAt: null });
    const finalized = await finalizeOne();
    const finalizedAt = finalized.versions.at(-1)?.finalizedAt;
    await daysLater(7 * MS_PER_DAY - MS_PER_MINUTE);
    expect(await call(dispatch, 'vault.backupReminder', {})).toMatchObject({ due: false, unbackedSince: finalizedAt });
    await daysLater(MS_PER_MINUTE);
    expect(await call(dispatch, 'vault.backupReminder', {})).toMatchObject({ due: true, unbackedSince: finalizedAt, lastBackupAt: null });
  });

  it('is answered by a backup, and counts again from the next record finalized after it', async () => {
    await finalizeOne();
    await daysLater(10 * MS_PER_DAY);
    dialogs.savePaths.push(join(dir.path, 'copy.liuhen-backup'));
    await call(dispatch, 'vault.backup', {});
    const answered = await call(dispatch, 'vault.backupReminder', {});
    expect(answered).toMatchObject({ due: false, unbackedSince: null });
    expect(answered.lastBackupAt).not.toBeNull();
    await daysLater(30 * MS_PER_DAY);
    expect(await call(dispatch, 'vault.backupReminder', {})).toMatchObject({ due: false });
    await finalizeOne();
    await daysLater(7 * MS_PER_DAY);
    expect(await call(dispatch, 'vault.backupReminder', {})).toMatchObject({ due: true, lastBackupAt: answered.lastBackupAt });
  });

  it('waits as many days as the setting says, and refuses a number of days outside 1 to 90 in Chinese', async () => {
    await finalizeOne();
    const settings = await call(dispatch, 'settings.get', {});
    await call(dispatch, 'settings.save', { ...settings, backupReminderDays: 2 });
    await daysLater(2 * MS_PER_DAY);
    expect(await call(dispatch, 'vault.backupReminder', {})).toMatchObject({ due: true, days: 2 });
    for (const backupReminderDays of [0, 91, 1.5]) {
      const refused = await dispatch('settings.save', { ...settings, backupReminderDays });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.message).toMatch(/提醒备份的天数/);
    }
    expect(await call(dispatch, 'settings.get', {})).toMatchObject({ backupReminderDays: 2 });
  });
});
