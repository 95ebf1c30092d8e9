import { describe, expect, it } from 'vitest';
import { bodyKeysFromSeeds, trustedBodyOf } from '../../../src-main/core/exchange/exchange-keys.ts';
import { openForwardFile, sealForward } from '../../../src-main/core/exchange/forward-file.ts';
import { openRecordFile } from '../../../src-main/core/exchange/record-file.ts';
import { handlerKey, recordFileFor, sodium, stationedGroupKeys, unitBodyKeys } from './support/exchange-fixtures.ts';

const FORWARDED_AT = new Date('2026-10-12T03:00:00.000Z');
const REASON = '干预人为司局级干部，按第九条报送驻部纪检监察组';

function forwarded(): Uint8Array {
  const opened = openRecordFile(sodium, recordFileFor(), unitBodyKeys());
  if (!opened.ok) throw new Error(opened.problem.message);
  return sealForward(sodium, unitBodyKeys(), { received: opened.value, to: trustedBodyOf(stationedGroupKeys()), reason: REASON, forwardedAt: FORWARDED_AT });
}

const peers = (fingerprint: string) => [unitBodyKeys()].map(trustedBodyOf).find((body) => body.fingerprint === fingerprint);

describe('a forwarded record', () => {
  it('opens for the new recipient with both the handler’s and the forwarder’s signatures verified', () => {
    const opened = openForwardFile(sodium, forwarded(), stationedGroupKeys(), peers);
    if (!opened.ok) throw new Error(opened.problem.message);
    expect(opened.value.forwarder.fingerprint).toBe(unitBodyKeys().fingerprint);
    expect(opened.value.reason).toBe(REASON);
    expect(opened.value.record.senderKeyFingerprint).toBe(handlerKey().fingerprint);
    expect(opened.value.record.recipient).toBe(unitBodyKeys().fingerprint);
  });

  it('from a forwarder whose key file this body does not hold is refused', () => {
    const opened = openForwardFile(sodium, forwarded(), stationedGroupKeys(), () => undefined);
    expect(opened.ok || opened.problem.code).toBe('UNKNOWN_SIGNER');
  });

  it('whose original was addressed to someone other than the forwarder is refused', () => {
    const impostor = bodyKeysFromSeeds(sodium, { kind: '单位纪检组织', unit: '某单位', name: '纪检组' }, new Uint8Array(32).fill(9), new Uint8Array(32).fill(10));
    const opened = openRecordFile(sodium, recordFileFor(), unitBodyKeys());
    if (!opened.ok) throw new Error(opened.problem.message);
    const file = sealForward(sodium, impostor, { received: opened.value, to: trustedBodyOf(stationedGroupKeys()), reason: REASON, forwardedAt: FORWARDED_AT });
    const knowsImpostor = (fingerprint: string) => (fingerprint === impostor.fingerprint ? trustedBodyOf(impostor) : undefined);
    const result = openForwardFile(sodium, file, stationedGroupKeys(), knowsImpostor);
    expect(result.ok || result.problem.code).toBe('SIGNATURE_INVALID');
  });

  it('is refused by anyone but the new recipient', () => {
    const result = openForwardFile(sodium, forwarded(), unitBodyKeys(), peers);
    expect(result.ok || result.problem.code).toBe('WRONG_RECIPIENT');
  });
});
