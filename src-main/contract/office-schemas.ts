import { z } from 'zod';
import { SUMMARY_YEAR_MAX, SUMMARY_YEAR_MIN } from '../shared/casework/summary-request.ts';
import { bodyIdentitySchema } from '../shared/exchange/exchange-body.ts';
import { summaryRecordView } from './casework-schemas.ts';

// The 领导小组办公室's channels and the body's sealed summary, as the page sees them.
const yearMessage = `年度应为${SUMMARY_YEAR_MIN}至${SUMMARY_YEAR_MAX}年之间的整数`;
const year = z.number({ error: yearMessage }).int(yearMessage).min(SUMMARY_YEAR_MIN, yearMessage).max(SUMMARY_YEAR_MAX, yearMessage);

// The office names itself; its kind is fixed (部党风廉政建设责任制领导小组办公室).
export const officeSetUpInput = z.object({ identity: bodyIdentitySchema.pick({ unit: true, name: true }).strict() }).strict();

export const officeSummaryInput = z.object({ year }).strict();

export const sealedSummaryInput = z
  .object({
    year,
    includeNames: z.boolean({ error: '请说明是否在记录清单中列出姓名' }),
    office: z
      .string({ error: '请选择领导小组办公室' })
      .regex(/^[0-9a-f]{64}$/, '公钥指纹应为64位十六进制字符')
      .optional(),
  })
  .strict();

export const summaryFileReportView = z.object({
  file: z.string(),
  outcome: z.enum(['imported', 'skipped', 'refused']),
  code: z.string().nullable(),
  message: z.string(),
  unitName: z.string().nullable(),
  year: z.number().int().nullable(),
  fileDigest: z.string().nullable(),
});

export const summaryImportOutput = z.object({ done: z.boolean(), reports: z.array(summaryFileReportView) });

const unitRef = z.object({ fingerprint: z.string(), name: z.string() });

export const officeSummaryView = z.object({
  year: z.number().int(),
  units: z.array(
    unitRef.extend({
      issuedAt: z.string(),
      zeroReport: z.boolean(),
      recordCount: z.number().int().min(0),
      entryCount: z.number().int().min(0),
      equivocation: z.boolean(),
    }),
  ),
  missing: z.array(unitRef),
  recordCount: z.number().int().min(0),
  entryCount: z.number().int().min(0),
  tables: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      counts: z.enum(['records', 'entries']),
      rows: z.array(z.object({ key: z.string(), label: z.string(), byUnit: z.array(z.number().int().min(0)), total: z.number().int().min(0) })),
    }),
  ),
  records: z.array(summaryRecordView.extend({ unitName: z.string() })),
});
