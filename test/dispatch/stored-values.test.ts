import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../src-main/core/services.ts';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { completeEntry as entry, createHandlerVault, draftWithEntries, call } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices } from '../support/test-services.ts';
import { flipByte, recordStorageId } from '../core/vault/vault-kit.ts';
import { fakeClock, type FakeClock, recordsOf, TEST_PASSPHRASE } from '../support/test-vault.ts';

const HAN = /\p{Script=Han}/u;

// Issue 9, faults 2 and 5: what a channel accepts is what every later read can show, and a stored row that fails
// its schema is named on its own instead of poisoning the screen or passing for tampering.
describe('values a channel stores never break a later read', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let clock: FakeClock;
  let services: Services;
  let dispatch: Dispatch;

  async function finalizedRecord(): Promise<string> {
    const recordId = await draftWithEntries(dispatch, [entry('divisionPrincipal')]);
    await call(dispatch, 'record.finalize', { recordId });
    return recordId;
  }

  async function failure(result: ReturnType<Dispatch>): Promise<{ code: string; message: string }> {
    const answer = await result;
    if (answer.ok) throw new Error('expected a failure');
    expect(answer.error.message).toMatch(HAN);
    return answer.error;
  }

  beforeEach(async () => {
    dir = makeTempDir();
    clock = fakeClock('2026-11-30T10:00:00+08:00');
    services = makeServices(dir.path, clock);
    dispatch = dispatchWithOutputCheck(services);
    await createHandlerVault(dispatch);
  });
  afterEach(async () => {
    await dispatch('vault.lock', {});
    dir.remove();
  });

  it('refuses 报送日期 2026-11-31 as no calendar date, and the records screen keeps working', async () => {
    const recordId = await finalizedRecord();
    const refused = await failure(dispatch('record.markSubmitted', { recordId, submittedOn: '2026-11-31' }));
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.message).toContain('11月只有30天');
    const listing = await call(dispatch, 'record.list', {});
    expect(listing.records.map((record) => record.recordId)).toEqual([recordId]);
    await call(dispatch, 'record.get', { recordId });
    await call(dispatch, 'record.markSubmitted', { recordId, submittedOn: '2026-11-30' });
  });

  it.each(['1970-01-01', '2100-01-01T08:00', '1999-12-31'])('refuses 干预时间 %s outside 2000–2099 when a draft is saved', async (occurredAt) => {
    const created = await call(dispatch, 'record.create', {});
    const draft = { ...created.draft, entries: [{ occurredAt, learnedOn: null, methodNote: null }] };
    const refused = await failure(dispatch('record.saveDraft', { recordId: created.recordId, draft }));
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.message).toContain('2000年至2099年');
    await call(dispatch, 'record.list', {});
    await call(dispatch, 'record.get', { recordId: created.recordId });
    expect((await dispatch('record.assess', { draft })).ok).toBe(false);
  });

  it('reads a draft an earlier version stored with a date outside 2000–2099 without an internal error', async () => {
    const created = await call(dispatch, 'record.create', {});
    for (const occurredAt of ['1970-01-01', '2100-01-01', '2026-02-30T09:00']) {
      recordsOf(services.vault).saveDraft(created.recordId, { ...created.draft, entries: [{ occurredAt, learnedOn: '1970-01-02', methodNote: null }] });
      const detail = await call(dispatch, 'record.get', { recordId: created.recordId });
      expect(detail.assessment.deadline).toBeNull();
      expect((await call(dispatch, 'record.list', {})).records).toHaveLength(1);
    }
  });

  it('shows a record handed over on a date an earlier version stored unchecked, and lets it be corrected', async () => {
    const recordId = await finalizedRecord();
    services.vault.writeSingletons({ submissions: { [recordId]: { version: 1, submittedOn: '2026-11-31' } } }, 'recordSubmitted');
    expect((await call(dispatch, 'record.list', {})).records).toHaveLength(1);
    await call(dispatch, 'record.markSubmitted', { recordId, submittedOn: '2026-11-30' });
    const listing = await call(dispatch, 'record.list', {});
    expect(listing.records[0]?.submittedOn).toBe('2026-11-30');
  });

  it('names a record whose decrypted content fails its schema, as unreadable rather than tampered, and keeps the others usable', async () => {
    const good = await finalizedRecord();
    const bad = await call(dispatch, 'record.create', {});
    recordsOf(services.vault).saveDraft(bad.recordId, { entries: 'not a list' });

    const listing = await call(dispatch, 'record.list', {});
    expect(listing.records.map((record) => record.recordId)).toEqual([good]);
    expect(listing.unreadable).toHaveLength(1);
    expect(listing.unreadable[0]?.recordId).toBe(bad.recordId);
    expect(listing.unreadable[0]?.code).toBe('ROW_UNREADABLE');

    const opened = await failure(dispatch('record.get', { recordId: bad.recordId }));
    expect(opened.code).toBe('ROW_UNREADABLE');
    expect(opened.message).toContain(bad.recordId.slice(0, 4));
    await call(dispatch, 'record.get', { recordId: good });
    await call(dispatch, 'record.deleteDraft', { recordId: bad.recordId });
    expect((await call(dispatch, 'record.list', {})).unreadable).toEqual([]);
  });

  it('names a record whose row fails authentication as tampered, and keeps the others usable', async () => {
    const good = await finalizedRecord();
    const bad = await finalizedRecord();
    // A byte in the middle of the ciphertext: the tag the unlock checks is intact, the row no longer decrypts.
    const { db } = services.vault.require().session;
    const at = recordStorageId(services.vault, bad, 1);
    const row = db.prepare('SELECT ciphertext FROM sealed_rows WHERE storage_id = ?').get(at) as { ciphertext: Buffer };
    db.prepare('UPDATE sealed_rows SET ciphertext = ? WHERE storage_id = ?').run(flipByte(row.ciphertext, 10), at);
    // The list reads its index, not the forms: the damage is found by the full verification after an unlock.
    services.vault.lock();
    await services.vault.unlock(TEST_PASSPHRASE);
    expect((await services.vault.verificationDone()).state).toBe('failed');
    const listing = await call(dispatch, 'record.list', {});
    expect(listing.records.map((record) => record.recordId)).toEqual([good]);
    expect(listing.unreadable.map((row) => [row.recordId, row.code])).toEqual([[bad, 'ROW_TAMPERED']]);
    const opened = await failure(dispatch('record.get', { recordId: bad }));
    expect(opened.code).toBe('ROW_TAMPERED');
    expect(opened.message).toContain(bad.slice(0, 4));
  });

  describe('dates after today are refused where the handler writes (fault 5)', () => {
    it.each([
      ['filedAt', { filedAt: '2026-12-01' }, '填报时间不能晚于今天'],
      ['occurredAt', { entries: [{ occurredAt: '2026-12-01T09:00', learnedOn: null, methodNote: null }] }, '干预时间不能晚于今天'],
      ['learnedOn', { entries: [{ occurredAt: '2026-11-20T09:00', learnedOn: '2026-12-03', methodNote: null }] }, '发现日期不能晚于今天'],
      ['learnedOn before', { entries: [{ occurredAt: '2026-11-20T09:00', learnedOn: '2026-11-19', methodNote: null }] }, '发现日期不能早于干预时间'],
    ])('saveDraft refuses %s', async (_field, change, message) => {
      const created = await call(dispatch, 'record.create', {});
      const refused = await failure(dispatch('record.saveDraft', { recordId: created.recordId, draft: { ...created.draft, ...change } }));
      expect(refused.code).toBe('INVALID_DATE');
      expect(refused.message).toContain(message);
      const stored = await call(dispatch, 'record.get', { recordId: created.recordId });
      expect(stored.draft).toEqual(created.draft);
    });

    it('finalize refuses a draft whose 干预时间 is after today', async () => {
      const created = await call(dispatch, 'record.create', {});
      recordsOf(services.vault).saveDraft(created.recordId, { ...created.draft, entries: [entry('divisionPrincipal', { occurredAt: '2026-12-05T09:00' })] });
      const refused = await failure(dispatch('record.finalize', { recordId: created.recordId }));
      expect(refused.code).toBe('INVALID_DATE');
      expect(refused.message).toContain('第1项');
    });

    it('still reads, lists and amends a record whose dates are after the clock, as another machine wrote it', async () => {
      const recordId = await finalizedRecord();
      clock.advanceMs(-90 * 86_400_000);
      const listing = await call(dispatch, 'record.list', {});
      expect(listing.records).toHaveLength(1);
      await call(dispatch, 'record.get', { recordId });
    });
  });
});
