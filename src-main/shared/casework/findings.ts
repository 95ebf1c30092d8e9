import { z } from 'zod';
import { dateField } from '../form/date-fields.ts';
import { PERSON_NAME_MAX_CHARS, UNIT_NAME_MAX_CHARS } from '../form/field-limits.ts';
import { strictObject } from '../form/strict-object.ts';
import { textField } from '../form/text-field.ts';
import { FINDING_FACTS_MAX_CHARS, RECORD_ID_MAX_CHARS } from './casework-limits.ts';
import { formatChinaDate } from '../calendar/china-time.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import { parsed, refused, type CaseworkResult } from './casework-result.ts';
import { addDispositionStep, dispositionStepSchema, type DispositionStepInput, type DispositionStepKind } from './disposition.ts';

// 第十条 (瞒报、不如实记录) and 第十一条 (无端指责、打击报复 a handler; 泄露 a record) are findings about people and
// units, not about one intervention; each is followed to its own disposition.
export const FINDING_KINDS = ['concealment', 'untruthfulRecord', 'unfoundedBlame', 'retaliation', 'leak'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export const FINDING_KIND_LABELS: Readonly<Record<FindingKind, string>> = {
  concealment: '瞒报',
  untruthfulRecord: '不如实记录',
  unfoundedBlame: '对承办人员无端指责',
  retaliation: '对承办人员打击报复',
  leak: '泄露记录事项',
};

export type FindingArticle = '第十条' | '第十一条';

export function findingArticle(kind: FindingKind): FindingArticle {
  return kind === 'concealment' || kind === 'untruthfulRecord' ? '第十条' : '第十一条';
}

// 第十条: responsibility falls on 相关党组织、领导干部和重大事项承办人员.
export const FINDING_SUBJECT_KINDS = ['partyOrganisation', 'leadingCadre', 'handler', 'otherPerson'] as const;
export type FindingSubjectKind = (typeof FINDING_SUBJECT_KINDS)[number];
export const FINDING_SUBJECT_KIND_LABELS: Readonly<Record<FindingSubjectKind, string>> = {
  partyOrganisation: '相关党组织',
  leadingCadre: '领导干部',
  handler: '重大事项承办人员',
  otherPerson: '其他人员',
};

const findingFields = {
  kind: z.enum(FINDING_KINDS, { error: '请选择事项类别：瞒报、不如实记录、无端指责、打击报复或泄露记录事项' }),
  subjectKind: z.enum(FINDING_SUBJECT_KINDS, { error: '请选择责任对象类别' }),
  subjectName: textField({ subject: '责任对象', maxChars: UNIT_NAME_MAX_CHARS, multiline: false }),
  // 第十一条 protects a handler: the one reporting being blamed or retaliated against, or whose record leaked.
  protectedHandler: textField({ subject: '受保护的承办人员', maxChars: PERSON_NAME_MAX_CHARS, multiline: false }).nullable(),
  recordIds: z.array(z.string().regex(new RegExp(`^[0-9A-Za-z]{1,${RECORD_ID_MAX_CHARS}}$`), '相关记录编号有误')),
  facts: textField({ subject: '事实情况', maxChars: FINDING_FACTS_MAX_CHARS, multiline: true }),
  foundBy: textField({ subject: '登记人', maxChars: PERSON_NAME_MAX_CHARS, multiline: false }),
  foundOn: dateField('登记日期'),
};

type FindingFacts = Pick<z.infer<ReturnType<typeof findingObject>>, 'kind' | 'subjectKind' | 'protectedHandler'>;

function findingObject() {
  return strictObject('第十条、第十一条事项', findingFields);
}

function checkFinding(finding: FindingFacts, context: z.RefinementCtx): void {
  const article = findingArticle(finding.kind);
  if (article === '第十条' && finding.subjectKind === 'otherPerson') {
    context.addIssue({
      code: 'custom',
      path: ['subjectKind'],
      message: '第十条的责任对象应为相关党组织、领导干部或重大事项承办人员',
    });
  }
  if (article === '第十一条' && finding.kind !== 'leak' && finding.protectedHandler === null) {
    context.addIssue({
      code: 'custom',
      path: ['protectedHandler'],
      message: `${FINDING_KIND_LABELS[finding.kind]}事项，请填写受保护的承办人员`,
    });
  }
  if (article === '第十条' && finding.protectedHandler !== null) {
    context.addIssue({ code: 'custom', path: ['protectedHandler'], message: '第十条事项不需填写受保护的承办人员' });
  }
}

export const findingSchema = strictObject('第十条、第十一条事项', { ...findingFields, disposition: z.array(dispositionStepSchema) }).superRefine(
  checkFinding,
);
export type Finding = z.infer<typeof findingSchema>;

// What an officer registers: a finding before any disposition step.
export const findingInputSchema = findingObject().superRefine(checkFinding);
export type FindingInput = z.input<typeof findingInputSchema>;

// A finding is registered with no disposition yet; its steps are added one by one, like a case's.
export function newFinding(input: FindingInput, today: IsoDate): CaseworkResult<Finding> {
  const checked = parsed(findingSchema.safeParse({ ...input, disposition: [] }));
  if (!checked.ok) return checked;
  if (checked.value.foundOn > today) return refused(`登记日期不能晚于今天（${formatChinaDate(today)}）`);
  return checked;
}

export function addFindingStep(
  finding: Finding,
  { kinds, input, today }: { kinds: readonly DispositionStepKind[]; input: DispositionStepInput; today: IsoDate },
): CaseworkResult<Finding> {
  const steps = addDispositionStep({ steps: finding.disposition, kinds, input, receivedOn: finding.foundOn, today, startedAs: '登记该事项的日期' });
  return steps.ok ? { ok: true, value: { ...finding, disposition: steps.value } } : steps;
}
