import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AMENDMENT_REASON_MAX_CHARS } from '../../../src-main/shared/form/field-limits.ts';
import type { AuditAction, AuditEntry } from '../../../src-main/shared/audit-event.ts';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { fakeClock, type FakeClock, makeVault, recordsOf, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { expectUserError, OTHER_PASSPHRASE, rejectionOf, saveProfile, WRONG_PASSPHRASE } from './vault-kit.ts';

// Every access leaves exactly one entry (or the expected few) in the hash-chained trail, with its time, its actor
// and what it touched; the sequence numbers never skip.

const MS_PER_MINUTE = 60_000;

interface Expected {
  at: string;
  action: AuditAction;
  actor: AuditEntry['actor'];
  target?: { recordId: string; version: number };
  note?: string;
  unverified?: boolean;
}

let temp: ReturnType<typeof makeTempDir>;
let clock: FakeClock;
let vault: VaultService;
let checked: AuditEntry[];

beforeEach(() => {
  temp = makeTempDir('liuhen-audit-');
  clock = fakeClock();
  vault = makeVault(temp.path, clock);
  checked = [];
});
afterEach(() => {
  vault.lock();
  temp.remove();
});

// Moves the fake clock on, so that every entry's time says which action wrote it.
function tick(): string {
  clock.advanceMs(MS_PER_MINUTE);
  return clock.now().toISOString();
}

// The trail is what it was at the last check plus exactly these entries, numbered on from there.
function expectAppended(...expected: Expected[]): void {
  const trail = vault.auditTrail();
  expect(trail.slice(0, checked.length)).toEqual(checked);
  expect(trail.slice(checked.length)).toEqual(expected.map((entry, index) => ({ seq: checked.length + index + 1, ...entry })));
  checked = trail;
}

describe('the audit trail', () => {
  it('records every kind of access with its time, actor and target, in a contiguous sequence', async () => {
    let at = tick();
    const { recoveryKey } = await vault.create(TEST_PASSPHRASE);
    expectAppended({ at, action: 'vaultCreated', actor: 'owner' });

    at = tick();
    saveProfile(vault, { name: '承办人' });
    expectAppended({ at, action: 'profileSaved', actor: 'owner' });

    at = tick();
    vault.saveSettings({ autoLockMinutes: 3 });
    expectAppended({ at, action: 'settingsChanged', actor: 'owner' });

    const store = () => recordsOf(vault);
    at = tick();
    const record = store().createDraft({ text: '内容' });
    const v1 = { recordId: record.recordId, version: 1 };
    expectAppended({ at, action: 'recordCreated', actor: 'owner', target: v1 });

    at = tick();
    store().saveDraft(record.recordId, { text: '内容（改）' });
    expectAppended({ at, action: 'draftSaved', actor: 'owner', target: v1 });

    at = tick();
    store().finalize(record.recordId);
    expectAppended({ at, action: 'recordFinalized', actor: 'owner', target: v1 });

    at = tick();
    store().amend(record.recordId, '更正日期');
    const v2 = { recordId: record.recordId, version: 2 };
    expectAppended({ at, action: 'amendmentStarted', actor: 'owner', target: v2, note: '更正日期' });

    at = tick();
    store().deleteDraft(record.recordId);
    expectAppended({ at, action: 'recordDeleted', actor: 'owner', target: v2 });

    for (const action of ['recordPrinted', 'recordSavedAsPdf', 'recordExported'] as const) {
      at = tick();
      vault.recordAction(action, v1);
      expectAppended({ at, action, actor: 'owner', target: v1 });
    }
    at = tick();
    vault.recordAction('recordImported', undefined, '导入 1 份');
    expectAppended({ at, action: 'recordImported', actor: 'owner', note: '导入 1 份' });

    const lockedAt = tick();
    vault.lock();
    const unlockedAt = tick();
    await vault.unlock(TEST_PASSPHRASE);
    expectAppended({ at: lockedAt, action: 'locked', actor: 'owner' }, { at: unlockedAt, action: 'unlocked', actor: 'owner' });

    const lockedAgainAt = tick();
    vault.lock();
    const failedAt = tick();
    expectUserError(await rejectionOf(() => vault.unlock(WRONG_PASSPHRASE)), 'WRONG_PASSPHRASE');
    const reopenedAt = tick();
    await vault.unlock(TEST_PASSPHRASE);
    expectAppended(
      { at: lockedAgainAt, action: 'locked', actor: 'owner' },
      { at: failedAt, action: 'unlockFailed', actor: 'unknown', unverified: true },
      { at: reopenedAt, action: 'unlocked', actor: 'owner' },
    );

    vault.touch();
    clock.advanceMs(3 * MS_PER_MINUTE - 1);
    expect(vault.lockIfIdle()).toBe(false);
    clock.advanceMs(1);
    const idleAt = clock.now().toISOString();
    expect(vault.lockIfIdle()).toBe(true);
    const backAt = tick();
    await vault.unlock(TEST_PASSPHRASE);
    expectAppended({ at: idleAt, action: 'autoLocked', actor: 'system' }, { at: backAt, action: 'unlocked', actor: 'owner' });

    at = tick();
    await vault.changePassphrase(TEST_PASSPHRASE, OTHER_PASSPHRASE);
    expectAppended({ at, action: 'passphraseChanged', actor: 'owner' });

    const beforeRecoveryAt = tick();
    vault.lock();
    const recoveredAt = tick();
    await vault.recover(recoveryKey, TEST_PASSPHRASE);
    expectAppended(
      { at: beforeRecoveryAt, action: 'locked', actor: 'owner' },
      // The recovery is itself the unlock: one entry.
      { at: recoveredAt, action: 'recoveryUsed', actor: 'owner' },
    );

    const backupPath = join(temp.path, 'trail.liuhen-backup');
    at = tick();
    await vault.backup(backupPath);
    const beforeBackup = checked;
    expectAppended({ at, action: 'backupCreated', actor: 'owner' });

    // The restored vault carries the backup's own trail, then the unlock and the restore.
    at = tick();
    await vault.restore(backupPath, { backupPassphrase: TEST_PASSPHRASE, currentPassphrase: TEST_PASSPHRASE });
    checked = beforeBackup;
    expectAppended({ at, action: 'unlocked', actor: 'owner' }, { at, action: 'backupRestored', actor: 'owner' });

    const trail = vault.auditTrail();
    expect(trail.map((entry) => entry.seq)).toEqual(trail.map((_, index) => index + 1));
    for (const entry of trail) {
      expect(Number.isNaN(Date.parse(entry.at))).toBe(false);
      expect(['owner', 'system', 'unknown']).toContain(entry.actor);
    }
  });

  it('lists failed unlocks before a recovery that follows them, so the trail never runs backwards in time', async () => {
    const { recoveryKey } = await vault.create(TEST_PASSPHRASE);
    vault.lock();
    tick();
    expectUserError(await rejectionOf(() => vault.unlock(WRONG_PASSPHRASE)), 'WRONG_PASSPHRASE');
    tick();
    await vault.recover(recoveryKey, OTHER_PASSPHRASE);

    const trail = vault.auditTrail();
    const actions = trail.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['unlockFailed', 'recoveryUsed']));
    const times = trail.map((entry) => `${entry.at} ${entry.action}`);
    expect(times).toEqual([...times].sort((a, b) => Date.parse(a.split(' ')[0] ?? '') - Date.parse(b.split(' ')[0] ?? '')));
  });

  it('stays readable after an amendment whose reason is as long as the form allows', async () => {
    await vault.create(TEST_PASSPHRASE);
    const record = recordsOf(vault).createDraft({ text: '内容' });
    recordsOf(vault).finalize(record.recordId);
    const reason = '因'.repeat(AMENDMENT_REASON_MAX_CHARS);
    expect(recordsOf(vault).amend(record.recordId, reason).amendmentReason).toBe(reason);

    expect(vault.auditTrail().at(-1)?.action).toBe('amendmentStarted');
    vault.lock();
    await vault.unlock(TEST_PASSPHRASE);
    expect(vault.auditTrail().at(-1)?.action).toBe('unlocked');
    const backupPath = join(temp.path, 'long-reason.liuhen-backup');
    await vault.backup(backupPath);
    await vault.restore(backupPath, { backupPassphrase: TEST_PASSPHRASE, currentPassphrase: TEST_PASSPHRASE });
    expect(vault.auditTrail().at(-1)?.action).toBe('backupRestored');
  });
});
