import { z } from 'zod';
import { isCanonicalText } from './canonical-text.ts';
import { EXCHANGE_FILE_MAX_BYTES, OUTER_HEADER_MAX_BYTES, PADDING_BLOCK_BYTES } from './exchange-limits.ts';
import { refuse, type Checked } from './exchange-problem.ts';
import { DIGEST_BYTES, SIGNATURE_BYTES, hexPattern } from './hex.ts';

// A sealed file (docs/exchange-format.md): one line of canonical JSON naming the format, its version and the
// recipient's key fingerprint, a line feed, then a libsodium sealed box to that recipient. Nothing else is
// outside the box: no sender, no record, no date.
export const SEALED_RECORD_FORMAT = 'liuhen-sealed-record';
export const FORWARDED_RECORD_FORMAT = 'liuhen-forwarded-record';
// A body's annual summary (第八条) sealed to the 领导小组办公室.
export const SEALED_SUMMARY_FORMAT = 'liuhen-sealed-summary';
export const SEALED_FORMATS = [SEALED_RECORD_FORMAT, FORWARDED_RECORD_FORMAT, SEALED_SUMMARY_FORMAT] as const;
export type SealedFormat = (typeof SEALED_FORMATS)[number];
export const SEALED_FORMAT_VERSION = 1;
// crypto_box_SEALBYTES: the ephemeral public key and the MAC in front of the ciphertext.
export const SEAL_OVERHEAD_BYTES = 48;
const LENGTH_PREFIX_BYTES = 4;
const LINE_FEED = 0x0a;

export const keyFingerprintSchema = z.string().regex(hexPattern(DIGEST_BYTES), '密钥指纹应为64位小写十六进制字符');

export const outerHeaderSchema = z.strictObject({
  format: z.enum(SEALED_FORMATS),
  formatVersion: z.literal(SEALED_FORMAT_VERSION),
  recipient: keyFingerprintSchema,
});
export type OuterHeader = z.infer<typeof outerHeaderSchema>;

