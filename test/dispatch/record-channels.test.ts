import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices } from '../support/test-services.ts';
import { fakeClock, TEST_PASSPHRASE } from '../support/test-vault.ts';

const HAN = /\p{Script=Han}/u;

const PROFILE = {
  name: '李某',
  politicalStatus: 'cpcMember',
  workUnit: '某省通信管理局网络安全管理处',
  currentPost: '一级主任科员',
  dutyScope: '负责工程建设项目的招标组织和合同管理。',
} as const;

function entry(level: string) {
  return {
    occurredAt: '2026-09-30T09:30',
    learnedOn: null,
    intervener: { name: '王某某', unit: '某省通信管理局', post: '副局长', level, tenure: 'serving' },
    method: 'phone',
    methodNote: null,
    matter: { category: 'construction', item: 'bidding', name: '某数据中心机房改造工程招标' },
    kinds: ['lobbying'],
    content: '来电要求在评标中对某公司“多加关照”，并询问评标专家名单。',
    handling: '当场拒绝，告知须按程序办理，并于当日向分管领导报告。',
  };
}

async function value<T>(result: Promise<Awaited<ReturnType<Dispatch>>>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value as T;
}

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
    const list = await value<{ submittedOn: string | null }[]>(dispatch('record.list', {}));
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
    const list = await value<{ matters: string[]; interveners: string[] }[]>(dispatch('record.list', {}));
    expect(list).toHaveLength(1);
    expect(list[0]?.matters).toEqual(['某数据中心机房改造工程招标']);
    expect(list[0]?.interveners).toEqual(['王某某']);
  });
});
