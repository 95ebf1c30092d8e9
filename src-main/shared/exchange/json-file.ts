import { isCanonicalText } from './canonical-text.ts';
import { refuse, type Checked } from './exchange-problem.ts';

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

// The checks every JSON exchange file passes before its own schema, in the order that gives the most useful
// reason: size, encoding, syntax, whose format, which version, and (where a fingerprint covers the bytes)
// canonical form.
export function readJsonFile(
  bytes: Uint8Array,
  maxBytes: number,
  format: string,
  formatVersion: number,
  mustBeCanonical: boolean,
): Checked<{ text: string; json: Record<string, unknown> }> {
  if (bytes.length > maxBytes) return refuse('OVERSIZED', `${bytes.length}字节，上限${maxBytes}字节`);
  let text: string;
  try {
    text = utf8Decoder.decode(bytes);
  } catch {
    return refuse('NOT_UTF8');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return endedEarly(error, text) && text.trimStart().startsWith('{') ? refuse('TRUNCATED') : refuse('MALFORMED_JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return refuse('NOT_EXCHANGE_FILE');
  const fields = json as Record<string, unknown>;
  if (fields['format'] !== format) return refuse('NOT_EXCHANGE_FILE', `应为“${format}”`);
  if (fields['formatVersion'] !== formatVersion) {
    return refuse('UNKNOWN_VERSION', `文件格式版本为${String(fields['formatVersion'])}，本程序读取版本${formatVersion}`);
  }
  if (mustBeCanonical && !isCanonicalText(text, json)) return refuse('NOT_CANONICAL');
  return { ok: true, value: { text, json: fields } };
}

// V8 reports where parsing stopped; stopping at the very end means the text was cut short rather than garbled.
function endedEarly(error: unknown, text: string): boolean {
  const detail = error instanceof Error ? error.message : '';
  const position = /at position (\d+)/.exec(detail);
  return detail.includes('end of JSON input') || (position !== null && Number(position[1]) >= text.length);
}
