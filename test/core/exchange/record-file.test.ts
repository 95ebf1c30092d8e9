import { describe, expect, it } from 'vitest';
import { openRecordFile } from '../../../src-main/core/exchange/record-file.ts';
import { recordFingerprint } from '../../../src-main/core/records/record-fingerprint.ts';
import { PADDING_BLOCK_BYTES } from '../../../src-main/shared/exchange/exchange-limits.ts';
import { SEAL_OVERHEAD_BYTES } from '../../../src-main/shared/exchange/sealed-envelope.ts';
import { RECORD_ID, finalRecord, handlerKey, recordFileFor, sodium, unitBodyKeys } from './support/exchange-fixtures.ts';

describe('a sealed record file', () => {
  it('opens for its recipient with the record, its fingerprint and the handler’s key', () => {
    const file = recordFileFor();
    const opened = openRecordFile(sodium, file, unitBodyKeys());
    if (!opened.ok) throw new Error(opened.problem.message);
    expect(opened.value.recordId).toBe(RECORD_ID);
    expect(opened.value.fingerprint).toBe(recordFingerprint(RECORD_ID, finalRecord()));
    expect(opened.value.senderKeyFingerprint).toBe(handlerKey().fingerprint);
    expect(opened.value.record.entries[0]?.content).toBe(finalRecord().entries[0]?.content);
    expect(opened.value.deadline).toEqual({ filedAt: '2026-09-30', reportStart: '2026-09-28' });
  });

  it('shows nothing but the format, its version and the recipient’s fingerprint outside the box', () => {
    const file = recordFileFor();
    const lineEnd = file.indexOf(0x0a);
    expect(JSON.parse(new TextDecoder().decode(file.subarray(0, lineEnd)))).toEqual({
      format: 'liuhen-sealed-record',
      formatVersion: 1,
      recipient: unitBodyKeys().fingerprint,
    });
    const box = file.subarray(lineEnd + 1);
    expect((box.length - SEAL_OVERHEAD_BYTES) % PADDING_BLOCK_BYTES).toBe(0);
    expect(Buffer.from(file).includes(Buffer.from('李某'))).toBe(false);
  });

  it('pads, so a short record and a longer one come out the same size', () => {
    const longer = finalRecord({ filer: '李某某' });
    expect(recordFileFor(unitBodyKeys(), longer).length).toBe(recordFileFor().length);
  });
});
