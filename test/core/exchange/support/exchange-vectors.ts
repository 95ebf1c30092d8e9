import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trustedBodyOf, type BodyKeys } from '../../../../src-main/core/exchange/exchange-keys.ts';
import { openRecordFile } from '../../../../src-main/core/exchange/record-file.ts';
import { writeReceipt } from '../../../../src-main/core/exchange/receipt-file.ts';
import { signCalendarPack } from '../../../../src-main/core/exchange/signed-calendar-pack.ts';
import { sealForward } from '../../../../src-main/core/exchange/forward-file.ts';
import { toHex } from '../../../../src-main/shared/exchange/hex.ts';
import { RECORD_ID, handlerKey, recordFileFor, sodium, stationedGroupKeys, unitBodyKeys } from './exchange-fixtures.ts';

// The committed known-answer vectors (docs/exchange-format.md). Sealed boxes are randomised by design, so the two
// sealed files are written once and kept; everything else follows from them and the fixed seeds, and the tests
// regenerate it byte for byte.
export const VECTOR_DIR = fileURLToPath(new URL('../../../fixtures/exchange/', import.meta.url));
export const RECORD_VECTOR = 'record-to-unit-body.liuhen';
export const FORWARD_VECTOR = 'forward-to-stationed-group.liuhen';
export const RECEIPT_VECTOR = 'receipt-from-unit-body.json';
export const CALENDAR_VECTOR = 'calendar-2027-signed.json';
export const vectorPath = (name: string) => join(VECTOR_DIR, name);

export const RECEIPT_AT = new Date('2026-10-10T01:00:00.000Z');
export const FORWARDED_AT = new Date('2026-10-12T03:00:00.000Z');
export const FORWARD_REASON = '干预人为司局级干部，按第九条报送驻部纪检监察组';
export const CALENDAR_SIGNED_AT = new Date('2026-12-01T00:00:00.000Z');
export const CALENDAR_PACK_2027 = {
  format: 'liuhen-calendar-pack',
  formatVersion: 1,
  title: '2027年部分节假日安排（测试向量）',
  source: '测试向量，非真实安排',
  years: [2027],
  holidays: [{ date: '2027-01-01', name: '元旦' }],
  adjustedWorkdays: [],
};

// Test-only secret keys, so an independent reader can open the vectors. Never a real body's keys.
function secretFile(keys: BodyKeys): string {
  return `${JSON.stringify({ boxSecretKey: toHex(keys.boxSecretKey) }, null, 2)}\n`;
}

export function sealedVectors(): Record<string, Uint8Array> {
  const record = recordFileFor();
  const opened = openRecordFile(sodium, record, unitBodyKeys());
  if (!opened.ok) throw new Error(opened.problem.message);
  const forward = sealForward(sodium, unitBodyKeys(), {
    received: opened.value,
    to: trustedBodyOf(stationedGroupKeys()),
    reason: FORWARD_REASON,
    forwardedAt: FORWARDED_AT,
  });
  return { [RECORD_VECTOR]: record, [FORWARD_VECTOR]: forward };
}

export function derivedVectors(recordFile: Uint8Array): Record<string, string> {
  const opened = openRecordFile(sodium, recordFile, unitBodyKeys());
  if (!opened.ok) throw new Error(opened.problem.message);
  const expected = {
    unitBodyKeyFingerprint: unitBodyKeys().fingerprint,
    stationedGroupKeyFingerprint: stationedGroupKeys().fingerprint,
    handlerKeyFingerprint: handlerKey().fingerprint,
    recordId: RECORD_ID,
    version: opened.value.version,
    recordFingerprint: opened.value.fingerprint,
    recordFileDigest: opened.value.fileDigest,
    exportedAt: opened.value.exportedAt,
  };
  return {
    'unit-body.key.json': unitBodyKeys().keyFileText,
    'stationed-group.key.json': stationedGroupKeys().keyFileText,
    'unit-body.secret.json': secretFile(unitBodyKeys()),
    'stationed-group.secret.json': secretFile(stationedGroupKeys()),
    [RECEIPT_VECTOR]: writeReceipt(sodium, unitBodyKeys(), opened.value, RECEIPT_AT),
    [CALENDAR_VECTOR]: signCalendarPack(sodium, unitBodyKeys(), CALENDAR_PACK_2027, 1, CALENDAR_SIGNED_AT),
    'expected.json': `${JSON.stringify(expected, null, 2)}\n`,
  };
}
