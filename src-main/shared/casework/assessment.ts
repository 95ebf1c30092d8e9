import { z } from 'zod';
import { formatChinaDate } from '../calendar/china-time.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import { dateField } from '../form/date-fields.ts';
import { PERSON_NAME_MAX_CHARS } from '../form/field-limits.ts';
import { strictObject } from '../form/strict-object.ts';
import { textField } from '../form/text-field.ts';
import { ASSESSMENT_REASONS_MAX_CHARS, OUTCOME_NOTE_MAX_CHARS } from './casework-limits.ts';
import { parsed, refused, type CaseworkResult } from './casework-result.ts';

// 第九条: 分析研判 tells 正常的业务咨询、工作建议、政务公开 apart from 插手干预重大事项行为; what is 确属问题线索 is
// handled per 监督执纪工作管辖权限.
export const ASSESSMENT_CONCLUSIONS = [
  'normalConsultation',
  'workSuggestion',
  'publicAffairs',
  'intervention',
  'problemClue',
] as const;
export type AssessmentConclusion = (typeof ASSESSMENT_CONCLUSIONS)[number];
export const ASSESSMENT_CONCLUSION_LABELS: Readonly<Record<AssessmentConclusion, string>> = {
  normalConsultation: '正常业务咨询',
  workSuggestion: '工作建议',
  publicAffairs: '政务公开',
  intervention: '插手干预行为',
  problemClue: '问题线索',
};
export const NOT_ASSESSED_LABEL = '尚未研判';

const NOT_INTERVENTION: ReadonlySet<AssessmentConclusion> = new Set(['normalConsultation', 'workSuggestion', 'publicAffairs']);

export function isInterventionConclusion(conclusion: AssessmentConclusion): boolean {
  return !NOT_INTERVENTION.has(conclusion);
}

// 第三条 defines 插手干预行为 by five elements, all of which must be present.
export const INTERVENTION_ELEMENTS = [
  'breachesRules',
  'usesOfficialInfluence',
  'personallyOrInOrganisationName',
  'byDirectionOrHint',
  'affectsMatter',
] as const;
export type InterventionElement = (typeof INTERVENTION_ELEMENTS)[number];
export const INTERVENTION_ELEMENT_LABELS: Readonly<Record<InterventionElement, string>> = {
  breachesRules: '违反法律法规、议事规则或者工作纪律',
  usesOfficialInfluence: '利用职权或者职务上的影响',
  personallyOrInOrganisationName: '以个人或者借组织名义',
  byDirectionOrHint: '以指定、授意、暗示等方式提出要求',
  affectsMatter: '对重大事项正常实施造成影响',
};

// 第十一条: what verification may find about the record itself.
export const VERIFICATION_OUTCOMES = ['unfounded', 'falseAccusation'] as const;
export type VerificationOutcome = (typeof VERIFICATION_OUTCOMES)[number];
export const VERIFICATION_OUTCOME_LABELS: Readonly<Record<VerificationOutcome, string>> = {
  unfounded: '经核实不实',
  falseAccusation: '诬告陷害',
};

export const assessmentSchema = strictObject('分析研判', {
  conclusion: z.enum(ASSESSMENT_CONCLUSIONS, { error: '请选择研判结论：正常业务咨询、工作建议、政务公开、插手干预行为或问题线索' }),
  elementsPresent: z
    .array(z.enum(INTERVENTION_ELEMENTS, { error: '所选要件不在第三条所列要件之内' }))
    .refine((elements) => new Set(elements).size === elements.length, '第三条所列要件不能重复勾选'),
  reasons: textField({ subject: '研判理由', maxChars: ASSESSMENT_REASONS_MAX_CHARS, multiline: true }),
  assessor: textField({ subject: '研判人', maxChars: PERSON_NAME_MAX_CHARS, multiline: false }),
  assessedOn: dateField('研判日期'),
  outcome: z.enum(VERIFICATION_OUTCOMES, { error: '核实结论应为经核实不实或诬告陷害' }).nullable(),
  outcomeNote: textField({ subject: '核实情况', maxChars: OUTCOME_NOTE_MAX_CHARS, multiline: true }).nullable(),
}).superRefine((assessment, context) => {
  const present = new Set(assessment.elementsPresent);
  const missing = INTERVENTION_ELEMENTS.filter((element) => !present.has(element));
  if (assessment.conclusion === 'intervention' && missing.length > 0) {
    context.addIssue({
      code: 'custom',
      path: ['elementsPresent'],
      message: `认定为插手干预行为，须具备第三条所列全部要件；尚未勾选：${missing.map((element) => INTERVENTION_ELEMENT_LABELS[element]).join('；')}`,
    });
  }
  if (!isInterventionConclusion(assessment.conclusion) && missing.length === 0) {
    context.addIssue({
      code: 'custom',
      path: ['conclusion'],
      message: `已勾选第三条所列全部要件，不应认定为${ASSESSMENT_CONCLUSION_LABELS[assessment.conclusion]}；请核对要件或研判结论`,
    });
  }
  if (assessment.outcome !== null && !isInterventionConclusion(assessment.conclusion)) {
    context.addIssue({
      code: 'custom',
      path: ['outcome'],
      message: `研判为${ASSESSMENT_CONCLUSION_LABELS[assessment.conclusion]}的记录没有核实结论`,
    });
  }
  if (assessment.outcome !== null && assessment.outcomeNote === null) {
    context.addIssue({
      code: 'custom',
      path: ['outcomeNote'],
      message: `核实结论为${VERIFICATION_OUTCOME_LABELS[assessment.outcome]}时，请填写核实情况`,
    });
  }
  if (assessment.outcome === null && assessment.outcomeNote !== null) {
    context.addIssue({ code: 'custom', path: ['outcomeNote'], message: '只有作出核实结论时才需填写核实情况' });
  }
});
export type Assessment = z.infer<typeof assessmentSchema>;
export type AssessmentInput = z.input<typeof assessmentSchema>;

// Every 研判 is kept, oldest first; the last one is the record's current assessment.
export function currentAssessment(history: readonly Assessment[]): Assessment | undefined {
  return history.at(-1);
}

function sameFindings(a: Assessment, b: Assessment): boolean {
  return (
    a.conclusion === b.conclusion &&
    a.outcome === b.outcome &&
    a.outcomeNote === b.outcomeNote &&
    a.reasons === b.reasons &&
    [...a.elementsPresent].sort().join() === [...b.elementsPresent].sort().join()
  );
}

export function addAssessment(
  history: readonly Assessment[],
  input: AssessmentInput,
  today: IsoDate,
): CaseworkResult<Assessment[]> {
  const checked = parsed(assessmentSchema.safeParse(input));
  if (!checked.ok) return checked;
  const next = checked.value;
  if (next.assessedOn > today) return refused(`研判日期不能晚于今天（${formatChinaDate(today)}）`);
  const previous = currentAssessment(history);
  if (previous && next.assessedOn < previous.assessedOn) {
    return refused(`研判日期不能早于上一次研判的日期（${formatChinaDate(previous.assessedOn)}）`);
  }
  if (previous && sameFindings(previous, next)) return refused('研判内容与上一次相同，未作更改');
  return { ok: true, value: [...history, next] };
}