export interface SplitSealedFile {
  header: OuterHeader;
  // The header line exactly as received: the copy inside the box must match it byte for byte.
  headerText: string;
  box: Uint8Array;
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

export function encodeSealedFile(headerText: string, box: Uint8Array): Uint8Array {
  const header = utf8Encoder.encode(headerText);
  const out = new Uint8Array(header.length + 1 + box.length);
  out.set(header, 0);
  out[header.length] = LINE_FEED;
  out.set(box, header.length + 1);
  return out;
}

// Everything that can be said about a file before any key is used; each failure has its own reason.
export function splitSealedFile(bytes: Uint8Array): Checked<SplitSealedFile> {
  if (bytes.length > EXCHANGE_FILE_MAX_BYTES) return refuse('OVERSIZED', `${bytes.length}字节，上限${EXCHANGE_FILE_MAX_BYTES}字节`);
  const lineEnd = bytes.subarray(0, OUTER_HEADER_MAX_BYTES + 1).indexOf(LINE_FEED);
  if (lineEnd < 0) return bytes.length <= OUTER_HEADER_MAX_BYTES && looksLikeHeaderStart(bytes) ? refuse('TRUNCATED') : refuse('NOT_EXCHANGE_FILE');
  const header = parseHeaderLine(bytes.subarray(0, lineEnd));
  if (!header.ok) return header;
  const box = bytes.subarray(lineEnd + 1);
  if (box.length < SEAL_OVERHEAD_BYTES + PADDING_BLOCK_BYTES || (box.length - SEAL_OVERHEAD_BYTES) % PADDING_BLOCK_BYTES !== 0) {
    return refuse('TRUNCATED', `加密内容${box.length}字节，应为${PADDING_BLOCK_BYTES}的整数倍加${SEAL_OVERHEAD_BYTES}`);
  }
  return { ok: true, value: { ...header.value, box } };
}

function looksLikeHeaderStart(bytes: Uint8Array): boolean {
  const start = utf8Encoder.encode('{"format":"liuhen-');
  const common = Math.min(bytes.length, start.length);
  return bytes.length > 0 && bytes.subarray(0, common).every((byte, index) => byte === start[index]);
}

function parseHeaderLine(line: Uint8Array): Checked<{ header: OuterHeader; headerText: string }> {
  let headerText: string;
  try {
    headerText = utf8Decoder.decode(line);
  } catch {
    return refuse('NOT_UTF8', '文件头');
  }
  // A line that does not even open a JSON object is some other kind of file, not a damaged one of ours.
  if (!headerText.startsWith('{')) return refuse('NOT_EXCHANGE_FILE');
  let json: unknown;
  try {
    json = JSON.parse(headerText);
  } catch {
    return refuse('MALFORMED_JSON', '文件头');
  }
  const { format, formatVersion } = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (!(SEALED_FORMATS as readonly unknown[]).includes(format)) return refuse('NOT_EXCHANGE_FILE');
  if (formatVersion !== SEALED_FORMAT_VERSION) return refuse('UNKNOWN_VERSION', `文件格式版本为${String(formatVersion)}，本程序读取版本${SEALED_FORMAT_VERSION}`);
  if (!isCanonicalText(headerText, json)) return refuse('NOT_CANONICAL', '文件头');
  const parsed = outerHeaderSchema.safeParse(json);
  if (!parsed.success) return refuse('MALFORMED', '文件头');
  return { ok: true, value: { header: parsed.data, headerText } };
}

// What the sender signs: the format name and a NUL in front of the payload, so a signature made for one kind of
// file can never be presented as another kind.
export function signedMessage(format: string, payload: Uint8Array): Uint8Array {
  const prefix = utf8Encoder.encode(`${format}\0`);
  const out = new Uint8Array(prefix.length + payload.length);
  out.set(prefix, 0);
  out.set(payload, prefix.length);
  return out;
}

// Inside the box: payload length (4 bytes, big-endian), the payload (canonical JSON), the 64-byte Ed25519
// signature, then zero bytes up to a multiple of PADDING_BLOCK_BYTES.
export function frameInner(payload: Uint8Array, signature: Uint8Array): Uint8Array {
  const used = LENGTH_PREFIX_BYTES + payload.length + SIGNATURE_BYTES;
  const out = new Uint8Array(Math.ceil(used / PADDING_BLOCK_BYTES) * PADDING_BLOCK_BYTES);
  new DataView(out.buffer).setUint32(0, payload.length, false);
  out.set(payload, LENGTH_PREFIX_BYTES);
  out.set(signature, LENGTH_PREFIX_BYTES + payload.length);
  return out;
}

export interface InnerFrame {
  payload: Uint8Array;
  signature: Uint8Array;
}

export function unframeInner(plain: Uint8Array): Checked<InnerFrame> {
  if (plain.length < LENGTH_PREFIX_BYTES + SIGNATURE_BYTES) return refuse('PAYLOAD_INVALID', '长度不足');
  const payloadLength = new DataView(plain.buffer, plain.byteOffset, plain.byteLength).getUint32(0, false);
  const end = LENGTH_PREFIX_BYTES + payloadLength + SIGNATURE_BYTES;
  if (end > plain.length) return refuse('PAYLOAD_INVALID', '长度字段超出内容');
  if (!plain.subarray(end).every((byte) => byte === 0)) return refuse('PAYLOAD_INVALID', '填充字节不为零');
  return {
    ok: true,
    value: {
      payload: plain.subarray(LENGTH_PREFIX_BYTES, LENGTH_PREFIX_BYTES + payloadLength),
      signature: plain.subarray(LENGTH_PREFIX_BYTES + payloadLength, end),
    },
  };
}

// The payload is text the sender wrote in canonical form; it is parsed to be read, and every check that needs
// bytes (signature, digest) uses the bytes, never a re-encoding of what was parsed.
export function parsePayloadText(payload: Uint8Array): Checked<{ text: string; json: unknown }> {
  let text: string;
  try {
    text = utf8Decoder.decode(payload);
  } catch {
    return refuse('NOT_UTF8', '加密内容');
  }
  try {
    return { ok: true, value: { text, json: JSON.parse(text) as unknown } };
  } catch {
    return refuse('MALFORMED_JSON', '加密内容');
  }
}
