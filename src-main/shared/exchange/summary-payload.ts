import { z } from 'zod';
import type { AnnualSummary, CountTable } from '../casework/annual-summary.ts';
import { SUMMARY_YEAR_MAX, SUMMARY_YEAR_MIN } from '../casework/summary-request.ts';
import { digestHex, instant, isoDay } from './exchange-fields.ts';
import { refuse, type Checked } from './exchange-problem.ts';
import { outerHeaderSchema } from './sealed-envelope.ts';

// The tables every summary carries, in the order the body's summary prints them.
export const SUMMARY_TABLE_KEYS = [
  'matterCategory',
  'matterItem',
  'method',
  'interventionKind',
  'intervenerLevel',
  'intervenerOrgKind',
  'assessment',
  'dispositionStatus',
  'dispositionStep',
  'jurisdiction',
  'timeliness',
] as const satisfies readonly (keyof AnnualSummary['tables'])[];

// Tables in which every record (or every 干预具体情况 row) is counted exactly once, so their rows must add up
// to the summary's totals; the others may count one record under several rows.
const ONE_ROW_EACH: readonly (keyof AnnualSummary['tables'])[] = [
  'matterCategory',
  'matterItem',
  'method',
  'intervenerLevel',
  'intervenerOrgKind',
  'assessment',
  'dispositionStatus',
  'jurisdiction',
  'timeliness',
];

const count = z.number().int().min(0);

const countTableSchema = z.strictObject({
  title: z.string(),
  counts: z.enum(['records', 'entries']),
  rows: z.array(z.strictObject({ key: z.string(), label: z.string(), count })),
});

const tablesShape = Object.fromEntries(SUMMARY_TABLE_KEYS.map((key) => [key, countTableSchema])) as Record<
  (typeof SUMMARY_TABLE_KEYS)[number],
  typeof countTableSchema
>;

export const annualSummarySchema = z.strictObject({
  year: z.number().int().min(SUMMARY_YEAR_MIN).max(SUMMARY_YEAR_MAX),
  bodyName: z.string(),
  zeroReport: z.boolean(),
  recordCount: count,
  entryCount: count,
  tables: z.strictObject(tablesShape),
  estimatedTimelinessCount: count,
  records: z.array(
    z.strictObject({
      recordNumber: z.string(),
      filedAt: isoDay,
      receivedOn: isoDay,
      source: z.string(),
      matters: z.string(),
      assessment: z.string(),
      disposition: z.string(),
      timeliness: z.string(),
      names: z.strictObject({ handler: z.string(), interveners: z.array(z.string()) }).exactOptional(),
    }),
  ),
  signOff: z.strictObject({ role: z.string(), headName: z.string().nullable(), signedOn: isoDay.nullable() }),
}) satisfies z.ZodType<AnnualSummary>;

// What a body seals to the 领导小组办公室 (docs/exchange-format.md): its summary of one year, when it issued it
// (a later summary of the same year supersedes an earlier one), whether it names people, its own key
// fingerprint, and, as in every sealed file, a copy of the outer header and the recipient.
export const summaryPayloadSchema = z.strictObject({
  header: outerHeaderSchema,
  recipient: digestHex,
  sender: digestHex,
  issuedAt: instant,
  includesNames: z.boolean(),
  summary: annualSummarySchema,
});
export type SummaryPayload = z.infer<typeof summaryPayloadSchema>;

const tableTotal = (table: CountTable) => table.rows.reduce((sum, row) => sum + row.count, 0);

// A summary whose figures contradict each other is refused rather than added up: the office's totals would be
// wrong without anyone noticing.
export function checkSummaryFigures(summary: AnnualSummary, includesNames: boolean): Checked<AnnualSummary> {
  if (summary.zeroReport !== (summary.recordCount === 0)) return refuse('SUMMARY_INVALID', '零报告标记与记录数不符');
  if (summary.records.length !== summary.recordCount) return refuse('SUMMARY_INVALID', '记录清单的份数与记录数不符');
  if (summary.records.some((row) => row.names !== undefined) !== (includesNames && summary.recordCount > 0)) {
    return refuse('SUMMARY_INVALID', '记录清单中的姓名与“是否列出姓名”不符');
  }
  for (const key of ONE_ROW_EACH) {
    const table = summary.tables[key];
    const expected = table.counts === 'records' ? summary.recordCount : summary.entryCount;
    if (tableTotal(table) !== expected) return refuse('SUMMARY_INVALID', `“${table.title}”合计${tableTotal(table)}，应为${expected}`);
  }
  return { ok: true, value: summary };
}
