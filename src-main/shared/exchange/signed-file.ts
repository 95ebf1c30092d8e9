import { z } from 'zod';
import { canonicalJson } from '../canonical-json.ts';
import { isCanonicalText } from './canonical-text.ts';
import { signatureHex } from './exchange-fields.ts';
import { SIGNED_FILE_MAX_BYTES } from './exchange-limits.ts';
import { refuse, type Checked } from './exchange-problem.ts';
import { readJsonFile } from './json-file.ts';

// A file that is signed but not sealed (a receipt, a calendar pack): its payload travels as the canonical JSON
// text itself, inside a JSON string, so the signature is checked over exactly the text the signer wrote and a
// person can still read the file.
export const RECEIPT_FORMAT = 'liuhen-receipt';
export const SIGNED_CALENDAR_PACK_FORMAT = 'liuhen-signed-calendar-pack';
export const SIGNED_FILE_FORMAT_VERSION = 1;
export type SignedFileFormat = typeof RECEIPT_FORMAT | typeof SIGNED_CALENDAR_PACK_FORMAT;

const signedFileSchema = z.strictObject({
  format: z.string(),
  formatVersion: z.literal(SIGNED_FILE_FORMAT_VERSION),
  payload: z.string(),
  signature: signatureHex,
});

export interface SignedFile {
  payloadText: string;
  payloadJson: unknown;
  signature: string;
}

export function encodeSignedFile(format: SignedFileFormat, payloadText: string, signature: string): string {
  return canonicalJson({ format, formatVersion: SIGNED_FILE_FORMAT_VERSION, payload: payloadText, signature });
}

export function parseSignedFile(bytes: Uint8Array, format: SignedFileFormat): Checked<SignedFile> {
  const read = readJsonFile(bytes, SIGNED_FILE_MAX_BYTES, format, SIGNED_FILE_FORMAT_VERSION, false);
  if (!read.ok) return read;
  const parsed = signedFileSchema.safeParse(read.value.json);
  if (!parsed.success) return refuse('MALFORMED');
  let payloadJson: unknown;
  try {
    payloadJson = JSON.parse(parsed.data.payload);
  } catch {
    return refuse('MALFORMED_JSON', '签名内容');
  }
  if (!isCanonicalText(parsed.data.payload, payloadJson)) return refuse('NOT_CANONICAL', '签名内容');
  return { ok: true, value: { payloadText: parsed.data.payload, payloadJson, signature: parsed.data.signature } };
}
