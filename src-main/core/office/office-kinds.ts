import { z } from 'zod';
import { digestHex, instant, signatureHex } from '../../shared/exchange/exchange-fields.ts';
import { annualSummarySchema } from '../../shared/exchange/summary-payload.ts';
import { storedKind } from '../vault/stored-kind.ts';

// A unit's annual summary the 领导小组办公室 imported and verified; the row id is the file's digest. Every file
// taken in stays (a newer summary of the same year supersedes an older one only in the aggregation), so what a
// unit sent can always be shown again, the signed payload included.
export const receivedSummaryKind = storedKind({
  name: 'office-received-summaries',
  label: '收到的单位年度汇总',
  schema: z.strictObject({
    unitFingerprint: digestHex,
    unitName: z.string(),
    year: z.number().int(),
    issuedAt: instant,
    importedAt: instant,
    includesNames: z.boolean(),
    summary: annualSummarySchema,
    payloadText: z.string(),
    signature: signatureHex,
  }),
});
export type ReceivedSummaryRow = z.output<typeof receivedSummaryKind.schema>;
