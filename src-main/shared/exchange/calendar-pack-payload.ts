import { z } from 'zod';
import { digestHex, instant } from './exchange-fields.ts';

// A holiday calendar pack (docs/calendar-pack.md) signed by a body: handlers who checked that body's key import
// it in one step. The sequence number orders packs for the same years from the same signer.
export const calendarPackPayloadSchema = z.strictObject({
  pack: z.record(z.string(), z.unknown()),
  sequence: z.number().int().min(1),
  signer: digestHex,
  signedAt: instant,
});
export type CalendarPackPayload = z.infer<typeof calendarPackPayloadSchema>;
