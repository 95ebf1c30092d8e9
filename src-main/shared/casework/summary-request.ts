import { z } from 'zod';
import { UNIT_NAME_MAX_CHARS } from '../form/field-limits.ts';
import { textField } from '../form/text-field.ts';

// The rule was issued in 2023; no summary covers an earlier year.
export const SUMMARY_YEAR_MIN = 2023;
export const SUMMARY_YEAR_MAX = 2099;
const yearMessage = `年度应为${SUMMARY_YEAR_MIN}至${SUMMARY_YEAR_MAX}年之间的整数`;

export const summaryRequestSchema = z
  .object({
    year: z.number({ error: yearMessage }).int(yearMessage).min(SUMMARY_YEAR_MIN, yearMessage).max(SUMMARY_YEAR_MAX, yearMessage),
    // Until the exchange names the body at its setup, the officer says which body the summary is from.
    bodyName: textField({ subject: '纪检组织名称', maxChars: UNIT_NAME_MAX_CHARS, multiline: false }),
    includeNames: z.boolean({ error: '请说明是否在记录清单中列出姓名' }),
  })
  .strict();
export type SummaryRequest = z.infer<typeof summaryRequestSchema>;
