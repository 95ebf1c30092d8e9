import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { completeEntry as entry, TEST_PROFILE as PROFILE, value } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices } from '../support/test-services.ts';
import { fakeClock, TEST_PASSPHRASE } from '../support/test-vault.ts';

const HAN = /\p{Script=Han}/u;

interface Detail {
  recordId: string;
  version: number;
  status: string;
  digest: string | null;
  amendsDigest: string | null;
  draft: { filer: string; handler: object; entries: object[]; filedAt: string };
  assessment: {
    routing: { recipients: { recipient: string }[] } | null;
    deadline: { deadline: string; estimated: boolean } | null;
    scopes: ({ verdict: string } | null)[];
  };
}

describe('record channels through dispatch', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dispatch: Dispatch;

  beforeEach(async () => {
    dir = makeTempDir();
    dispatch = dispatchWithOutputCheck(makeServices(dir.path, fakeClock('2026-09-30T10:00:00+08:00')));
    await value(dispatch('vault.create', { passphrase: TEST_PASSPHRASE }));
    await value(dispatch('profile.save', { profile: PROFILE, unit: { unitHasDisciplineBody: true } }));
  });
  afterEach(async () => {
    await dispatch('vault.lock', {});
    dir.remove();
  });

  it('creates a draft prefilled from the profile with today as 填报时间', async () => {
    const created = await value<Detail>(dispatch('record.create', {}));
    expect(created.status).toBe('draft');
    expect(created.draft.filedAt).toBe('2026-09-30');
    expect(created.draft.filer).toBe('李某');
    expect(created.draft.handler).toEqual(PROFILE);
  });

  it('refuses to finalize an incomplete draft with the missing fields named in Chinese', async () => {
    const created = await value<Detail>(dispatch('record.create', {}));
    const result = await dispatch('record.finalize', { recordId: created.recordId });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('RECORD_INCOMPLETE');
    expect(result.error.message).toMatch(HAN);
    expect(result.error.message).toContain('请填写');
  });

  it('finalizes a complete record, routes a bureau-level case to the stationed group, and amends it as version 2', async () => {
    const created = await value<Detail>(dispatch('record.create', {}));
    const draft = { ...created.draft, entries: [entry('divisionPrincipal'), entry('departmentDeputy')] };
    const saved = await value<Detail>(dispatch('record.saveDraft', { recordId: created.recordId, draft }));
    expect(saved.assessment.routing?.recipients.map((r) => r.recipient)).toEqual([
      'unitDisciplineBody',
      'stationedInspectionGroup',
    ]);
    expect(saved.assessment.deadline).toEqual({ deadline: '2026-10-13', workingDaysRemaining: 5, overdue: false, estimated: false });
    expect(saved.assessment.scopes.map((scope) => scope?.verdict)).toEqual(['inScope', 'inScope']);

    const finalized = await value<Detail>(dispatch('record.finalize', { recordId: created.recordId }));
    expect(finalized.status).toBe('finalized');
    expect(finalized.digest).toMatch(/^[0-9a-f]{64}$/);
    const refused = await dispatch('record.saveDraft', { recordId: created.recordId, draft });
    expect(refused).toMatchObject({ ok: false, error: { code: 'RECORD_FINALIZED' } });

    const amended = await value<Detail>(dispatch('record.amend', { recordId: created.recordId, reason: '补充发现日期' }));
    expect(amended.version).toBe(2);
    expect(amended.status).toBe('draft');
    expect(amended.amendsDigest).toBe(finalized.digest);
  });

  it('marks a finalized version as submitted, and an amendment starts unsubmitted', async () => {
    const created = await value<Detail>(dispatch('record.create', {}));
    const draft = { ...created.draft, entries: [entry('divisionPrincipal')] };
    await value(dispatch('record.saveDraft', { recordId: created.recordId, draft }));
    const early = await dispatch('record.markSubmitted', { recordId: created.recordId, submittedOn: '2026-09-30' });
    expect(early).toMatchObject({ ok: false, error: { code: 'RECORD_NOT_FINALIZED' } });
    await value(dispatch('record.finalize', { recordId: created.recordId }));
    const future = await dispatch('record.markSubmitted', { recordId: created.recordId, submittedOn: '2026-10-09' });
    expect(future).toMatchObject({ ok: false, error: { code: 'RECORD_INCOMPLETE' } });
    const submitted = await value<{ submittedOn: string | null }>(
      dispatch('record.markSubmitted', { recordId: created.recordId, submittedOn: '2026-09-30' }),
    );
    expect(submitted.submittedOn).toBe('2026-09-30');
    const { records: list } = await value<{ records: { submittedOn: string | null }[] }>(dispatch('record.list', {}));
    expect(list[0]?.submittedOn).toBe('2026-09-30');
    const amended = await value<{ submittedOn: string | null }>(dispatch('record.amend', { recordId: created.recordId, reason: '更正' }));
    expect(amended.submittedOn).toBeNull();
    const audit = await value<{ action: string }[]>(dispatch('audit.list', {}));
    expect(audit.map((item) => item.action)).toContain('recordSubmitted');
  });

  it('rejects an oversized field in a draft and changes nothing', async () => {
    const created = await value<Detail>(dispatch('record.create', {}));
    const huge = { ...created.draft, entries: [{ ...entry('divisionPrincipal'), content: '字'.repeat(20_000) }] };
    const result = await dispatch('record.saveDraft', { recordId: created.recordId, draft: huge });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const again = await value<Detail>(dispatch('record.get', { recordId: created.recordId }));
    expect(again.draft).toEqual(created.draft);
  });

  it('lists records with matters, interveners and the deadline', async () => {
    const created = await value<Detail>(dispatch('record.create', {}));
    await value(dispatch('record.saveDraft', { recordId: created.recordId, draft: { ...created.draft, entries: [entry('divisionPrincipal')] } }));
    const { records: list } = await value<{ records: { matters: string[]; interveners: string[] }[] }>(dispatch('record.list', {}));
    expect(list).toHaveLength(1);
    expect(list[0]?.matters).toEqual(['某数据中心机房改造工程招标']);
    expect(list[0]?.interveners).toEqual(['王某某']);
  });
});
