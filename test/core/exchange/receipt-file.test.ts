import { describe, expect, it } from 'vitest';
import { trustedBodyOf } from '../../../src-main/core/exchange/exchange-keys.ts';
import { openRecordFile, type OpenedRecord } from '../../../src-main/core/exchange/record-file.ts';
import { readReceipt, writeReceipt, type ReceiptExpectation } from '../../../src-main/core/exchange/receipt-file.ts';
import { RECEIPT_FORMAT, encodeSignedFile } from '../../../src-main/shared/exchange/signed-file.ts';
import { handlerKey, recordFileFor, sodium, stationedGroupKeys, unitBodyKeys } from './support/exchange-fixtures.ts';

const IMPORTED_AT = new Date('2026-10-10T01:00:00.000Z');

function received(): OpenedRecord {
  const opened = openRecordFile(sodium, recordFileFor(), unitBodyKeys());
  if (!opened.ok) throw new Error(opened.problem.message);
  return opened.value;
}

const knownBodies = (fingerprint: string) =>
  [unitBodyKeys(), stationedGroupKeys()].map(trustedBodyOf).find((body) => body.fingerprint === fingerprint);

function handlerHas(record: OpenedRecord): (recordId: string) => ReceiptExpectation[] {
  return (recordId) =>
    recordId === record.recordId
      ? [{ recordId, version: record.version, fingerprint: record.fingerprint, handlerKey: handlerKey().fingerprint }]
      : [];
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('a receipt (回执)', () => {
  it('is verified by the handler against the body it names and the record it has', () => {
    const record = received();
    const receipt = readReceipt(sodium, bytes(writeReceipt(sodium, unitBodyKeys(), record, IMPORTED_AT)), knownBodies, handlerHas(record));
    if (!receipt.ok) throw new Error(receipt.problem.message);
    expect(receipt.value).toMatchObject({
      recordId: record.recordId,
      fileDigest: record.fileDigest,
      bodyKey: unitBodyKeys().fingerprint,
      body: { name: '纪检组' },
      importedAt: IMPORTED_AT.toISOString(),
    });
  });

  it('for another record is refused', () => {
    const record = received();
    const text = writeReceipt(sodium, unitBodyKeys(), { ...record, recordId: 'f'.repeat(32) }, IMPORTED_AT);
    const receipt = readReceipt(sodium, bytes(text), knownBodies, handlerHas(record));
    expect(receipt.ok || receipt.problem.code).toBe('RECEIPT_OTHER_RECORD');
  });

  it('for another version of the record is refused', () => {
    const record = received();
    const text = writeReceipt(sodium, unitBodyKeys(), { ...record, fingerprint: 'e'.repeat(64) }, IMPORTED_AT);
    const receipt = readReceipt(sodium, bytes(text), knownBodies, handlerHas(record));
    expect(receipt.ok || receipt.problem.code).toBe('RECEIPT_OTHER_RECORD');
  });

  it('signed by another body’s key than the one it names is refused', () => {
    const record = received();
    const genuine = JSON.parse(writeReceipt(sodium, unitBodyKeys(), record, IMPORTED_AT)) as { payload: string };
    const forged = JSON.parse(writeReceipt(sodium, stationedGroupKeys(), record, IMPORTED_AT)) as { signature: string };
    const text = encodeSignedFile(RECEIPT_FORMAT, genuine.payload, forged.signature);
    const receipt = readReceipt(sodium, bytes(text), knownBodies, handlerHas(record));
    expect(receipt.ok || receipt.problem.code).toBe('SIGNATURE_INVALID');
  });

  it('from a body the handler never checked is refused', () => {
    const record = received();
    const text = writeReceipt(sodium, unitBodyKeys(), record, IMPORTED_AT);
    const receipt = readReceipt(sodium, bytes(text), () => undefined, handlerHas(record));
    expect(receipt.ok || receipt.problem.code).toBe('UNKNOWN_SIGNER');
  });
});
