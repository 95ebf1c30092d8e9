import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../src-main/core/services.ts';
import type { Output } from '../../src-main/contract/index.ts';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { completeEntry as entry, createHandlerVault, TEST_PROFILE as PROFILE, call } from '../support/dispatch-fixtures.ts';
import { recordStorageId } from '../core/vault/vault-kit.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices } from '../support/test-services.ts';
import { fakeClock, TEST_PASSPHRASE, type FakeClock } from '../support/test-vault.ts';

const HAN = /\p{Script=Han}/u;
const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

type Draft = Output<'record.get'>['draft'];

describe('record channels through dispatch', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dispatch: Dispatch;
  let clock: FakeClock;
  let services: Services;

  beforeEach(async () => {
    dir = makeTempDir();
    clock = fakeClock('2026-09-30T10:00:00+08:00');
    services = makeServices(dir.path, clock);
    dispatch = dispatchWithOutputCheck(services);
    await createHandlerVault(dispatch);
  });
  afterEach(async () => {
    await dispatch('vault.lock', {});
    dir.remove();
  });

  it('creates a draft prefilled from the profile with today as 填报时间', async () => {
    const created = await call(dispatch, 'record.create', {});
    expect(created.status).toBe('draft');
    expect(created.draft.filedAt).toBe('2026-09-30');
    expect(created.draft.filer).toBe('李某');
    expect(created.draft.handler).toEqual(PROFILE);
  });

  it('refuses to finalize an incomplete draft with the missing fields named in Chinese', async () => {
    const created = await call(dispatch, 'record.create', {});
    const result = await dispatch('record.finalize', { recordId: created.recordId });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('RECORD_INCOMPLETE');
    expect(result.error.message).toMatch(HAN);
    expect(result.error.message).toContain('请填写');
  });

  it('finalizes a complete record, routes a bureau-level case to the stationed group, and amends it as version 2', async () => {
    const created = await call(dispatch, 'record.create', {});
    const draft = { ...created.draft, entries: [entry('divisionPrincipal'), entry('departmentDeputy')] };
    const saved = await call(dispatch, 'record.saveDraft', { recordId: created.recordId, draft });
    expect(saved.assessment.routing?.recipients.map((r) => r.recipient)).toEqual(['stationedInspectionGroup']);
    expect(saved.assessment.deadline).toEqual({ deadline: '2026-10-13', workingDaysRemaining: 5, overdue: false, estimated: false });
    expect(saved.assessment.scopes.map((scope) => scope?.verdict)).toEqual(['inScope', 'inScope']);

    const finalized = await call(dispatch, 'record.finalize', { recordId: created.recordId });
    expect(finalized.status).toBe('finalized');
    expect(finalized.digest).toMatch(/^[0-9a-f]{64}$/);
    const refused = await dispatch('record.saveDraft', { recordId: created.recordId, draft });
    expect(refused).toMatchObject({ ok: false, error: { code: 'RECORD_FINALIZED' } });

    const amended = await call(dispatch, 'record.amend', { recordId: created.recordId, reason: '补充发现日期' });
    expect(amended.version).toBe(2);
    expect(amended.status).toBe('draft');
    expect(amended.amendsDigest).toBe(finalized.digest);
  });

  it('marks a finalized version as submitted, and an amendment starts unsubmitted', async () => {
    const created = await call(dispatch, 'record.create', {});
    const draft = { ...created.draft, entries: [entry('divisionPrincipal')] };
    await call(dispatch, 'record.saveDraft', { recordId: created.recordId, draft });
    const early = await dispatch('record.markSubmitted', { recordId: created.recordId, submittedOn: '2026-09-30' });
    expect(early).toMatchObject({ ok: false, error: { code: 'RECORD_NOT_FINALIZED' } });
    await call(dispatch, 'record.finalize', { recordId: created.recordId });
    const future = await dispatch('record.markSubmitted', { recordId: created.recordId, submittedOn: '2026-10-09' });
    expect(future).toMatchObject({ ok: false, error: { code: 'RECORD_INCOMPLETE' } });
    const submitted = await call(dispatch, 'record.markSubmitted', { recordId: created.recordId, submittedOn: '2026-09-30' });
    expect(submitted.submittedOn).toBe('2026-09-30');
    const { records: list } = await call(dispatch, 'record.list', {});
    expect(list[0]?.submittedOn).toBe('2026-09-30');
    const amended = await call(dispatch, 'record.amend', { recordId: created.recordId, reason: '更正' });
    expect(amended.submittedOn).toBeNull();
    const audit = await call(dispatch, 'audit.list', {});
    expect(audit.map((item) => item.action)).toContain('recordSubmitted');
  });

  it('rejects an oversized field in a draft and changes nothing', async () => {
    const created = await call(dispatch, 'record.create', {});
    const huge = { ...created.draft, entries: [{ ...entry('divisionPrincipal'), content: '字'.repeat(20_000) }] };
    const result = await dispatch('record.saveDraft', { recordId: created.recordId, draft: huge });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const again = await call(dispatch, 'record.get', { recordId: created.recordId });
    expect(again.draft).toEqual(created.draft);
  });

  it('lists records with matters, interveners and the deadline', async () => {
    const created = await call(dispatch, 'record.create', {});
    await call(dispatch, 'record.saveDraft', { recordId: created.recordId, draft: { ...created.draft, entries: [entry('divisionPrincipal')] } });
    const { records: list } = await call(dispatch, 'record.list', {});
    expect(list).toHaveLength(1);
    expect(list[0]?.matters).toEqual(['某数据中心机房改造工程招标']);
    expect(list[0]?.interveners).toEqual(['王某某']);
  });

  describe('record.create opens the newest untouched blank draft, or creates one', () => {
    const recordCount = async () => (await call(dispatch, 'record.list', {})).records.length;

    it('opens the same blank draft when asked twice', async () => {
      const first = await call(dispatch, 'record.create', {});
      clock.advanceMs(MS_PER_MINUTE);
      const second = await call(dispatch, 'record.create', {});
      expect(second.recordId).toBe(first.recordId);
      expect(second.draft).toEqual(first.draft);
      expect(await recordCount()).toBe(1);
    });

    it('counts a template saved back unchanged (as the editor does on leaving) as untouched', async () => {
      const first = await call(dispatch, 'record.create', {});
      const asTheEditorSaves = { ...first.draft, entries: [{ learnedOn: null, methodNote: null, kinds: [], intervener: {}, content: '', handling: '' }] };
      await call(dispatch, 'record.saveDraft', { recordId: first.recordId, draft: asTheEditorSaves });
      const second = await call(dispatch, 'record.create', {});
      expect(second.recordId).toBe(first.recordId);
      expect(await recordCount()).toBe(1);
    });

    it.each([
      ['a single field of an entry', (draft: Draft): Draft => ({ ...draft, entries: [{ learnedOn: null, methodNote: null, kinds: [], handling: '已' }] })],
      ['an intervention kind ticked', (draft: Draft): Draft => ({ ...draft, entries: [{ learnedOn: null, methodNote: null, kinds: ['lobbying'] }] })],
      ['a second, empty entry', (draft: Draft): Draft => ({ ...draft, entries: [...draft.entries, { learnedOn: null, methodNote: null, kinds: [] }] })],
      ['填报人 changed', (draft: Draft): Draft => ({ ...draft, filer: '王某' })],
      ['填报人 cleared', (draft: Draft): Draft => ({ ...draft, filer: '' })],
      ['a profile field changed for this record', (draft: Draft): Draft => ({ ...draft, handler: { ...PROFILE, currentPost: '四级主任科员' } })],
      ['填报时间 changed', (draft: Draft): Draft => ({ ...draft, filedAt: '2026-09-29' })],
      ['填报时间 cleared', ({ filedAt: _cleared, ...draft }: Draft): Draft => draft],
    ])('never reuses a draft with %s', async (_what, edit) => {
      const first = await call(dispatch, 'record.create', {});
      await call(dispatch, 'record.saveDraft', { recordId: first.recordId, draft: edit(first.draft) });
      const second = await call(dispatch, 'record.create', {});
      expect(second.recordId).not.toBe(first.recordId);
      expect(second.draft.entries).toEqual([{ learnedOn: null, methodNote: null, kinds: [] }]);
      const kept = await call(dispatch, 'record.get', { recordId: first.recordId });
      expect(kept.draft).toEqual(edit(first.draft));
      expect(await recordCount()).toBe(2);
    });

    it('never reuses a finalized record or an amendment', async () => {
      const created = await call(dispatch, 'record.create', {});
      await call(dispatch, 'record.saveDraft', { recordId: created.recordId, draft: { ...created.draft, entries: [entry('divisionPrincipal')] } });
      await call(dispatch, 'record.finalize', { recordId: created.recordId });
      expect((await call(dispatch, 'record.create', {})).recordId).not.toBe(created.recordId);
      await call(dispatch, 'record.amend', { recordId: created.recordId, reason: '更正' });
      const blank = await call(dispatch, 'record.create', {});
      expect(blank.recordId).not.toBe(created.recordId);
      expect((await call(dispatch, 'record.create', {})).recordId).toBe(blank.recordId);
      expect(await recordCount()).toBe(2);
    });

    it('opens the most recently saved of several untouched drafts', async () => {
      const older = await call(dispatch, 'record.create', {});
      await call(dispatch, 'record.saveDraft', { recordId: older.recordId, draft: { ...older.draft, filer: '王某' } });
      clock.advanceMs(MS_PER_MINUTE);
      const newer = await call(dispatch, 'record.create', {});
      clock.advanceMs(MS_PER_MINUTE);
      // The handler types into the first draft and then deletes it all again: it is a blank template once more.
      await call(dispatch, 'record.saveDraft', { recordId: older.recordId, draft: older.draft });
      expect((await call(dispatch, 'record.create', {})).recordId).toBe(older.recordId);
      clock.advanceMs(MS_PER_MINUTE);
      await call(dispatch, 'record.saveDraft', { recordId: newer.recordId, draft: newer.draft });
      expect((await call(dispatch, 'record.create', {})).recordId).toBe(newer.recordId);
      expect(await recordCount()).toBe(2);
    });

    it('still opens a blank form when another record’s row cannot be read', async () => {
      const damaged = await call(dispatch, 'record.create', {});
      services.vault.require().session.db.prepare('UPDATE sealed_rows SET ciphertext = zeroblob(length(ciphertext)) WHERE storage_id = ?').run(recordStorageId(services.vault, damaged.recordId, 1));
      const blank = await call(dispatch, 'record.create', {});
      expect(blank.recordId).not.toBe(damaged.recordId);
      expect((await call(dispatch, 'record.create', {})).recordId).toBe(blank.recordId);
    });

    it('moves the 填报时间 of a blank draft from an earlier day to today, and still reuses it afterwards', async () => {
      const first = await call(dispatch, 'record.create', {});
      expect(first.draft.filedAt).toBe('2026-09-30');
      // A day away: the vault was locked meanwhile; the handler unlocks and clicks 填写记录表 again.
      await call(dispatch, 'vault.lock', {});
      clock.advanceMs(MS_PER_DAY);
      await call(dispatch, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
      const nextDay = await call(dispatch, 'record.create', {});
      expect(nextDay.recordId).toBe(first.recordId);
      expect(nextDay.draft.filedAt).toBe('2026-10-01');
      await call(dispatch, 'vault.lock', {});
      clock.advanceMs(MS_PER_DAY);
      await call(dispatch, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
      const dayAfter = await call(dispatch, 'record.create', {});
      expect(dayAfter.recordId).toBe(first.recordId);
      expect(dayAfter.draft.filedAt).toBe('2026-10-02');
      expect(await recordCount()).toBe(1);
    });
  });

  describe('warnings about an entry wait until it has content', () => {
    it('gives a blank entry no 职务职级不详 caution, and an entry with content the caution as before', async () => {
      const created = await call(dispatch, 'record.create', {});
      expect(created.assessment.routing?.cautions).toEqual([]);
      expect(created.assessment.scopes).toEqual([null]);
      const blankSecond = { ...created.draft, entries: [entry('divisionPrincipal'), { learnedOn: null, methodNote: null, kinds: [] }] };
      const assessed = await call(dispatch, 'record.assess', { draft: blankSecond });
      expect(assessed.routing?.cautions).toEqual([]);
      const named = { ...created.draft, entries: [entry('divisionPrincipal'), { learnedOn: null, methodNote: null, kinds: [], intervener: { name: '赵某' } }] };
      const cautioned = await call(dispatch, 'record.assess', { draft: named });
      expect(cautioned.routing?.cautions).toEqual([expect.stringContaining('第2项干预具体情况的插手干预人职务职级不详')]);
    });
  });
});
