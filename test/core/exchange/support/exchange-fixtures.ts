import { finalizedRecord, recordOfVersion } from '../../../../src-main/core/records/finalized-record.ts';
import { recordFingerprint } from '../../../../src-main/core/records/record-fingerprint.ts';
import { bodyKeysFromSeeds, handlerKeyFromSeed, trustedBodyOf, type BodyKeys, type HandlerKey } from '../../../../src-main/core/exchange/exchange-keys.ts';
import { sealRecord } from '../../../../src-main/core/exchange/record-file.ts';
import type { Services } from '../../../../src-main/core/services.ts';
import type { BodyIdentity } from '../../../../src-main/shared/exchange/exchange-body.ts';
import type { InterventionRecord } from '../../../../src-main/shared/form/record.ts';
import { loadSodium, type Sodium } from '../../../../src-main/core/vault/sodium.ts';
import { validRecord } from '../../../shared/support/valid-record.ts';
import { TEST_PASSPHRASE } from '../../../support/test-vault.ts';

export const sodium: Sodium = await loadSodium();

export const RECORD_ID = '0123456789abcdef0123456789abcdef';
export const EXPORTED_AT = new Date('2026-10-09T02:30:00.000Z');

const seed = (byte: number) => new Uint8Array(32).fill(byte);

export const UNIT_BODY: BodyIdentity = { kind: '单位纪检组织', unit: '某省通信管理局', name: '纪检组' };
export const STATIONED_GROUP: BodyIdentity = { kind: '驻部纪检监察组', unit: '工业和信息化部', name: '驻部纪检监察组' };

// A unit body's installation on real services: its vault, and the keys it generated there that record files are
// sealed to.
export async function setUpUnitBody(services: Services): Promise<BodyKeys> {
  await services.vault.create(TEST_PASSPHRASE, 'disciplineBody');
  await services.exchangeKeys.setUpBody(UNIT_BODY);
  return services.exchangeKeys.bodyKeys();
}

// Fixed seeds, so keys and key files are the same in every run (and match the committed vectors).
export function unitBodyKeys(): BodyKeys {
  return bodyKeysFromSeeds(sodium, UNIT_BODY, seed(1), seed(2));
}
export function stationedGroupKeys(): BodyKeys {
  return bodyKeysFromSeeds(sodium, STATIONED_GROUP, seed(3), seed(4));
}
export function handlerKey(): HandlerKey {
  return handlerKeyFromSeed(sodium, seed(5));
}
export function otherHandlerKey(): HandlerKey {
  return handlerKeyFromSeed(sodium, seed(6));
}

export function finalRecord(overrides: Partial<InterventionRecord> = {}): InterventionRecord {
  const { filedAt, filer, handler, entries } = validRecord();
  const stored = recordOfVersion({ content: { filedAt, filer, handler, entries }, status: 'finalized', version: 1, amendsDigest: null, amendmentReason: null });
  const result = finalizedRecord({ ...(stored as object), ...overrides });
  if (!result.ok) throw new Error(result.problems.join('；'));
  return result.record;
}

export function recordFileFor(
  recipient: BodyKeys = unitBodyKeys(),
  record: InterventionRecord = finalRecord(),
  key: HandlerKey = handlerKey(),
  recordId: string = RECORD_ID,
): Uint8Array {
  return sealRecord(sodium, {
    recordId,
    record,
    fingerprint: recordFingerprint(recordId, record),
    exportedAt: EXPORTED_AT,
    handlerKey: key,
    recipient: trustedBodyOf(recipient),
  });
}
