import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../src-main/core/services.ts';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { recordFingerprint } from '../../src-main/core/records/record-fingerprint.ts';
import { finalizedRecord, recordOfVersion } from '../../src-main/core/records/finalized-record.ts';
import { call, completeEntry, createHandlerVault, draftWithEntries } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices } from '../support/test-services.ts';
import { fakeClock, type FakeClock } from '../support/test-vault.ts';

const MS_PER_DAY = 86_400_000;

// 2026-09-28 + 5 working days is 2026-10-10 (the 调休 Saturday after National Day); the clock starts on 2026-10-14,
// the 2nd working day after it (10-12, 10-13, 10-14 → 3 working days late).
const LATE_DAY = '2026-10-14T10:00:00+08:00';
const entry = () => completeEntry('divisionPrincipal', { occurredAt: '2026-09-28T09:30' });

describe('lateness is recorded, not hidden', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dispatch: Dispatch;
  let clock: FakeClock;
  let services: Services;

  const start = async (now: string) => {
    clock = fakeClock(now);
    services = makeServices(dir.path, clock);
    dispatch = dispatchWithOutputCheck(services);
    await createHandlerVault(dispatch);
  };
  const draftWith = async (lateNote?: string) => {
    const recordId = await draftWithEntries(dispatch, [entry()]);
    if (lateNote === undefined) return recordId;
    const detail = await call(dispatch, 'record.get', { recordId });
    await call(dispatch, 'record.saveDraft', { recordId, draft: { ...detail.draft, lateNote } });
    return recordId;
  };

  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(async () => {
    await dispatch('vault.lock', {});
    dir.remove();
  });

  it('stores 逾期N个工作日 with a version finalized after its deadline, and the 逾期说明 under the fingerprint', async () => {
    await start(LATE_DAY);
    const recordId = await draftWith('  因出差在外，返回后即补报。 ');
    const finalized = await call(dispatch, 'record.finalize', { recordId });
    expect(finalized.lateness).toEqual({ stage: 'finalized', workingDays: 3, estimated: false });
    const stored = services.recordVersions.get(recordId);
    expect(stored.content).toMatchObject({ lateNote: '因出差在外，返回后即补报。', lateness: { workingDays: 3, estimated: false } });
    const record = finalizedRecord(recordOfVersion(stored));
    if (!record.ok) throw new Error(record.problems.join('；'));
    expect(recordFingerprint(recordId, record.record)).toBe(stored.digest);
    const otherNote = { ...record.record, lateNote: '因出差在外。' };
    expect(recordFingerprint(recordId, otherNote)).not.toBe(stored.digest);
  });

  it('stores nothing for a version finalized in time, and leaves no empty 逾期说明 behind', async () => {
    await start('2026-09-30T10:00:00+08:00');
    const recordId = await draftWith('   ');
    const finalized = await call(dispatch, 'record.finalize', { recordId });
    expect(finalized.lateness).toBeNull();
    expect(services.recordVersions.get(recordId).content).not.toHaveProperty('lateNote');
    expect(services.recordVersions.get(recordId).content).not.toHaveProperty('lateness');
  });

  it('refuses a 逾期说明 over 500 字 in Chinese, at finalizing as every field is, and changes nothing', async () => {
    await start(LATE_DAY);
    const recordId = await draftWith('迟'.repeat(501));
    const refused = await dispatch('record.finalize', { recordId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'RECORD_INCOMPLETE' } });
    if (refused.ok) return;
    expect(refused.error.message).toContain('逾期说明不能超过500个字（现为501个字）');
    expect((await call(dispatch, 'record.get', { recordId })).status).toBe('draft');
    const detail = await call(dispatch, 'record.get', { recordId });
    const tooLong = await dispatch('record.saveDraft', { recordId, draft: { ...detail.draft, lateNote: '迟'.repeat(1001) } });
    expect(tooLong).toMatchObject({ ok: false });
    if (tooLong.ok) return;
    expect(tooLong.error.message).toContain('最多 500 个字');
  });

  it('stores the lateness of a sealed form marked 已报送 after the deadline, counted to the day it was handed over', async () => {
    await start('2026-10-09T10:00:00+08:00');
    const recordId = await draftWith();
    expect((await call(dispatch, 'record.finalize', { recordId })).lateness).toBeNull();
    clock.advanceMs(7 * MS_PER_DAY);
    const submitted = await call(dispatch, 'record.markSubmitted', { recordId, submittedOn: '2026-10-15' });
    expect(submitted.lateness).toEqual({ stage: 'submitted', workingDays: 4, estimated: false });
  });

  it('never makes an amendment late in itself: the deadline is the first report’s', async () => {
    await start('2026-09-30T10:00:00+08:00');
    const recordId = await draftWith();
    await call(dispatch, 'record.finalize', { recordId });
    await call(dispatch, 'record.markSubmitted', { recordId, submittedOn: '2026-09-30' });
    clock.advanceMs(30 * MS_PER_DAY);
    await call(dispatch, 'record.amend', { recordId, reason: '补充来电的具体时间' });
    const amended = await call(dispatch, 'record.finalize', { recordId });
    expect(amended.version).toBe(2);
    expect(amended.lateness).toBeNull();
    expect(services.recordVersions.get(recordId).content).not.toHaveProperty('lateness');
    const resubmitted = await call(dispatch, 'record.markSubmitted', { recordId, submittedOn: '2026-10-30' });
    expect(resubmitted.lateness).toBeNull();
  });
});
