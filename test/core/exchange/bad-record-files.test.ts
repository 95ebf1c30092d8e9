import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src-main/shared/canonical-json.ts';
import { trustedBodyOf } from '../../../src-main/core/exchange/exchange-keys.ts';
import { openRecordFile } from '../../../src-main/core/exchange/record-file.ts';
import { outerHeaderFor, sealPayload } from '../../../src-main/core/exchange/sealed-file.ts';
import { EXCHANGE_PROBLEMS, type ExchangeProblemCode } from '../../../src-main/shared/exchange/exchange-problem.ts';
import { EXCHANGE_FILE_MAX_BYTES } from '../../../src-main/shared/exchange/exchange-limits.ts';
import { toHex } from '../../../src-main/shared/exchange/hex.ts';
import { SEALED_RECORD_FORMAT, encodeSealedFile } from '../../../src-main/shared/exchange/sealed-envelope.ts';
import { recordFingerprint } from '../../../src-main/core/records/record-fingerprint.ts';
import {
  EXPORTED_AT,
  RECORD_ID,
  finalRecord,
  handlerKey,
  otherHandlerKey,
  recordFileFor,
  sodium,
  stationedGroupKeys,
  unitBodyKeys,
} from './support/exchange-fixtures.ts';

function refusalOf(bytes: Uint8Array): { code: ExchangeProblemCode; message: string } {
  const opened = openRecordFile(sodium, bytes, unitBodyKeys());
  if (opened.ok) throw new Error('the file was accepted');
  return opened.problem;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const lineEndOf = (file: Uint8Array) => file.indexOf(0x0a);

// A payload as the handler's export writes it, for tests to break one part and sign it properly anyway.
function goodPayload(): Record<string, unknown> {
  const record = finalRecord();
  const { filedAt, filer, handler, entries, version, amendsDigest, amendmentReason } = record;
  const header = outerHeaderFor(SEALED_RECORD_FORMAT, trustedBodyOf(unitBodyKeys()));
  return {
    header,
    recipient: unitBodyKeys().fingerprint,
    record: { recordId: RECORD_ID, version, amendsDigest, amendmentReason, content: { filedAt, filer, handler, entries } },
    fingerprint: recordFingerprint(RECORD_ID, record),
    deadline: { filedAt, reportStart: '2026-09-28' },
    exportedAt: EXPORTED_AT.toISOString(),
    sender: { signKey: toHex(handlerKey().signPublicKey) },
  };
}

function sealed(payload: Record<string, unknown>, signSecretKey = handlerKey().signSecretKey): Uint8Array {
  const recipient = trustedBodyOf(unitBodyKeys());
  return sealPayload(sodium, outerHeaderFor(SEALED_RECORD_FORMAT, recipient), payload, recipient, signSecretKey);
}

describe('a bad record file is refused with its own reason', () => {
  it('accepts the unbroken file these cases start from', () => {
    expect(openRecordFile(sodium, sealed(goodPayload()), unitBodyKeys()).ok).toBe(true);
  });

  it('truncated in the sealed part', () => {
    const file = recordFileFor();
    expect(refusalOf(file.subarray(0, file.length - 1000)).code).toBe('TRUNCATED');
  });

  it('truncated within the header line', () => {
    expect(refusalOf(recordFileFor().subarray(0, 30)).code).toBe('TRUNCATED');
  });

  it('bit-flipped in the sealed part', () => {
    const file = recordFileFor();
    file[file.length - 10] = (file[file.length - 10] ?? 0) ^ 0x01;
    expect(refusalOf(file).code).toBe('TAMPERED');
  });

  it('addressed to another body', () => {
    const problem = refusalOf(recordFileFor(stationedGroupKeys()));
    expect(problem.code).toBe('WRONG_RECIPIENT');
    expect(problem.message).toContain(stationedGroupKeys().fingerprint);
  });

  it('re-sealed by its first recipient under another body’s header', () => {
    const original = { ...goodPayload(), header: outerHeaderFor(SEALED_RECORD_FORMAT, trustedBodyOf(stationedGroupKeys())) };
    expect(refusalOf(sealed(original)).code).toBe('HEADER_MISMATCH');
  });

  it('naming another body as the intended recipient inside', () => {
    expect(refusalOf(sealed({ ...goodPayload(), recipient: stationedGroupKeys().fingerprint })).code).toBe('WRONG_RECIPIENT');
  });

  it('of an unknown format version', () => {
    const file = recordFileFor();
    const header = canonicalJson({ format: 'liuhen-sealed-record', formatVersion: 2, recipient: unitBodyKeys().fingerprint });
    const problem = refusalOf(encodeSealedFile(header, file.subarray(lineEndOf(file) + 1)));
    expect(problem.code).toBe('UNKNOWN_VERSION');
    expect(problem.message).toContain('版本为2');
  });

  it('oversized', () => {
    expect(refusalOf(new Uint8Array(EXCHANGE_FILE_MAX_BYTES + 1)).code).toBe('OVERSIZED');
  });

  it('with malformed JSON in the header', () => {
    const file = recordFileFor();
    expect(refusalOf(encodeSealedFile('{"format":"liuhen-sealed-record",', file.subarray(lineEndOf(file) + 1))).code).toBe('MALFORMED_JSON');
  });

  it('with a header that is not UTF-8', () => {
    const file = recordFileFor();
    const broken = new Uint8Array(file);
    broken[2] = 0xff;
    expect(refusalOf(broken).code).toBe('NOT_UTF8');
  });

  it('with a header re-saved by an editor (not canonical)', () => {
    const file = recordFileFor();
    const header = `{"format": "liuhen-sealed-record", "formatVersion": 1, "recipient": "${unitBodyKeys().fingerprint}"}`;
    expect(refusalOf(encodeSealedFile(header, file.subarray(lineEndOf(file) + 1))).code).toBe('NOT_CANONICAL');
  });

  it('that is some other file altogether', () => {
    expect(refusalOf(utf8('%PDF-1.7\n' + 'x'.repeat(5000))).code).toBe('NOT_EXCHANGE_FILE');
  });

  it('signed by a key other than the one it names', () => {
    expect(refusalOf(sealed(goodPayload(), otherHandlerKey().signSecretKey)).code).toBe('SIGNATURE_INVALID');
  });

  it('whose fingerprint does not match its content', () => {
    expect(refusalOf(sealed({ ...goodPayload(), fingerprint: 'f'.repeat(64) })).code).toBe('FINGERPRINT_MISMATCH');
  });

  it('whose record breaks the form’s rules', () => {
    const payload = goodPayload();
    const record = payload['record'] as { content: Record<string, unknown> };
    const broken = { ...payload, record: { ...record, content: { ...record.content, entries: [] } } };
    const problem = refusalOf(sealed(broken));
    expect(problem.code).toBe('RECORD_INVALID');
    expect(problem.message).toContain('请至少填写一项干预具体情况');
  });

  it('whose deadline dates disagree with the record', () => {
    expect(refusalOf(sealed({ ...goodPayload(), deadline: { filedAt: '2026-09-30', reportStart: '2026-09-30' } })).code).toBe('PAYLOAD_INVALID');
  });

  it('and every reason reads differently', () => {
    const messages = Object.values(EXCHANGE_PROBLEMS);
    expect(new Set(messages).size).toBe(messages.length);
  });
});
