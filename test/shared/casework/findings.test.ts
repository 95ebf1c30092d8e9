import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSITION_STEP_KINDS } from '../../../src-main/shared/casework/disposition.ts';
import {
  FINDING_KINDS,
  addFindingStep,
  findingArticle,
  findingSchema,
  newFinding,
  type FindingInput,
} from '../../../src-main/shared/casework/findings.ts';
import { issuesOf } from '../support/zod-issues.ts';

const concealment = {
  kind: 'concealment',
  subjectKind: 'handler',
  subjectName: '孙某',
  protectedHandler: null,
  recordIds: ['R0001'],
  facts: '经查，孙某对同年6月的一次来电未作记录。',
  foundBy: '赵某',
  foundOn: '2026-11-02',
  disposition: [{ kind: 'remindingTalk', by: '赵某', on: '2026-11-05', what: '谈话提醒。', notes: null }],
};
const retaliation = { ...concealment, kind: 'retaliation', subjectKind: 'leadingCadre', subjectName: '王某某', protectedHandler: '李某' };

describe('findings under 第十条 and 第十一条', () => {
  it('files each kind under its article', () => {
    expect(FINDING_KINDS.map((kind) => [kind, findingArticle(kind)])).toEqual([
      ['concealment', '第十条'],
      ['untruthfulRecord', '第十条'],
      ['unfoundedBlame', '第十一条'],
      ['retaliation', '第十一条'],
      ['leak', '第十一条'],
    ]);
  });

  it.each([
    ['瞒报 by a handler, with its disposition', concealment],
    ['打击报复 against a handler', retaliation],
    ['a leak by another person', { ...retaliation, kind: 'leak', subjectKind: 'otherPerson', protectedHandler: null }],
  ])('takes %s', (_label, finding) => {
    expect(issuesOf(findingSchema.safeParse(finding))).toEqual({});
  });

  it.each([
    ['第十条 against someone it does not name', { ...concealment, subjectKind: 'otherPerson' }, 'subjectKind', '第十条的责任对象应为相关党组织、领导干部或重大事项承办人员'],
    ['打击报复 without the handler it protects', { ...retaliation, protectedHandler: null }, 'protectedHandler', '对承办人员打击报复事项，请填写受保护的承办人员'],
    ['a protected handler on 瞒报', { ...concealment, protectedHandler: '李某' }, 'protectedHandler', '第十条事项不需填写受保护的承办人员'],
    ['a disposition step without a date', { ...concealment, disposition: [{ ...concealment.disposition[0], on: '' }] }, 'disposition.0.on', '请填写处置日期'],
  ])('refuses %s', (_label, finding, path, message) => {
    expect(issuesOf(findingSchema.safeParse(finding))).toEqual({ [path]: [message] });
  });
});

describe('registering a finding and following it to its disposition', () => {
  const kinds = DEFAULT_DISPOSITION_STEP_KINDS;
  const input = Object.fromEntries(Object.entries(concealment).filter(([key]) => key !== 'disposition'));
  const registered = newFinding(input as FindingInput, '2026-11-02');

  it('starts with no step, then takes steps dated from its registration on', () => {
    if (!registered.ok) throw new Error(registered.message);
    expect(registered.value.disposition).toEqual([]);
    const step = { kind: 'remindingTalk', by: '赵某', on: '2026-11-05', what: '谈话提醒。', notes: null };
    const stepped = addFindingStep(registered.value, { kinds, input: step, today: '2026-11-05' });
    expect(stepped.ok && stepped.value.disposition).toEqual([step]);
    expect(addFindingStep(registered.value, { kinds, input: { ...step, on: '2026-11-01' }, today: '2026-11-05' })).toEqual({
      ok: false,
      message: '处置日期不能早于登记该事项的日期（2026年11月2日）',
    });
  });

  it('refuses a finding dated after today', () => {
    expect(newFinding(input as FindingInput, '2026-11-01')).toEqual({ ok: false, message: '登记日期不能晚于今天（2026年11月1日）' });
  });
});
