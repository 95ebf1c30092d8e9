import { z } from 'zod';
import { formatChinaDate } from '../calendar/china-time.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import { dateField } from '../form/date-fields.ts';
import { PERSON_NAME_MAX_CHARS } from '../form/field-limits.ts';
import { recordSchema, type InterventionRecord } from '../form/record.ts';
import { strictObject } from '../form/strict-object.ts';
import { textField } from '../form/text-field.ts';
import { CHANGE_REASON_MAX_CHARS, RECORD_ID_MAX_CHARS } from './casework-limits.ts';
import { parsed, refused, type CaseworkResult } from './casework-result.ts';
import { organisationKindSchema, type OrganisationKind } from '../form/organisation-kind.ts';

// How a record reached the body: a sealed file imported from the handler, or the paper form keyed in by staff.
export const INTAKE_SOURCES = ['importedFile', 'paperEntry'] as const;
export type IntakeSource = (typeof INTAKE_SOURCES)[number];
export const INTAKE_SOURCE_LABELS: Readonly<Record<IntakeSource, string>> = {
  importedFile: '导入的加密记录文件',
  paperEntry: '纸质记录表录入',
};

const personName = (subject: string) => textField({ subject, maxChars: PERSON_NAME_MAX_CHARS, multiline: false });

// The received date decides timeliness, so a change to it is never silent: it keeps what it was, why, who, when.
export const receivedOnChangeSchema = strictObject('收到日期更改', {
  from: dateField('原收到日期'),
  to: dateField('新收到日期'),
  reason: textField({ subject: '更改收到日期的原因', maxChars: CHANGE_REASON_MAX_CHARS, multiline: true }),
  changedBy: personName('更改人'),
  changedOn: dateField('更改日期'),
});
export type ReceivedOnChange = z.infer<typeof receivedOnChangeSchema>;

const recordIdMessage = `记录编号应为1至${RECORD_ID_MAX_CHARS}位字母或数字`;
const digestMessage = '记录表指纹应为64位十六进制数字';
const digest = (subject: string) => z.string({ error: `${subject}：${digestMessage}` }).regex(/^[0-9a-f]{64}$/, `${subject}：${digestMessage}`);

// The handler's sealed file behind a case: the file imported, or, for a paper form, the file that arrived later
// with the fingerprint printed on the paper. The handler's record id may differ from the case's own.
export const linkedFileSchema = strictObject('对应的加密记录文件', {
  recordId: z.string().regex(/^[0-9a-f]{32}$/, '记录编号有误'),
  version: z.number().int().min(1),
  fingerprint: digest('记录表指纹'),
  fileDigest: digest('文件摘要'),
  linkedOn: dateField('对应日期'),
});
export type LinkedFile = z.infer<typeof linkedFileSchema>;

export const inboxEntrySchema = strictObject('收件记录', {
  recordId: z.string({ error: recordIdMessage }).regex(new RegExp(`^[0-9A-Za-z]{1,${RECORD_ID_MAX_CHARS}}$`), recordIdMessage),
  source: z.enum(INTAKE_SOURCES, { error: '来源应为导入的加密记录文件或纸质记录表录入' }),
  record: recordSchema,
  // The day the file was imported or the paper keyed in; the received date starts as this day.
  importedOn: dateField('导入日期'),
  receivedOn: dateField('收到日期'),
  receivedOnChanges: z.array(receivedOnChangeSchema),
  // The body's classification of each entry's intervener (第二条), by entry position; null until classified.
  intervenerOrgKinds: z.array(organisationKindSchema.nullable()),
  // Optional so that case files stored before files and paper were linked read unchanged (as null).
  // 纸质记录表录入: the fingerprint printed on the paper, when it bears one (a handwritten form does not).
  paperFingerprint: digest('纸质件上的记录表指纹').nullable().optional(),
  file: linkedFileSchema.nullable().optional(),
}).superRefine((entry, context) => {
  let current = entry.importedOn;
  entry.receivedOnChanges.forEach((change, index) => {
    if (change.from !== current) {
      context.addIssue({
        code: 'custom',
        path: ['receivedOnChanges', index, 'from'],
        message: `收到日期的第${index + 1}次更改与此前的收到日期（${current}）不相符`,
      });
    }
    current = change.to;
  });
  if (current !== entry.receivedOn) {
    context.addIssue({ code: 'custom', path: ['receivedOn'], message: '收到日期与其更改记录不相符' });
  }
  if (entry.source === 'importedFile' && entry.paperFingerprint != null) {
    context.addIssue({ code: 'custom', path: ['paperFingerprint'], message: '只有纸质记录表录入才记录纸质件上的指纹' });
  }
  if (entry.intervenerOrgKinds.length !== entry.record.entries.length) {
    context.addIssue({
      code: 'custom',
      path: ['intervenerOrgKinds'],
      message: `插手干预人单位类别应逐项对应记录表的${entry.record.entries.length}项干预具体情况`,
    });
  }
});
export type InboxEntry = z.infer<typeof inboxEntrySchema>;

