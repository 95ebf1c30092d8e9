import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { call, completeEntry, createHandlerVault, draftWithEntries } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices, recordingPrinter, type RecordingPrinter } from '../support/test-services.ts';
import { fakeClock, type FakeClock } from '../support/test-vault.ts';

const MS_PER_HOUR = 3_600_000;

describe('version history and 已报送 corrections through dispatch', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dispatch: Dispatch;
  let clock: FakeClock;
  let printer: RecordingPrinter;
  let recordId: string;

  beforeEach(async () => {
    dir = makeTempDir();
    clock = fakeClock('2026-09-30T10:00:00+08:00');
    printer = recordingPrinter();
    dispatch = dispatchWithOutputCheck(makeServices(dir.path, clock, undefined, printer));
    await createHandlerVault(dispatch);
    recordId = await draftWithEntries(dispatch, [completeEntry('divisionDeputy', { content: '第一版的干预内容。' })]);
    await call(dispatch, 'record.finalize', { recordId });
  });
  afterEach(async () => {
    await dispatch('vault.lock', {});
    dir.remove();
  });

  async function amendToSecondVersion() {
    await call(dispatch, 'record.markSubmitted', { recordId, submittedOn: '2026-09-30' });
    const amended = await call(dispatch, 'record.amend', { recordId, reason: '补充来电的具体时间' });
    await call(dispatch, 'record.saveDraft', { recordId, draft: { ...amended.draft, entries: [completeEntry('divisionDeputy', { content: '第二版的干预内容。' })] } });
    return call(dispatch, 'record.finalize', { recordId });
  }

  it('lists each version with its finalized time, fingerprint, amendment reason and 已报送 date', async () => {
    const second = await amendToSecondVersion();
    expect(second.versions).toHaveLength(2);
    const [v1, v2] = second.versions;
    expect(v1).toMatchObject({ version: 1, status: 'finalized', amendmentReason: null, submittedOn: '2026-09-30' });
    expect(v1?.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(v1?.finalizedAt).toBeTruthy();
    expect(v2).toMatchObject({ version: 2, status: 'finalized', amendmentReason: '补充来电的具体时间', submittedOn: null });
    expect(v2?.digest).not.toBe(v1?.digest);
  });

  it('reads any version whole, and refuses a version that does not exist', async () => {
    await amendToSecondVersion();
    const v1 = await call(dispatch, 'record.version', { recordId, version: 1 });
    expect(v1.draft.entries[0]?.content).toBe('第一版的干预内容。');
    expect(v1.submittedOn).toBe('2026-09-30');
    const missing = await dispatch('record.version', { recordId, version: 3 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'RECORD_NOT_FOUND' } });
  });

  it('reprints an earlier version as it was, and logs which version was printed', async () => {
    await amendToSecondVersion();
    await call(dispatch, 'record.print', { recordId, what: 'form', version: 1 });
    const file = join(dir.path, 'v1.pdf');
    writeFileSync(file, (printer.previews[0] as { pdf: Uint8Array }).pdf);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s/g, '');
    expect(text).toContain('第一版的干预内容');
    expect(text).not.toContain('第二版的干预内容');
    const audit = await call(dispatch, 'audit.list', {});
    expect(audit.filter((line) => line.action === 'recordPrinted').map((line) => line.target)).toEqual([{ recordId, version: 1 }]);
  });

  it('withdraws a mistaken 已报送 the same day with a reason, naming the record’s 编号 and the date on the audit trail', async () => {
    await call(dispatch, 'record.markSubmitted', { recordId, submittedOn: '2026-09-30' });
    const noReason = await dispatch('record.withdrawSubmission', { recordId, reason: '  ' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'RECORD_INCOMPLETE', message: '请填写撤销原因' } });
    expect((await call(dispatch, 'record.get', { recordId })).submittedOn).toBe('2026-09-30');

    expect((await call(dispatch, 'record.get', { recordId })).submissionWithdrawable).toBe(true);
    clock.advanceMs(6 * MS_PER_HOUR);
    const withdrawn = await call(dispatch, 'record.withdrawSubmission', { recordId, reason: '误点了已报送，记录表尚未送出' });
    expect(withdrawn.submittedOn).toBeNull();
    const audit = await call(dispatch, 'audit.list', {});
    const entry = audit.find((line) => line.action === 'submissionWithdrawn');
    expect(entry?.target).toEqual({ recordId, version: 1 });
    const number = (recordId.match(/.{4}/g) ?? []).join('-');
    expect(entry?.note).toBe(`编号 ${number}，报送日期 2026年9月30日；撤销原因：误点了已报送，记录表尚未送出`);

    const again = await dispatch('record.withdrawSubmission', { recordId, reason: '再撤一次' });
    expect(again).toMatchObject({ ok: false, error: { code: 'SUBMISSION_NOT_WITHDRAWABLE' } });
  });

  it('keeps a 已报送 marked on an earlier day', async () => {
    await call(dispatch, 'record.markSubmitted', { recordId, submittedOn: '2026-09-30' });
    // 10:00 + 14 h is past midnight in China.
    clock.advanceMs(14 * MS_PER_HOUR);
    expect((await call(dispatch, 'record.get', { recordId })).submissionWithdrawable).toBe(false);
    const late = await dispatch('record.withdrawSubmission', { recordId, reason: '误点了已报送' });
    expect(late).toMatchObject({ ok: false, error: { code: 'SUBMISSION_NOT_WITHDRAWABLE' } });
    expect(late.ok ? '' : late.error.message).toContain('当天');
    expect((await call(dispatch, 'record.get', { recordId })).submittedOn).toBe('2026-09-30');
  });
});
