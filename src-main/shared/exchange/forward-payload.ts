import { z } from 'zod';
import { digestHex, instant, signatureHex } from './exchange-fields.ts';
import { outerHeaderSchema } from './sealed-envelope.ts';

export const FORWARD_REASON_MAX_CHARS = 500;

// A body passing a record on (a 司局级 case to the stationed group, a case for another unit's jurisdiction per
// 第九条): the handler's original payload and signature travel unchanged, so the new recipient checks the
// handler's signature (which names the first body) as well as the forwarder's, and provenance survives.
export const forwardPayloadSchema = z.strictObject({
  header: outerHeaderSchema,
  recipient: digestHex,
  original: z.strictObject({ payload: z.string(), signature: signatureHex, digest: digestHex }),
  forwarder: digestHex,
  forwardedAt: instant,
  reason: z.string().min(1).max(FORWARD_REASON_MAX_CHARS),
});
export type ForwardPayload = z.infer<typeof forwardPayloadSchema>;
