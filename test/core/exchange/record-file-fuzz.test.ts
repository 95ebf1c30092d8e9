import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideIntake } from '../../../src-main/core/exchange/intake-decision.ts';
import { openRecordFile } from '../../../src-main/core/exchange/record-file.ts';
import { EXCHANGE_PROBLEMS } from '../../../src-main/shared/exchange/exchange-problem.ts';
import { canonicalJson } from '../../../src-main/shared/canonical-json.ts';
import { encodeSealedFile } from '../../../src-main/shared/exchange/sealed-envelope.ts';
import { recordFileFor, sodium, stationedGroupKeys, unitBodyKeys } from './support/exchange-fixtures.ts';

// ≥ 10,000 files per run in CI, all opened with the body's keys directly: no Argon2 per case.
const FUZZ_RUNS = 10_000;
const body = unitBodyKeys();
const genuine = recordFileFor();
const forOtherBody = recordFileFor(stationedGroupKeys());
const boxOffset = genuine.indexOf(0x0a) + 1;

type Mutation = (bytes: Uint8Array) => Uint8Array;

const flipBits = fc
  .array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 })
  .map((flips): Mutation => (bytes) => {
    const out = new Uint8Array(bytes);
    for (const [at, mask] of flips) out[at % out.length] = (out[at % out.length] ?? 0) ^ mask;
    return out;
  });
const truncate = fc.nat().map((at): Mutation => (bytes) => bytes.subarray(0, at % bytes.length));
const insert = fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(
  ([at, extra]): Mutation =>
    (bytes) => {
      const cut = at % bytes.length;
      return new Uint8Array([...bytes.subarray(0, cut), ...extra, ...bytes.subarray(cut)]);
    },
);
const swapHeader = fc
  .record({ format: fc.string(), formatVersion: fc.oneof(fc.integer(), fc.string(), fc.constant(1)), recipient: fc.string() }, { requiredKeys: [] })
  .map((header): Mutation => (bytes) => encodeSealedFile(canonicalJson(header), bytes.subarray(boxOffset)));

const files = fc.oneof(
  fc.tuple(fc.constantFrom(genuine, forOtherBody), fc.array(fc.oneof(flipBits, truncate, insert, swapHeader), { minLength: 1, maxLength: 3 })).map(
    ([start, mutations]) => mutations.reduce((bytes, mutate) => mutate(bytes), start),
  ),
  fc.uint8Array({ maxLength: 9000 }),
  fc.string().map((text) => new TextEncoder().encode(text)),
  fc.uint8Array({ minLength: 4144, maxLength: 4144 }).map((box) => encodeSealedFile(canonicalJson({ format: 'liuhen-sealed-record', formatVersion: 1, recipient: body.fingerprint }), box)),
);

describe('the record importer, fuzzed', () => {
  it(`answers ${FUZZ_RUNS} generated and mutated files with a result, never an exception`, () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(files, (bytes) => {
        const opened = openRecordFile(sodium, bytes, body);
        if (opened.ok) {
          // Only an untouched file can open; what is decided about it must be a decision, not a crash.
          expect(decideIntake(opened.value, [], undefined).store).toBe(true);
          seen.add('opened');
        } else {
          expect(opened.problem.message.startsWith(EXCHANGE_PROBLEMS[opened.problem.code])).toBe(true);
          seen.add(opened.problem.code);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
    // The generator reaches the interesting refusals, not only "not one of ours".
    expect([...seen]).toEqual(expect.arrayContaining(['TAMPERED', 'TRUNCATED', 'WRONG_RECIPIENT', 'NOT_EXCHANGE_FILE', 'UNKNOWN_VERSION']));
  }, 60_000);
});
