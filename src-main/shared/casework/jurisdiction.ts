import { z } from 'zod';
import { dateField } from '../form/date-fields.ts';
import { cadreRungInfo } from '../form/cadre-level.ts';
import { PERSON_NAME_MAX_CHARS, UNIT_NAME_MAX_CHARS } from '../form/field-limits.ts';
import type { InterventionRecord } from '../form/record.ts';
import { strictObject } from '../form/strict-object.ts';
import { textField } from '../form/text-field.ts';
import { JURISDICTION_REASON_MAX_CHARS } from './casework-limits.ts';

// 第九条: the body handles a case itself, sends one involving 司局级 cadres straight to the stationed group, or
// marks one that belongs to another body under 监督执纪工作管辖权限.
export const JURISDICTION_DECISIONS = ['ownBody', 'directReport', 'otherBody'] as const;
export type JurisdictionDecisionKind = (typeof JURISDICTION_DECISIONS)[number];
export const JURISDICTION_DECISION_LABELS: Readonly<Record<JurisdictionDecisionKind, string>> = {
  ownBody: '由本单位纪检组织处置',
  directReport: '径报中央纪委国家监委驻工业和信息化部纪检监察组',
  otherBody: '属其他纪检组织管辖',
};

export const jurisdictionDecisionSchema = strictObject('管辖判断', {
  decision: z.enum(JURISDICTION_DECISIONS, { error: '请选择管辖判断' }),
  otherBodyName: textField({ subject: '有管辖权的纪检组织', maxChars: UNIT_NAME_MAX_CHARS, multiline: false }).nullable(),
  reason: textField({ subject: '管辖判断的理由', maxChars: JURISDICTION_REASON_MAX_CHARS, multiline: true }),
  decidedBy: textField({ subject: '判断人', maxChars: PERSON_NAME_MAX_CHARS, multiline: false }),
  decidedOn: dateField('判断日期'),
}).superRefine((decision, context) => {
  if (decision.decision === 'otherBody' && decision.otherBodyName === null) {
    context.addIssue({ code: 'custom', path: ['otherBodyName'], message: '属其他纪检组织管辖的，请填写有管辖权的纪检组织' });
  }
  if (decision.decision !== 'otherBody' && decision.otherBodyName !== null) {
    context.addIssue({ code: 'custom', path: ['otherBodyName'], message: '只有属其他纪检组织管辖时才需填写有管辖权的纪检组织' });
  }
});
export type JurisdictionDecision = z.infer<typeof jurisdictionDecisionSchema>;

export interface JurisdictionFlags {
  // Some intervener's rung is 司局级 or above (第九条, 填表说明5).
  bureauLevel: boolean;
  // Some intervener's rung is 不详, so 司局级 cannot be ruled out until the body checks.
  rankUnknown: boolean;
  // Undecided, and the record's rungs say it may not be the body's own case.
  needsDecision: boolean;
  // Decided for the stationed group or another body, so the record is to be forwarded.
  toForward: boolean;
}

export function jurisdictionFlags(
  record: Pick<InterventionRecord, 'entries'>,
  decision: JurisdictionDecision | null,
): JurisdictionFlags {
  const levels = record.entries.map((entry) => entry.intervener.level);
  const bureauLevel = levels.some((level) => level !== 'unknown' && cadreRungInfo(level).bureauLevelOrAbove);
  const rankUnknown = levels.includes('unknown');
  return {
    bureauLevel,
    rankUnknown,
    needsDecision: decision === null && (bureauLevel || rankUnknown),
    toForward: decision !== null && decision.decision !== 'ownBody',
  };
}
