import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BodyKeys } from '../../../src-main/core/exchange/exchange-keys.ts';
import { receivedRecordKind } from '../../../src-main/core/exchange/exchange-kinds.ts';
import type { Services } from '../../../src-main/core/services.ts';
import { canonicalJson } from '../../../src-main/shared/canonical-json.ts';
import { EXCHANGE_PROBLEMS } from '../../../src-main/shared/exchange/exchange-problem.ts';
import { encodeSealedFile } from '../../../src-main/shared/exchange/sealed-envelope.ts';
import { makeServices } from '../../support/test-services.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { finalRecord, recordFileFor, setUpUnitBody, stationedGroupKeys } from './support/exchange-fixtures.ts';

// ≥ 10,000 generated and mutated files through the body's real importer and vault per run, in batches as a USB
// stick brings them: the body's keys are read from its vault once per batch, never derived from a passphrase,
// so no Argon2 per case.
const BATCHES = 100;
const FILES_PER_BATCH = 100;

let temp: ReturnType<typeof makeTempDir>;
let services: Services;
let body: BodyKeys;

beforeAll(async () => {
  temp = makeTempDir('liuhen-intake-fuzz-');
  services = makeServices(join(temp.path, 'data'));
  body = await setUpUnitBody(services);
});
afterAll(() => {
  services.vault.lock();
  temp.remove();
});

type Mutation = (bytes: Uint8Array) => Uint8Array;

function files(genuine: Uint8Array[]): fc.Arbitrary<Uint8Array> {
  const boxOffset = (bytes: Uint8Array) => bytes.indexOf(0x0a) + 1;
  const flipBits = fc
    .array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 })
    .map((flips): Mutation => (bytes) => {
      const out = new Uint8Array(bytes);
      for (const [at, mask] of flips) out[at % out.length] = (out[at % out.length] ?? 0) ^ mask;
      return out;
    });
  const truncate = fc.nat().map((at): Mutation => (bytes) => bytes.subarray(0, at % Math.max(1, bytes.length)));
  const insert = fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(
    ([at, extra]): Mutation =>
      (bytes) => {
        const cut = at % Math.max(1, bytes.length);
        return new Uint8Array([...bytes.subarray(0, cut), ...extra, ...bytes.subarray(cut)]);
      },
  );
  const swapHeader = fc
    .record({ format: fc.constantFrom('liuhen-sealed-record', 'liuhen-forwarded-record', 'x'), formatVersion: fc.oneof(fc.integer(), fc.constant(1)), recipient: fc.oneof(fc.string(), fc.constant(body.fingerprint)) }, { requiredKeys: [] })
    .map((header): Mutation => (bytes) => encodeSealedFile(canonicalJson(header), bytes.subarray(boxOffset(bytes))));
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...genuine), fc.array(fc.oneof(flipBits, truncate, insert, swapHeader), { minLength: 1, maxLength: 3 })).map(([start, mutations]) => mutations.reduce((bytes, mutate) => mutate(bytes), start)) },
    { weight: 1, arbitrary: fc.constantFrom(...genuine) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 9000 }) },
    { weight: 1, arbitrary: fc.string().map((text) => new TextEncoder().encode(text)) },
    { weight: 1, arbitrary: fc.uint8Array({ minLength: 4144, maxLength: 4144 }).map((box) => encodeSealedFile(canonicalJson({ format: 'liuhen-sealed-record', formatVersion: 1, recipient: body.fingerprint }), box)) },
  );
}

describe('the body’s importer, fuzzed through its real vault', () => {
  it(`answers ${BATCHES * FILES_PER_BATCH} files with a per-file report, never an exception, and never writes for a refused file`, async () => {
    const genuine = [recordFileFor(body), recordFileFor(body, finalRecord({ filer: '张某' })), recordFileFor(stationedGroupKeys())];
    let filesSeen = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(files(genuine), { minLength: FILES_PER_BATCH, maxLength: FILES_PER_BATCH }), async (batch) => {
        const rowsBefore = services.vault.table(receivedRecordKind).ids().length;
        const auditBefore = services.vault.auditTrail().length;
        const reports = await services.intake.importBytes(batch.map((bytes, index) => ({ name: `${index}.liuhen`, bytes })));
        filesSeen += reports.length;
        const imported = reports.filter((report) => report.outcome === 'imported').length;
        for (const report of reports.filter((candidate) => candidate.outcome !== 'imported')) {
          expect(report.code && report.message.startsWith(EXCHANGE_PROBLEMS[report.code])).toBe(true);
        }
        // One row per imported file and none for anything else; one audit entry for the batch's write, and none
        // when every file was refused or skipped.
        expect(services.vault.table(receivedRecordKind).ids().length - rowsBefore).toBe(imported);
        expect(services.vault.auditTrail().length - auditBefore).toBe(imported > 0 ? 1 : 0);
      }),
      { numRuns: BATCHES },
    );
    expect(filesSeen).toBeGreaterThanOrEqual(10_000);
    // Only the two untouched files addressed to this body ever get in (the equivocating pair, flagged).
    expect(services.intake.list().map((row) => row.flags)).toEqual([['EQUIVOCATION'], ['EQUIVOCATION']]);
  }, 120_000);
});
