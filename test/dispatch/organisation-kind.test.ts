import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { call, completeEntry, createHandlerVault, draftWithEntries } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices } from '../support/test-services.ts';
import { fakeClock } from '../support/test-vault.ts';

type Level = Parameters<typeof completeEntry>[0];
type Kind = 'ministryDepartment' | 'outsideSystem';

const withKind = (level: Level, organisationKind?: Kind) =>
  completeEntry(level, {
    intervener: { name: '王某某', unit: '某单位', post: '副局长', level, tenure: 'serving', ...(organisationKind ? { organisationKind } : {}) },
  });

// 第二条 turns on the intervener's organisation: new versions must say which, and the answer reaches the panel.
describe('the intervener’s organisation kind', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dispatch: Dispatch;

  beforeEach(async () => {
    dir = makeTempDir();
    dispatch = dispatchWithOutputCheck(makeServices(dir.path, fakeClock('2026-09-30T10:00:00+08:00')));
    await createHandlerVault(dispatch);
  });
  afterEach(async () => {
    await dispatch('vault.lock', {});
    dir.remove();
  });

  it('is required to finalize a new version, named in Chinese, and the draft stays a draft', async () => {
    const recordId = await draftWithEntries(dispatch, [withKind('divisionPrincipal', 'ministryDepartment'), withKind('divisionPrincipal')]);
    const refused = await dispatch('record.finalize', { recordId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'RECORD_INCOMPLETE' } });
    if (refused.ok) return;
    expect(refused.error.message).toBe('记录表尚未填写完整，不能完成填报：请选择第2项插手干预人所在单位类别。');
    expect((await call(dispatch, 'record.get', { recordId })).status).toBe('draft');
  });

  it('takes someone outside the system out of scope and out of 径报, while the record still goes to the unit body', async () => {
    const recordId = await draftWithEntries(dispatch, [withKind('departmentPrincipal', 'outsideSystem')]);
    const detail = await call(dispatch, 'record.get', { recordId });
    expect(detail.assessment.scopes[0]?.verdict).toBe('outOfScope');
    expect(detail.assessment.scopes[0]?.reason).toContain('第二条不适用');
    expect(detail.assessment.routing?.recipients.map(({ recipient }) => recipient)).toEqual(['unitDisciplineBody']);
    expect((await call(dispatch, 'record.finalize', { recordId })).status).toBe('finalized');
  });

  it('refuses a kind the rule does not name, with the Chinese message', async () => {
    const entry = { ...withKind('divisionPrincipal'), intervener: { ...withKind('divisionPrincipal').intervener, organisationKind: 'foreignEmbassy' } };
    const created = await call(dispatch, 'record.create', {});
    const refused = await dispatch('record.saveDraft', { recordId: created.recordId, draft: { ...created.draft, entries: [entry] } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (refused.ok) return;
    expect(refused.error.message).toContain('请选择插手干预人所在单位类别');
  });
});
