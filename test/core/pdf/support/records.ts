import { recordSchema, type InterventionRecord } from '../../../../src-main/shared/form/record.ts';
import { bundledFonts } from '../../../../src-main/core/pdf/fonts/bundled-fonts.ts';
import { createPdfRenderer } from '../../../../src-main/core/pdf/pdf-renderer.ts';
import { validEntry, validRecord } from '../../../shared/support/valid-record.ts';

export const RECORD_ID = '3f9c2a7e5b1d4c608e2f7a9b0c1d2e3f';
export const FINGERPRINT = '5e5edc8086ca43b368f3360132a32d0bb637b7396f4a2215640022a44ca7523f';
// 2026-09-30 10:00 in China.
export const PRINTED_AT = new Date('2026-09-30T02:00:00Z');

// Tests print with the bundled fonts only: the same files everywhere, so the same bytes and pixels everywhere.
export const renderer = createPdfRenderer(bundledFonts);

type RawRecord = ReturnType<typeof validRecord>;

export function finalizedRecord(change: (raw: RawRecord) => void = () => {}): InterventionRecord {
  const raw = validRecord();
  raw.status = 'finalized';
  change(raw);
  return recordSchema.parse(raw);
}

export function entryAt(level: string, change: (entry: ReturnType<typeof validEntry>) => void = () => {}) {
  const entry = validEntry();
  entry.intervener.level = level;
  change(entry);
  return entry;
}

export function formInput(record: InterventionRecord) {
  return { recordId: RECORD_ID, record, fingerprint: FINGERPRINT, printedAt: PRINTED_AT };
}
