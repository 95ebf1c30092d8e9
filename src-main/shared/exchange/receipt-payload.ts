import { z } from 'zod';
import { bodyIdentitySchema } from './exchange-body.ts';
import { digestHex, instant, recordIdHex, versionNumber } from './exchange-fields.ts';

// 回执: the body's signed word that it received this version of this record in this file, at this time. It is
// the handler's proof of reporting, so it names everything a dispute would turn on.
export const receiptPayloadSchema = z.strictObject({
  recordId: recordIdHex,
  version: versionNumber,
  fingerprint: digestHex,
  fileDigest: digestHex,
  handlerKey: digestHex,
  bodyKey: digestHex,
  body: bodyIdentitySchema,
  importedAt: instant,
});
export type ReceiptPayload = z.infer<typeof receiptPayloadSchema>;
