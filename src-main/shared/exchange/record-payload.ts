import { z } from 'zod';
import { digestHex, instant, isoDay, keyHex, recordIdHex, versionNumber } from './exchange-fields.ts';
import { outerHeaderSchema } from './sealed-envelope.ts';

// What a handler seals to a body: the finalized version (identity, place in the amendment chain, the four parts
// the form prints), the fingerprint printed on the paper, the dates the deadline counts from (the body computes
// lateness itself), the time of export, a copy of the outer header and the recipient it was meant for, and the
// handler's public signing key. The handler's signature covers all of it.
export const recordPayloadSchema = z.strictObject({
  header: outerHeaderSchema,
  recipient: digestHex,
  record: z.strictObject({
    recordId: recordIdHex,
    version: versionNumber,
    amendsDigest: digestHex.nullable(),
    amendmentReason: z.string().nullable(),
    content: z.unknown(),
  }),
  fingerprint: digestHex,
  deadline: z.strictObject({ filedAt: isoDay, reportStart: isoDay }),
  exportedAt: instant,
  sender: z.strictObject({ signKey: keyHex }),
});
export type RecordPayload = z.infer<typeof recordPayloadSchema>;
