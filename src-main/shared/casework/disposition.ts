import { z } from 'zod';
import { formatChinaDate } from '../calendar/china-time.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import { dateField } from '../form/date-fields.ts';
import { PERSON_NAME_MAX_CHARS } from '../form/field-limits.ts';
import { strictObject } from '../form/strict-object.ts';
import { textField } from '../form/text-field.ts';
import {
  STEP_KINDS_MAX_COUNT,
  STEP_LABEL_MAX_CHARS,
  STEP_NOTES_MAX_CHARS,
  STEP_WHAT_MAX_CHARS,
} from './casework-limits.ts';
import { parsed, refused, type CaseworkResult } from './casework-result.ts';

const STEP_KEY_PATTERN = /^[a-z][A-Za-z0-9]{0,39}$/;

// A step the body may take; the list is the body's own setting, so a key is a plain string checked against it.
export const dispositionStepKindSchema = strictObject('处置步骤类型', {
  key: z.string({ error: '处置步骤代码应为英文字母开头的字母或数字' }).regex(STEP_KEY_PATTERN, '处置步骤代码应为英文字母开头的字母或数字'),
  label: textField({ subject: '处置步骤名称', maxChars: STEP_LABEL_MAX_CHARS, multiline: false }),
  // A closing step (了结) ends the disposition: no step follows it and no reminder is due.
  closesCase: z.boolean({ error: '请说明该处置步骤是否了结案件' }),
  // A step already taken on some record is never dropped from the list, which alone names it and says whether it
  // closed the case; the body retires it instead: kept for the history, no longer offered.
  retired: z.boolean({ error: '请说明该处置步骤是否已停用' }).optional(),
});
export type DispositionStepKind = z.infer<typeof dispositionStepKindSchema>;

export const dispositionStepKindsSchema = z
  .array(dispositionStepKindSchema, { error: '处置步骤设置应为一组步骤' })
  .min(1, '请至少设置一个处置步骤')
  .max(STEP_KINDS_MAX_COUNT, `处置步骤最多设置${STEP_KINDS_MAX_COUNT}个`)
  .superRefine((kinds, context) => {
    const duplicate = (values: string[]) => values.find((value, index) => values.indexOf(value) !== index);
    const key = duplicate(kinds.map((kind) => kind.key));
    if (key !== undefined) context.addIssue({ code: 'custom', message: `处置步骤代码“${key}”重复` });
    const label = duplicate(kinds.map((kind) => kind.label));
    if (label !== undefined) context.addIssue({ code: 'custom', message: `处置步骤名称“${label}”重复` });
    const offered = kinds.filter((kind) => kind.retired !== true);
    if (kinds.length > 0 && offered.length === 0) context.addIssue({ code: 'custom', message: '请至少保留一个在用的处置步骤' });
    else if (kinds.length > 0 && !offered.some((kind) => kind.closesCase)) {
      context.addIssue({ code: 'custom', message: '请至少设置一个在用的了结案件的处置步骤，否则记录永远不能了结' });
    }
  });

// The steps 第九条 and the issue name, in the order a case usually goes; a body may rename, add or drop them.
export const DEFAULT_DISPOSITION_STEP_KINDS: readonly DispositionStepKind[] = [
  { key: 'registration', label: '登记备案', closesCase: false },
  { key: 'remindingTalk', label: '谈话提醒', closesCase: false },
  { key: 'writtenInquiry', label: '函询', closesCase: false },
  { key: 'preliminaryVerification', label: '初步核实', closesCase: false },
  { key: 'transfer', label: '移送', closesCase: false },
  { key: 'directReport', label: '径报驻部纪检监察组', closesCase: false },
  { key: 'closure', label: '了结', closesCase: true },
];

export const dispositionStepSchema = strictObject('处置步骤', {
  kind: z.string({ error: '请选择处置步骤' }).regex(STEP_KEY_PATTERN, '请选择处置步骤'),
  by: textField({ subject: '处置人', maxChars: PERSON_NAME_MAX_CHARS, multiline: false }),
  on: dateField('处置日期'),
  what: textField({ subject: '处置内容', maxChars: STEP_WHAT_MAX_CHARS, multiline: true }),
  notes: textField({ subject: '备注', maxChars: STEP_NOTES_MAX_CHARS, multiline: true }).nullable(),
});
export type DispositionStep = z.infer<typeof dispositionStepSchema>;
export type DispositionStepInput = z.input<typeof dispositionStepSchema>;

export const DISPOSITION_STATUSES = ['notStarted', 'inProgress', 'closed'] as const;
export type DispositionStatus = (typeof DISPOSITION_STATUSES)[number];
export const DISPOSITION_STATUS_LABELS: Readonly<Record<DispositionStatus, string>> = {
  notStarted: '尚未处置',
  inProgress: '处置中',
  closed: '已了结',
};

// The steps a new disposition may take: the body's list without the retired ones.
export function offeredStepKinds(kinds: readonly DispositionStepKind[]): DispositionStepKind[] {
  return kinds.filter((kind) => kind.retired !== true);
}

// A step kept from a kind the body has since removed from its list still shows, by its code.
export function stepLabel(kinds: readonly DispositionStepKind[], key: string): string {
  return kinds.find((kind) => kind.key === key)?.label ?? key;
}

function closes(kinds: readonly DispositionStepKind[], step: DispositionStep): boolean {
  return kinds.find((kind) => kind.key === step.kind)?.closesCase ?? false;
}

export interface DispositionState {
  status: DispositionStatus;
  lastStep?: DispositionStep;
}

export function dispositionState(steps: readonly DispositionStep[], kinds: readonly DispositionStepKind[]): DispositionState {
  const lastStep = steps.at(-1);
  if (!lastStep) return { status: 'notStarted' };
  return { status: steps.some((step) => closes(kinds, step)) ? 'closed' : 'inProgress', lastStep };
}

// Steps are kept in the order they happened; none is edited or removed, so the log reads as the case went.
export function addDispositionStep({
  steps,
  kinds,
  input,
  receivedOn,
  today,
  startedAs = '收到该记录的日期',
}: {
  steps: readonly DispositionStep[];
  kinds: readonly DispositionStepKind[];
  input: DispositionStepInput;
  // The day the matter reached the body, and how a message names that day.
  receivedOn: IsoDate;
  today: IsoDate;
  startedAs?: string;
}): CaseworkResult<DispositionStep[]> {
  const checked = parsed(dispositionStepSchema.safeParse(input));
  if (!checked.ok) return checked;
  const step = checked.value;
  const kind = kinds.find((each) => each.key === step.kind);
  if (!kind) return refused(`“${step.kind}”不是本单位设置的处置步骤`);
  if (kind.retired === true) return refused(`处置步骤“${kind.label}”已停用，不能再用于新的处置`);
  if (dispositionState(steps, kinds).status === 'closed') return refused('该记录已了结，不能再添加处置步骤');
  if (step.on > today) return refused(`处置日期不能晚于今天（${formatChinaDate(today)}）`);
  if (step.on < receivedOn) return refused(`处置日期不能早于${startedAs}（${formatChinaDate(receivedOn)}）`);
  const last = steps.at(-1);
  if (last && step.on < last.on) return refused(`处置日期不能早于上一处置步骤的日期（${formatChinaDate(last.on)}）`);
  return { ok: true, value: [...steps, step] };
}
