import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_KDF_COST, type KdfCost } from '../../src-main/core/vault/crypto-params.ts';
import { loadSodium } from '../../src-main/core/vault/sodium.ts';
import { VAULT_FILE_NAME, openDatabase } from '../../src-main/core/vault/vault-file.ts';
import { servicesForBench } from '../support.ts';
import { formatMs, median, percentile, type BenchRow } from '../table.ts';
import { typicalRecordContent } from '../typical-record.ts';

const PASSPHRASE = '基准测试口令 bench passphrase 2026';
// libsodium's minimum Argon2id cost: where a row measures the vault and not the passphrase hashing.
const MIN_KDF: KdfCost = { opsLimit: 1, memLimitBytes: 8192 };
const UNLOCK_RUNS = 3;
const SAVE_VAULT_RECORDS = 100;
const SAVE_RUNS = 400;
const LIST_RECORDS = 10_000;
const LIST_RUNS = 3;

export async function benchVault(dir: (name: string) => string): Promise<BenchRow[]> {
  return [...(await benchUnlock(dir('unlock'))), ...(await benchSave(dir('save'))), ...(await benchList(dir('list')))];
}

async function benchUnlock(dataDir: string): Promise<BenchRow[]> {
  const { vault } = servicesForBench(dataDir, DEFAULT_KDF_COST);
  await vault.create(PASSPHRASE);
  vault.lock();
  const samples: number[] = [];
  for (let run = 0; run < UNLOCK_RUNS; run += 1) {
    const start = performance.now();
    await vault.unlock(PASSPHRASE);
    samples.push(performance.now() - start);
    vault.lock();
  }
  const { opsLimit, memLimitBytes } = DEFAULT_KDF_COST;
  return [
    {
      figure: `unlock at default Argon2id (${opsLimit} passes, ${memLimitBytes / 2 ** 20} MiB), median`,
      target: 'report (expect 0.5–1 s)',
      measured: formatMs(median(samples)),
    },
  ];
}

async function benchSave(dataDir: string): Promise<BenchRow[]> {
  const { vault, recordVersions: records } = servicesForBench(dataDir, MIN_KDF);
  await vault.create(PASSPHRASE);
  const ids = Array.from({ length: SAVE_VAULT_RECORDS }, (_, i) => records.createDraft(typicalRecordContent(i)).recordId);
  const samples: number[] = [];
  for (let run = 0; run < SAVE_RUNS; run += 1) {
    const id = ids[run % ids.length] as string;
    const start = performance.now();
    records.saveDraft(id, typicalRecordContent(run));
    samples.push(performance.now() - start);
  }
  vault.lock();
  const p50 = percentile(samples, 50);
  const p99 = percentile(samples, 99);
  const where = `in a vault of ${SAVE_VAULT_RECORDS} records, synchronous=FULL`;
  return [
    { figure: `save one record version, p50 (${where})`, target: '<= 5 ms', measured: formatMs(p50), met: p50 <= 5 },
    { figure: `save one record version, p99 (${where})`, target: '<= 20 ms', measured: formatMs(p99), met: p99 <= 20 },
  ];
}

async function benchList(dataDir: string): Promise<BenchRow[]> {
  const { vault, recordVersions: records } = servicesForBench(dataDir, MIN_KDF);
  await vault.create(PASSPHRASE);
  for (let i = 0; i < LIST_RECORDS; i += 1) records.createDraft(typicalRecordContent(i));
  vault.lock();
  const vaultPath = join(dataDir, VAULT_FILE_NAME);
  const bytesPerRecord = statSync(vaultPath).size / LIST_RECORDS;
  const plaintextBytes = new TextEncoder().encode(JSON.stringify(typicalRecordContent(1))).length;

  const ours: number[] = [];
  for (let run = 0; run < LIST_RUNS; run += 1) {
    const start = performance.now();
    await vault.unlock(PASSPHRASE);
    const listed = records.listLatest();
    ours.push(performance.now() - start);
    if (listed.length !== LIST_RECORDS) throw new Error(`listed ${listed.length} records`);
    vault.lock();
  }
  const raw = await rawDecryptBaseline(vaultPath);
  const oursMs = median(ours);
  const ratio = oursMs / raw;
  return [
    {
      figure: `open + verify + decrypt + list ${LIST_RECORDS.toLocaleString('en')} records (Argon2 at minimum), median`,
      target: '<= 500 ms',
      measured: formatMs(oursMs),
      met: oursMs <= 500,
    },
    {
      figure: '  ratio to raw libsodium decryption of the same ciphertexts',
      target: '<= 1.5x',
      measured: `${ratio.toFixed(2)}x (raw ${formatMs(raw)})`,
      met: ratio <= 1.5,
    },
    {
      figure: 'bytes on disk per typical record',
      target: 'report',
      measured: `${Math.round(bytesPerRecord)} B (plaintext JSON ${plaintextBytes} B)`,
    },
  ];
}

// The baseline: the same ciphertexts already in memory, decrypted in a plain loop with the right key and AD.
// Keys are not known outside the vault, so the baseline decrypts with a fresh key over ciphertexts of equal size.
async function rawDecryptBaseline(vaultPath: string): Promise<number> {
  const sodium = await loadSodium();
  const db = openDatabase(vaultPath, { create: false });
  const rows = db.prepare('SELECT ciphertext FROM sealed_rows').all() as { ciphertext: Uint8Array }[];
  db.close();
  const key = sodium.crypto_aead_xchacha20poly1305_ietf_keygen();
  const sealed = rows.map((row, index) => {
    const nonce = sodium.randombytes_buf(24);
    const ad = `liuhen-s1|vault|row|records/${index.toString(16).padStart(32, '0')}/1`;
    const plaintext = row.ciphertext.subarray(16);
    return { nonce, ad, ciphertext: sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, ad, null, nonce, key) };
  });
  const samples: number[] = [];
  for (let run = 0; run < LIST_RUNS; run += 1) {
    const start = performance.now();
    for (const item of sealed) sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, item.ciphertext, item.ad, item.nonce, key);
    samples.push(performance.now() - start);
  }
  return median(samples);
}
