import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateHandlerKey, trustedBodyOf } from '../../src-main/core/exchange/exchange-keys.ts';
import { sealRecord } from '../../src-main/core/exchange/record-file.ts';
import { finalizedRecord, recordOfVersion } from '../../src-main/core/records/finalized-record.ts';
import { recordFingerprint } from '../../src-main/core/records/record-fingerprint.ts';
import type { KdfCost } from '../../src-main/core/vault/crypto-params.ts';
import { loadSodium } from '../../src-main/core/vault/sodium.ts';
import { dispatchFor } from '../../src-main/dispatch/index.ts';
import { splitSealedFile, unframeInner, signedMessage, SEALED_RECORD_FORMAT } from '../../src-main/shared/exchange/sealed-envelope.ts';
import { call, completeEntry, createHandlerVault, draftWithEntries } from '../../test/support/dispatch-fixtures.ts';
import { validRecord } from '../../test/shared/support/valid-record.ts';
import { servicesForBench } from '../support.ts';
import { formatMs, median, type BenchRow } from '../table.ts';

const PASSPHRASE = '基准测试口令 bench passphrase 2026';
// libsodium's minimum Argon2id cost: these rows measure the exchange, not the passphrase hashing.
const MIN_KDF: KdfCost = { opsLimit: 1, memLimitBytes: 8192 };
const BODY = { kind: '单位纪检组织', unit: '某省通信管理局', name: '纪检组' } as const;
const EXPORT_RUNS = 30;
const IMPORT_FILES = 1000;
const IMPORT_TARGET_MS = 10_000;
const IMPORT_RATIO_TARGET = 3;
const EXPORT_TARGET_MS = 50;

export async function benchExchange(dir: (name: string) => string): Promise<BenchRow[]> {
  return [...(await benchExport(dir('export-body'), dir('export-handler'), dir('export-out'))), ...(await benchImport(dir('import-body'), dir('import-stick')))];
}

async function benchExport(bodyDir: string, handlerDir: string, outDir: string): Promise<BenchRow[]> {
  const body = servicesForBench(bodyDir, MIN_KDF);
  await body.vault.create(PASSPHRASE, 'disciplineBody');
  const { fingerprint } = await body.exchangeKeys.setUpBody(BODY);
  const keyFile = join(bodyDir, 'key.json');
  writeFileSync(keyFile, (await body.exchangeKeys.bodyKeys()).keyFileText);
  const handler = servicesForBench(handlerDir, MIN_KDF);
  const dispatch = dispatchFor(handler, { role: 'handler' });
  await createHandlerVault(dispatch);
  const recordId = await draftWithEntries(dispatch, [completeEntry('departmentDeputy')]);
  await call(dispatch, 'record.finalize', { recordId });
  await handler.exchangeKeys.trustKeyFile(keyFile, fingerprint);
  await handler.exports.exportRecord(recordId, [fingerprint], outDir);
  const samples: number[] = [];
  for (let run = 0; run < EXPORT_RUNS; run += 1) {
    const start = performance.now();
    await handler.exports.exportRecord(recordId, [fingerprint], outDir);
    samples.push(performance.now() - start);
  }
  const ms = median(samples);
  return [{ figure: 'export one record to one recipient (seal, sign, write, log), median', target: `≤ ${EXPORT_TARGET_MS} ms`, measured: formatMs(ms), met: ms <= EXPORT_TARGET_MS }];
}

async function benchImport(bodyDir: string, stick: string): Promise<BenchRow[]> {
  const sodium = await loadSodium();
  const body = servicesForBench(bodyDir, MIN_KDF);
  await body.vault.create(PASSPHRASE, 'disciplineBody');
  await body.exchangeKeys.setUpBody(BODY);
  const recipient = trustedBodyOf(await body.exchangeKeys.bodyKeys());
  const handlerKey = generateHandlerKey(sodium, (length) => sodium.randombytes_buf(length));
  const { filedAt, filer, handler, entries } = validRecord();
  const finished = finalizedRecord(recordOfVersion({ content: { filedAt, filer, handler, entries }, status: 'finalized', version: 1, amendsDigest: null, amendmentReason: null }));
  if (!finished.ok) throw new Error(finished.problems.join('；'));
  mkdirSync(stick, { recursive: true });
  for (let index = 0; index < IMPORT_FILES; index += 1) {
    const recordId = index.toString(16).padStart(32, '0');
    const fingerprint = recordFingerprint(recordId, finished.record);
    writeFileSync(join(stick, `${recordId}.liuhen`), sealRecord(sodium, { recordId, record: finished.record, fingerprint, exportedAt: new Date(), handlerKey, recipient }));
  }
  const files = readdirSync(stick).map((name) => new Uint8Array(readFileSync(join(stick, name))));

  // The bare cryptography of the same files: open each box and verify each signature, nothing else.
  const own = await body.exchangeKeys.bodyKeys();
  const bareStart = performance.now();
  for (const bytes of files) {
    const split = splitSealedFile(bytes);
    if (!split.ok) throw new Error(split.problem.message);
    const frame = unframeInner(sodium.crypto_box_seal_open(split.value.box, own.boxPublicKey, own.boxSecretKey));
    if (!frame.ok) throw new Error(frame.problem.message);
    const signed = sodium.crypto_sign_verify_detached(frame.value.signature, signedMessage(SEALED_RECORD_FORMAT, frame.value.payload), handlerKey.signPublicKey);
    if (!signed) throw new Error('signature');
  }
  const bareMs = performance.now() - bareStart;

  const start = performance.now();
  const reports = await body.intake.importFolder(stick);
  const importMs = performance.now() - start;
  if (reports.some((report) => report.outcome !== 'imported')) throw new Error('a bench file was not imported');
  const ratio = importMs / bareMs;
  return [
    { figure: `import ${IMPORT_FILES} record files from a folder (verify, open, check, store)`, target: `≤ ${IMPORT_TARGET_MS / 1000} s`, measured: formatMs(importMs), met: importMs <= IMPORT_TARGET_MS },
    {
      figure: `import ${IMPORT_FILES} ÷ bare crypto of the same files (open + verify: ${formatMs(bareMs)})`,
      target: `≤ ${IMPORT_RATIO_TARGET}×`,
      measured: `${ratio.toFixed(1)}×`,
      met: ratio <= IMPORT_RATIO_TARGET,
    },
  ];
}
