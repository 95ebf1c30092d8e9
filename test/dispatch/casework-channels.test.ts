import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../src-main/contract/index.ts';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { INTERVENTION_ELEMENTS } from '../../src-main/shared/casework/assessment.ts';
import { pdfPages, squash } from '../core/pdf/support/pdf-tools.ts';
import { call, completeEntry, paperRecordFor } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices, scriptedDialogs, type ScriptedDialogs } from '../support/test-services.ts';
import { fakeClock, TEST_PASSPHRASE, type FakeClock } from '../support/test-vault.ts';

// A paper form as the body keys it in: filed on 9-30, the intervention on 9-30, a 副司长 (厅局级副职).
const paperRecord = paperRecordFor('departmentDeputy');
const assessment: Input<'casework.assess'>['assessment'] = {
  conclusion: 'intervention',
  elementsPresent: [...INTERVENTION_ELEMENTS],
  reasons: '来电要求关照特定投标人，属以暗示方式提出要求。',
  assessor: '赵某',
  assessedOn: '2026-10-15',
  outcome: null,
  outcomeNote: null,
};

describe('the discipline body’s casework through dispatch', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dialogs: ScriptedDialogs;
  let dispatch: Dispatch;
  let clock: FakeClock;

  beforeEach(async () => {
    dir = makeTempDir();
    dialogs = scriptedDialogs();
    clock = fakeClock('2026-10-15T10:00:00+08:00');
    dispatch = dispatchWithOutputCheck(makeServices(dir.path, clock, dialogs), 'disciplineBody');
    await call(dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
  });
  afterEach(() => dir.remove());

  const keyIn = (record = paperRecord) => call(dispatch, 'casework.keyInPaper', { record });

  it('keys in a paper form, assesses, disposes and keeps it all across a lock', async () => {
    const keyed = await keyIn();
    const { recordId } = keyed.entry;
    expect([keyed.entry.source, keyed.entry.receivedOn]).toEqual(['paperEntry', '2026-10-15']);
    await call(dispatch, 'casework.changeReceivedOn', {
      recordId,
      change: { to: '2026-10-13', reason: '纸质件10月13日送达，当日未及录入。', changedBy: '赵某' },
    });
    await call(dispatch, 'casework.assess', { recordId, assessment });
    await call(dispatch, 'casework.addStep', { recordId, step: { kind: 'registration', by: '赵某', on: '2026-10-15', what: '登记备案。', notes: null } });
    await call(dispatch, 'casework.decideJurisdiction', {
      recordId,
      decision: { decision: 'directReport', otherBodyName: null, reason: '插手干预人为厅局级副职。', decidedBy: '赵某', decidedOn: '2026-10-15' },
    });
    await call(dispatch, 'vault.lock', {});
    await call(dispatch, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
    const stored = await call(dispatch, 'casework.get', { recordId });
    expect(stored.entry.receivedOn).toBe('2026-10-13');
    expect(stored.entry.receivedOnChanges.map((change) => change.changedOn)).toEqual(['2026-10-15']);
    expect(stored.assessments.map((each) => each.conclusion)).toEqual(['intervention']);
    expect(stored.disposition.map((step) => step.kind)).toEqual(['registration']);
    expect(stored.jurisdiction?.decision).toBe('directReport');

    const [row, ...others] = await call(dispatch, 'casework.inbox', { assessment: 'intervention' });
    expect(others).toEqual([]);
    expect([row?.recordId, row?.timeliness.verdict, row?.jurisdiction.toForward]).toEqual([recordId, 'onTime', true]);
    expect(await call(dispatch, 'casework.inbox', { text: '多加关照' })).toHaveLength(1);
    expect(await call(dispatch, 'casework.inbox', { text: '不存在的词' })).toEqual([]);

    const audit = await call(dispatch, 'audit.list', {});
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['paperEntryKeyedIn', 'receivedOnChanged', 'caseAssessed', 'dispositionStepAdded', 'jurisdictionDecided']),
    );
  });

  it('keeps the inbox current through every change, the next day and a lock', async () => {
    expect(await call(dispatch, 'casework.inbox', {})).toEqual([]);
    const { entry } = await keyIn();
    expect((await call(dispatch, 'casework.inbox', {})).map((row) => row.recordId)).toEqual([entry.recordId]);
    await call(dispatch, 'casework.assess', { recordId: entry.recordId, assessment });
    expect(await call(dispatch, 'casework.inbox', { assessment: 'intervention' })).toHaveLength(1);
    const settings = await call(dispatch, 'casework.getSettings', {});
    await call(dispatch, 'casework.saveSettings', { ...settings, reminderAfterDays: 1 });
    expect(await call(dispatch, 'casework.inbox', { reminderDue: true })).toEqual([]);
    clock.advanceMs(2 * 86_400_000);
    const [due] = await call(dispatch, 'casework.inbox', { reminderDue: true });
    expect(due?.reminder).toBe('收到已2天，尚未处置');
    await call(dispatch, 'vault.lock', {});
    await call(dispatch, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
    expect(await call(dispatch, 'casework.inbox', { reminderDue: true })).toHaveLength(1);
  });

  it.each([
    [
      'a received date after today',
      'casework.changeReceivedOn',
      { change: { to: '2026-10-16', reason: '更正。', changedBy: '赵某' } },
      '收到日期不能晚于今天（2026年10月15日）',
    ],
    ['a 研判 dated tomorrow', 'casework.assess', { assessment: { ...assessment, assessedOn: '2026-10-16' } }, '研判日期不能晚于今天（2026年10月15日）'],
    [
      'a step the body has not set up',
      'casework.addStep',
      { step: { kind: 'warning', by: '赵某', on: '2026-10-15', what: '警告。', notes: null } },
      '“warning”不是本单位设置的处置步骤',
    ],
  ] as const)('refuses %s with its own message and changes nothing', async (_label, channel, input, message) => {
    const { entry } = await keyIn();
    const before = await call(dispatch, 'casework.get', { recordId: entry.recordId });
    const answer = await dispatch(channel, { recordId: entry.recordId, ...input });
    expect(answer).toEqual({ ok: false, error: { code: 'CASEWORK_REFUSED', message } });
    expect(await call(dispatch, 'casework.get', { recordId: entry.recordId })).toEqual(before);
  });

  it('answers CASE_NOT_FOUND for a record it does not hold', async () => {
    expect(await dispatch('casework.get', { recordId: 'f'.repeat(32) })).toEqual({
      ok: false,
      error: { code: 'CASE_NOT_FOUND', message: '找不到该记录的案卷。' },
    });
  });

  it('saves the annual summary as a PDF and a workbook where the officer chooses', async () => {
    await keyIn();
    dialogs.savePaths.push(join(dir.path, '汇总.pdf'));
    const saved = await call(dispatch, 'casework.saveSummary', { year: 2026, bodyName: '某省通信管理局纪检组', includeNames: false });
    expect(saved).toEqual({ done: true, pdfPath: join(dir.path, '汇总.pdf'), xlsxPath: join(dir.path, '汇总.xlsx') });
    const text = squash(pdfPages(readFileSync(join(dir.path, '汇总.pdf'))).join(''));
    expect(text).toContain('共收到领导干部插手干预重大事项记录表1份');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(dir.path, '汇总.xlsx')) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('记录清单')?.rowCount).toBe(2);
    expect((await call(dispatch, 'audit.list', {})).map((entry) => entry.action)).toContain('summarySaved');

    dialogs.savePaths.push(undefined);
    expect(await call(dispatch, 'casework.saveSummary', { year: 2025, bodyName: '某纪检组', includeNames: false })).toEqual({
      done: false,
      pdfPath: null,
      xlsxPath: null,
    });
    expect(existsSync(join(dir.path, '汇总.pdf'))).toBe(true);
  });

  it('shows an intervener across records, merges two identities the body knows to be one person and splits them again', async () => {
    const elsewhere = completeEntry('departmentPrincipal', {
      intervener: { name: '王某某', unit: '某市通信管理局', post: '局长', level: 'departmentPrincipal', tenure: 'serving' },
    }) as Input<'casework.keyInPaper'>['record']['entries'][number];
    await keyIn();
    await keyIn();
    await keyIn({ ...paperRecord, entries: [elsewhere] });
    const listed = await call(dispatch, 'intervener.list', {});
    expect(listed.map((identity) => [identity.key, identity.recordIds.length])).toEqual([
      ['王某某|某省通信管理局', 2],
      ['王某某|某市通信管理局', 1],
    ]);
    expect(await call(dispatch, 'casework.inbox', { repeatedIntervener: true })).toHaveLength(2);

    const merged = await call(dispatch, 'intervener.merge', { keys: ['王某某|某省通信管理局', '王某某|某市通信管理局'] });
    expect(merged.map((identity) => identity.recordIds.length)).toEqual([3]);
    expect(await call(dispatch, 'casework.inbox', { repeatedIntervener: true })).toHaveLength(3);
    expect(await dispatch('intervener.merge', { keys: ['王某某|某市通信管理局', '张某|某公司'] })).toEqual({
      ok: false,
      error: { code: 'CASEWORK_REFUSED', message: '所选插手干预人已与他人合并，请先拆分原合并' },
    });

    const mergeId = merged[0]?.mergeId ?? '';
    const split = await call(dispatch, 'intervener.split', { mergeId });
    expect(split.map((identity) => identity.recordIds.length)).toEqual([2, 1]);
    expect(await dispatch('intervener.split', { mergeId })).toEqual({
      ok: false,
      error: { code: 'CASEWORK_REFUSED', message: '找不到该合并，可能已经拆分' },
    });
  });

  it('registers a 第十一条 finding and follows it to its disposition', async () => {
    const finding: Input<'finding.add'>['finding'] = {
      kind: 'retaliation',
      subjectKind: 'leadingCadre',
      subjectName: '王某某',
      protectedHandler: '李某',
      recordIds: [],
      facts: '李某记录后被无故调离岗位。',
      foundBy: '赵某',
      foundOn: '2026-10-15',
    };
    const added = await call(dispatch, 'finding.add', { finding });
    await call(dispatch, 'finding.addStep', {
      id: added.id,
      step: { kind: 'preliminaryVerification', by: '赵某', on: '2026-10-15', what: '初步核实。', notes: null },
    });
    const [listed] = await call(dispatch, 'finding.list', {});
    expect(listed?.finding.disposition.map((step) => step.kind)).toEqual(['preliminaryVerification']);
    expect(await dispatch('finding.add', { finding: { ...finding, protectedHandler: null } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
