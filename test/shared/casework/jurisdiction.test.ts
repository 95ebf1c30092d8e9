import { describe, expect, it } from 'vitest';
import { jurisdictionDecisionSchema, jurisdictionFlags } from '../../../src-main/shared/casework/jurisdiction.ts';
import { validEntry } from '../support/valid-record.ts';
import { issuesOf } from '../support/zod-issues.ts';
import { finalizedRecord } from './support/casework-fixtures.ts';

const decision = { decision: 'directReport', otherBodyName: null, reason: '插手干预人为副司长。', decidedBy: '赵某', decidedOn: '2026-10-14' };
const withLevels = (...levels: string[]) =>
  finalizedRecord({ entries: levels.map((level) => ({ intervener: { ...validEntry().intervener, level } })) });

describe('jurisdiction flags (第九条)', () => {
  it.each([
    ['a 县处级正职 alone', ['divisionPrincipal'], null, { bureauLevel: false, rankUnknown: false, needsDecision: false, toForward: false }],
    ['a 厅局级副职 (副司长)', ['departmentDeputy'], null, { bureauLevel: true, rankUnknown: false, needsDecision: true, toForward: false }],
    ['a 二级巡视员', ['secondInspector'], null, { bureauLevel: true, rankUnknown: false, needsDecision: true, toForward: false }],
    ['a 一级调研员', ['firstResearcher'], null, { bureauLevel: false, rankUnknown: false, needsDecision: false, toForward: false }],
    ['a rank 不详 beside a 县处级', ['divisionDeputy', 'unknown'], null, { bureauLevel: false, rankUnknown: true, needsDecision: true, toForward: false }],
    ['a 司局级 case decided for the stationed group', ['departmentPrincipal'], decision, { bureauLevel: true, rankUnknown: false, needsDecision: false, toForward: true }],
    [
      'a 不详 case the body keeps',
      ['unknown'],
      { ...decision, decision: 'ownBody' },
      { bureauLevel: false, rankUnknown: true, needsDecision: false, toForward: false },
    ],
  ])('%s', (_label, levels, decided, flags) => {
    const parsedDecision = decided === null ? null : jurisdictionDecisionSchema.parse(decided);
    expect(jurisdictionFlags(withLevels(...levels), parsedDecision)).toEqual(flags);
  });

  it.each([
    ['another body without its name', { decision: 'otherBody' }, 'otherBodyName', '属其他纪检组织管辖的，请填写有管辖权的纪检组织'],
    ['a body name for a direct report', { otherBodyName: '某局纪委' }, 'otherBodyName', '只有属其他纪检组织管辖时才需填写有管辖权的纪检组织'],
    ['no reason', { reason: '' }, 'reason', '请填写管辖判断的理由'],
  ])('refuses a decision with %s', (_label, overrides, path, message) => {
    expect(issuesOf(jurisdictionDecisionSchema.safeParse({ ...decision, ...overrides }))).toEqual({ [path]: [message] });
  });
});
