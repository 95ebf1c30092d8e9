import { z } from 'zod';
import type { Calendar } from '../calendar/calendar.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import { dateField } from '../form/date-fields.ts';
import { MATTER_CATEGORIES, type MatterCategory } from '../form/matter-category.ts';
import { formatRecordNumber } from '../form/record-number.ts';
import { ASSESSMENT_CONCLUSIONS, currentAssessment, type AssessmentConclusion } from './assessment.ts';
import type { CaseFile } from './case-file.ts';
import { dispositionReminder } from './disposition-reminder.ts';
import { DISPOSITION_STATUSES, dispositionState, type DispositionStatus, type DispositionStepKind } from './disposition.ts';
import { INTAKE_SOURCES, type IntakeSource } from './inbox-entry.ts';
import { intervenerKey } from './intervener-identity.ts';
import { jurisdictionFlags, type JurisdictionFlags } from './jurisdiction.ts';
import { TIMELINESS_VERDICTS, timelinessOf, type Timeliness } from './timeliness.ts';

// One line of the inbox, worked out once after unlock and kept in memory only: `searchText` holds decrypted
// content and is never written anywhere (no plaintext index on disk).
export interface InboxRow {
  recordId: string;
  recordNumber: string;
  source: IntakeSource;
  handlerName: string;
  handlerUnit: string;
  filedAt: IsoDate;
  receivedOn: IsoDate;
  timeliness: Timeliness;
  assessment: AssessmentConclusion | 'notAssessed';
  disposition: DispositionStatus;
  reminder: string | null;
  jurisdiction: JurisdictionFlags;
  matterCategories: MatterCategory[];
  intervenerKeys: string[];
  // As written on the record, for the inbox to show.
  intervenerNames: string[];
  // Some intervener on this record is named on other records too (after the body's merges).
  repeatedIntervener: boolean;
  searchText: string;
}

// What a search compares: NFKC (full-width and half-width alike), lower case, no spaces.
export function searchForm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export function inboxRowOf(
  caseFile: CaseFile,
  {
    calendar,
    stepKinds,
    today,
    reminderAfterDays,
    repeatedKeys,
  }: {
    calendar: Calendar;
    stepKinds: readonly DispositionStepKind[];
    today: IsoDate;
    reminderAfterDays: number;
    // Every intervener key of an identity named on more than one record.
    repeatedKeys: ReadonlySet<string>;
  },
): InboxRow {
  const intervenerKeys = caseFile.entry.record.entries.map((each) => intervenerKey(each.intervener));
  const { entry } = caseFile;
  const { record } = entry;
  const reminder = dispositionReminder({ receivedOn: entry.receivedOn, steps: caseFile.disposition, kinds: stepKinds, today, reminderAfterDays });
  const searchable = [
    entry.recordId,
    record.filer,
    ...Object.values(record.handler),
    ...record.entries.flatMap((each) => [
      each.intervener.name,
      each.intervener.unit,
      each.intervener.post,
      each.matter.name,
      each.content,
      each.handling,
      each.methodNote ?? '',
    ]),
    ...caseFile.assessments.map((assessment) => assessment.reasons),
    ...caseFile.disposition.flatMap((step) => [step.what, step.notes ?? '']),
  ];
  return {
    recordId: entry.recordId,
    recordNumber: formatRecordNumber(entry.recordId),
    source: entry.source,
    handlerName: record.handler.name,
    handlerUnit: record.handler.workUnit,
    filedAt: record.filedAt,
    receivedOn: entry.receivedOn,
    timeliness: timelinessOf({ record, receivedOn: entry.receivedOn, calendar }),
    assessment: currentAssessment(caseFile.assessments)?.conclusion ?? 'notAssessed',
    disposition: dispositionState(caseFile.disposition, stepKinds).status,
    reminder: reminder?.message ?? null,
    jurisdiction: jurisdictionFlags(record, caseFile.jurisdiction),
    matterCategories: [...new Set(record.entries.map((each) => each.matter.category))],
    intervenerKeys,
    intervenerNames: [...new Set(record.entries.map((each) => each.intervener.name))],
    repeatedIntervener: intervenerKeys.some((key) => repeatedKeys.has(key)),
    searchText: searchForm(searchable.join('\n')),
  };
}

const optionalDate = (subject: string) => dateField(subject).optional();

// Every column filters; all given conditions must hold. The renderer sends this across IPC, so it is a schema.
export const inboxFilterSchema = z
  .object({
    source: z.enum(INTAKE_SOURCES).optional(),
    assessment: z.enum([...ASSESSMENT_CONCLUSIONS, 'notAssessed']).optional(),
    disposition: z.enum(DISPOSITION_STATUSES).optional(),
    timeliness: z.enum(TIMELINESS_VERDICTS).optional(),
    matterCategory: z.enum(MATTER_CATEGORIES).optional(),
    jurisdiction: z.enum(['bureauLevel', 'rankUnknown', 'needsDecision', 'toForward']).optional(),
    repeatedIntervener: z.boolean().optional(),
    reminderDue: z.boolean().optional(),
    handlerUnit: z.string().max(100).optional(),
    receivedFrom: optionalDate('收到日期起'),
    receivedTo: optionalDate('收到日期止'),
    filedYear: z.number().int().min(2000).max(2099).optional(),
    text: z.string().max(200, '搜索内容最多200个字').optional(),
  })
  .strict();
export type InboxFilter = z.infer<typeof inboxFilterSchema>;

export function filterInbox(rows: readonly InboxRow[], filter: InboxFilter): InboxRow[] {
  const words = filter.text === undefined ? [] : filter.text.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
  const unit = filter.handlerUnit === undefined ? undefined : searchForm(filter.handlerUnit);
  const filedYear = filter.filedYear === undefined ? undefined : String(filter.filedYear);
  return rows.filter(
    (row) =>
      (filter.source === undefined || row.source === filter.source) &&
      (filter.assessment === undefined || row.assessment === filter.assessment) &&
      (filter.disposition === undefined || row.disposition === filter.disposition) &&
      (filter.timeliness === undefined || row.timeliness.verdict === filter.timeliness) &&
      (filter.matterCategory === undefined || row.matterCategories.includes(filter.matterCategory)) &&
      (filter.jurisdiction === undefined || row.jurisdiction[filter.jurisdiction]) &&
      (filter.repeatedIntervener === undefined || row.repeatedIntervener === filter.repeatedIntervener) &&
      (filter.reminderDue === undefined || (row.reminder !== null) === filter.reminderDue) &&
      (unit === undefined || searchForm(row.handlerUnit).includes(unit)) &&
      (filter.receivedFrom === undefined || row.receivedOn >= filter.receivedFrom) &&
      (filter.receivedTo === undefined || row.receivedOn <= filter.receivedTo) &&
      (filedYear === undefined || row.filedAt.startsWith(filedYear)) &&
      words.every((word) => row.searchText.includes(word)),
  );
}
