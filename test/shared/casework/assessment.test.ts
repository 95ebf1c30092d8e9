import { describe, expect, it } from 'vitest';
import {
  INTERVENTION_ELEMENTS,
  addAssessment,
  assessmentSchema,
  currentAssessment,
  type Assessment,
} from '../../../src-main/shared/casework/assessment.ts';
import { issuesOf } from '../support/zod-issues.ts';

const ALL = [...INTERVENTION_ELEMENTS];
const base = {
  conclusion: 'intervention' as const,
  elementsPresent: ALL,
  reasons: '来电要求关照特定投标人，属以暗示方式提出要求，影响评标。',
  assessor: '赵某',
  assessedOn: '2026-10-15',
  outcome: null,
  outcomeNote: null,
};

describe('an assessment (第九条, 第三条, 第十一条)', () => {
  it.each([
    ['插手干预行为 with all five elements', {}],
    ['问题线索 with some elements', { conclusion: 'problemClue', elementsPresent: ['usesOfficialInfluence'] }],
    ['正常业务咨询 with none', { conclusion: 'normalConsultation', elementsPresent: [] }],
    ['经核实不实 with the verification written', { outcome: 'unfounded', outcomeNote: '经初步核实，当日并无该通话。' }],
    ['诬告陷害 on a 问题线索', { conclusion: 'problemClue', outcome: 'falseAccusation', outcomeNote: '材料系伪造。' }],
  ])('takes %s', (_label, overrides) => {
    expect(issuesOf(assessmentSchema.safeParse({ ...base, ...overrides }))).toEqual({});
  });

  it.each([
    [
      '插手干预行为 missing two elements',
      { elementsPresent: ['breachesRules', 'usesOfficialInfluence', 'affectsMatter'] },
      'elementsPresent',
      '认定为插手干预行为，须具备第三条所列全部要件；尚未勾选：以个人或者借组织名义；以指定、授意、暗示等方式提出要求',
    ],
    [
      '工作建议 with every element ticked',
      { conclusion: 'workSuggestion' },
      'conclusion',
      '已勾选第三条所列全部要件，不应认定为工作建议；请核对要件或研判结论',
    ],
    ['an element ticked twice', { elementsPresent: [...ALL, 'affectsMatter'] }, 'elementsPresent', '第三条所列要件不能重复勾选'],
    ['an element 第三条 does not name', { elementsPresent: ['bribery'] }, 'elementsPresent.0', '所选要件不在第三条所列要件之内'],
    [
      'a verification outcome on 政务公开',
      { conclusion: 'publicAffairs', elementsPresent: [], outcome: 'unfounded', outcomeNote: '不实。' },
      'outcome',
      '研判为政务公开的记录没有核实结论',
    ],
    ['诬告陷害 without what verification found', { outcome: 'falseAccusation' }, 'outcomeNote', '核实结论为诬告陷害时，请填写核实情况'],
    ['a verification note without an outcome', { outcomeNote: '已核实。' }, 'outcomeNote', '只有作出核实结论时才需填写核实情况'],
    ['no reasons', { reasons: '' }, 'reasons', '请填写研判理由'],
    ['no assessor', { assessor: undefined }, 'assessor', '请填写研判人'],
    ['an unknown conclusion', { conclusion: 'minor' }, 'conclusion', '请选择研判结论：正常业务咨询、工作建议、政务公开、插手干预行为或问题线索'],
  ])('refuses %s', (_label, overrides, path, message) => {
    expect(issuesOf(assessmentSchema.safeParse({ ...base, ...overrides }))).toEqual({ [path]: [message] });
  });
});

describe('the assessment history', () => {
  const first = assessmentSchema.parse({ ...base, conclusion: 'problemClue', elementsPresent: [] });
  const history: Assessment[] = [first];

  it('appends a new 研判 and keeps the earlier one', () => {
    const next = addAssessment(history, base, '2026-10-20');
    if (!next.ok) throw new Error(next.message);
    expect(next.value).toEqual([first, assessmentSchema.parse(base)]);
    expect(currentAssessment(next.value)?.conclusion).toBe('intervention');
    expect(history).toEqual([first]);
  });

  it('reads the current assessment of an empty history as none', () => {
    expect(currentAssessment([])).toBeUndefined();
  });

  it.each([
    ['dated after today', { assessedOn: '2026-10-21' }, '研判日期不能晚于今天（2026年10月20日）'],
    ['dated before the last one', { assessedOn: '2026-10-14' }, '研判日期不能早于上一次研判的日期（2026年10月15日）'],
    ['identical to the last one', { conclusion: 'problemClue', elementsPresent: [], assessedOn: '2026-10-18' }, '研判内容与上一次相同，未作更改'],
    [
      'missing five elements',
      { elementsPresent: [] },
      '认定为插手干预行为，须具备第三条所列全部要件；尚未勾选：违反法律法规、议事规则或者工作纪律；利用职权或者职务上的影响；以个人或者借组织名义；以指定、授意、暗示等方式提出要求；对重大事项正常实施造成影响',
    ],
  ])('refuses a 研判 %s', (_label, overrides, message) => {
    expect(addAssessment(history, { ...base, ...overrides } as never, '2026-10-20')).toEqual({ ok: false, message });
  });
});
