import { describe, expect, it } from 'vitest';
import { decideIntake, type HeldVersion } from '../../../src-main/core/exchange/intake-decision.ts';
import { openRecordFile, type OpenedRecord } from '../../../src-main/core/exchange/record-file.ts';
import { recordFingerprint } from '../../../src-main/core/records/record-fingerprint.ts';
import { RECORD_ID, finalRecord, handlerKey, otherHandlerKey, recordFileFor, sodium, unitBodyKeys } from './support/exchange-fixtures.ts';

function opened(file: Uint8Array): OpenedRecord {
  const result = openRecordFile(sodium, file, unitBodyKeys());
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
}

const held = ({ recordId, version, fingerprint, amendsDigest, fileDigest }: OpenedRecord): HeldVersion => ({
  recordId,
  version,
  fingerprint,
  amendsDigest,
  fileDigest,
});

const version1 = finalRecord();
const version1Fingerprint = recordFingerprint(RECORD_ID, version1);
const version2 = finalRecord({ version: 2, amendsDigest: version1Fingerprint, amendmentReason: '补充发现日期', filer: '李某某' });
const trusted = { trustedKeyFingerprint: handlerKey().fingerprint };

describe('deciding what an arriving record file becomes', () => {
  it('stores a first version from a known handler with nothing to flag', () => {
    expect(decideIntake(opened(recordFileFor()), [], trusted)).toEqual({ store: true, flags: [], completes: [], contradicts: [] });
  });

  it('skips an identical file', () => {
    const first = opened(recordFileFor());
    expect(decideIntake(first, [held(first)], trusted)).toEqual({ store: false, code: 'DUPLICATE' });
  });

  it('flags equivocation: the same record and version with different content', () => {
    const first = opened(recordFileFor());
    const other = opened(recordFileFor(unitBodyKeys(), finalRecord({ filer: '张某' })));
    const decision = decideIntake(other, [held(first)], trusted);
    expect(decision).toMatchObject({ store: true, flags: ['EQUIVOCATION'], contradicts: [held(first)] });
  });

  it('keeps an amendment that arrives before its original waiting, and lets the original complete it', () => {
    const amendment = opened(recordFileFor(unitBodyKeys(), version2));
    expect(decideIntake(amendment, [], trusted)).toMatchObject({ store: true, flags: ['WAITING_FOR_EARLIER'] });
    const original = opened(recordFileFor());
    expect(decideIntake(original, [held(amendment)], trusted)).toMatchObject({ store: true, flags: [], completes: [held(amendment)] });
  });

  it('attaches an amendment to the original already held', () => {
    const original = opened(recordFileFor());
    expect(decideIntake(opened(recordFileFor(unitBodyKeys(), version2)), [held(original)], trusted)).toMatchObject({ store: true, flags: [] });
  });

  it('refuses a replayed old version once a newer one is held', () => {
    const original = opened(recordFileFor());
    const amendment = opened(recordFileFor(unitBodyKeys(), version2));
    const replay = { ...original, fileDigest: 'a'.repeat(64) };
    expect(decideIntake(replay, [held(original), held(amendment)], trusted)).toEqual({ store: false, code: 'REPLAYED_OLD_VERSION' });
  });

  it('flags a handler whose key changed since the first file (trust on first use)', () => {
    const fromNewKey = opened(recordFileFor(unitBodyKeys(), version1, otherHandlerKey()));
    expect(decideIntake(fromNewKey, [], trusted)).toMatchObject({ store: true, flags: ['KEY_CHANGED'] });
  });
});