export function newInboxEntry({
  recordId,
  source,
  record,
  importedOn,
  paperFingerprint = null,
  file = null,
}: {
  recordId: string;
  source: IntakeSource;
  record: InterventionRecord;
  importedOn: IsoDate;
  paperFingerprint?: string | null;
  file?: LinkedFile | null;
}): CaseworkResult<InboxEntry> {
  if (record.status !== 'finalized') return refused('只有已完成填报的记录表才能收件登记');
  return parsed(
    inboxEntrySchema.safeParse({
      recordId,
      source,
      record,
      importedOn,
      receivedOn: importedOn,
      receivedOnChanges: [],
      intervenerOrgKinds: record.entries.map(() => null),
      paperFingerprint,
      file,
    }),
  );
}

// What the officer says; the day of the change is the clock's, never the page's.
export const receivedOnChangeInputSchema = receivedOnChangeSchema.omit({ from: true, changedOn: true });
export type ReceivedOnChangeInput = z.input<typeof receivedOnChangeInputSchema>;

// The day the body actually got the paper or the file, when that was not the import day.
export function changeReceivedOn(entry: InboxEntry, input: ReceivedOnChangeInput, today: IsoDate): CaseworkResult<InboxEntry> {
  const checked = parsed(receivedOnChangeInputSchema.safeParse(input));
  if (!checked.ok) return checked;
  const { to } = checked.value;
  if (to === entry.receivedOn) return refused(`收到日期已是${formatChinaDate(to)}，无需更改`);
  if (to > today) return refused(`收到日期不能晚于今天（${formatChinaDate(today)}）`);
  if (to < entry.record.filedAt) {
    return refused(`收到日期不能早于记录表的填报时间（${formatChinaDate(entry.record.filedAt)}）`);
  }
  const change: ReceivedOnChange = { from: entry.receivedOn, ...checked.value, changedOn: today };
  return { ok: true, value: { ...entry, receivedOn: to, receivedOnChanges: [...entry.receivedOnChanges, change] } };
}

export function classifyIntervenerOrg(
  entry: InboxEntry,
  entryIndex: number,
  orgKind: OrganisationKind | null,
): CaseworkResult<InboxEntry> {
  const count = entry.record.entries.length;
  if (!Number.isInteger(entryIndex) || entryIndex < 0) return refused('干预具体情况的序号有误');
  if (entryIndex >= count) return refused(`记录表共有${count}项干预具体情况，没有第${entryIndex + 1}项`);
  const checked = parsed(organisationKindSchema.nullable().safeParse(orgKind));
  if (!checked.ok) return checked;
  const intervenerOrgKinds = entry.intervenerOrgKinds.map((kind, index) => (index === entryIndex ? checked.value : kind));
  return { ok: true, value: { ...entry, intervenerOrgKinds } };
}
