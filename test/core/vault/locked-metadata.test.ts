import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRecordNumber } from '../../../src-main/shared/form/record-number.ts';
import { COUNTER_FILE_SUFFIX } from '../../../src-main/core/vault/commit-counter.ts';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeVault, recordsOf, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { readRawHeader, readSealedRows, recordStorageId, rejectionOf, saveProfile, vaultFile, withRawDb, WRONG_PASSPHRASE } from './vault-kit.ts';

// Issue 10, item 7: everything a person holding the locked file can read without the passphrase, listed column by
// column. docs/vault-format.md ("What the locked file reveals") lists the same; a new plaintext column, header
// field, side-file field, suite, or a ciphertext length outside the buckets fails this test until both are
// updated on purpose.
const READABLE = {
  tables: {
    audit: ['seq', 'nonce', 'ciphertext', 'chain'],
    header: ['id', 'body', 'checksum'],
    manifest: ['id', 'suite', 'nonce', 'ciphertext'],
    pending_audit: ['id', 'sealed'],
    sealed_rows: ['position', 'storage_id', 'suite', 'name', 'nonce', 'ciphertext'],
    throttle: ['id', 'consecutive_failures'],
  },
  header: ['auditPublicKey', 'format', 'formatVersion', 'role', 'slots', 'suite', 'vaultId'],
  passphraseSlot: ['id', 'kdf', 'kind', 'publicKey', 'sealedVaultKey', 'wrappedSecretKey'],
  recoverySlot: ['id', 'kind', 'publicKey', 'sealedVaultKey', 'wrappedSecretKey'],
  counterFile: ['counter', 'mac', 'vaultId'],
  suites: ['liuhen-s1'],
  storageIdBytes: 32,
  nonceBytes: 24,
  // Every row's name: 128 padded bytes and a 16-byte tag.
  sealedNameBytes: 144,
  // Every ciphertext: a power of two of at least 512 bytes, and a 16-byte tag (a sealed box: 48 bytes more).
  aeadTagBytes: 16,
  sealedBoxBytes: 48,
  minBucketBytes: 512,
};

// Names the program gives its rows and kinds, which the older layout wrote in the clear.
const ROW_NAMES = ['profile', 'submissions', 'settings', 'record-list', 'audit-keypair', 'commit-counter-key', 'recovery-key-pending', 'records/', 'singletons/', 'typed/'];

function isBucket(length: number, overhead: number): boolean {
  const bucket = length - overhead;
  return bucket >= READABLE.minBucketBytes && (bucket & (bucket - 1)) === 0;
}

describe('what the locked vault file reveals', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let vault: VaultService;
  const recordIds: string[] = [];
  const storageIds: Buffer[] = [];

  beforeAll(async () => {
    temp = makeTempDir('liuhen-metadata-');
    vault = makeVault(temp.path);
    const { recoveryKey } = await vault.create(TEST_PASSPHRASE);
    await vault.confirmRecoveryKey(recoveryKey);
    saveProfile(vault, { name: '张三' });
    vault.writeSingletons({ unit: { unitHasDisciplineBody: true }, submissions: {} }, 'profileSaved');
    const store = recordsOf(vault);
    // One record finalized and amended, one short draft saved once, one long draft saved five times.
    const amended = store.createDraft({ text: '内容' });
    store.finalize(amended.recordId);
    store.amend(amended.recordId, '更正');
    const short = store.createDraft({ text: '短'.repeat(100) });
    const long = store.createDraft({ text: '长' });
    for (let save = 0; save < 5; save += 1) store.saveDraft(long.recordId, { text: '长'.repeat(200) });
    recordIds.push(amended.recordId, short.recordId, long.recordId);
    storageIds.push(recordStorageId(vault, amended.recordId, 1), recordStorageId(vault, amended.recordId, 2), recordStorageId(vault, short.recordId, 1), recordStorageId(vault, long.recordId, 1));
    vault.lock();
    await rejectionOf(() => vault.unlock(WRONG_PASSPHRASE));
  });
  afterAll(() => temp.remove());

  it('has exactly the documented tables and columns, and nothing else', () => {
    const tables = withRawDb(vaultFile(temp.path), (db) => {
      const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((row) => row.name);
      return Object.fromEntries(names.map((name) => [name, (db.prepare(`PRAGMA table_info(${name})`).all() as { name: string }[]).map((column) => column.name)]));
    });
    expect(tables).toEqual(READABLE.tables);
  });

  it('has exactly the documented header fields and slot fields', () => {
    const header = JSON.parse(readRawHeader(vaultFile(temp.path)).body.toString('utf8')) as Record<string, unknown> & { slots: Record<string, unknown>[] };
    expect(Object.keys(header).sort()).toEqual(READABLE.header);
    const byKind = (kind: string) => Object.keys(header.slots.find((slot) => slot['kind'] === kind) ?? {}).sort();
    expect(byKind('passphrase')).toEqual(READABLE.passphraseSlot);
    expect(byKind('recovery')).toEqual(READABLE.recoverySlot);
    const side = JSON.parse(readFileSync(`${vaultFile(temp.path)}${COUNTER_FILE_SUFFIX}`, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(side).sort()).toEqual(READABLE.counterFile);
  });

  it('gives every row a storage id, a suite, a name, a nonce and a ciphertext of the documented lengths only', () => {
    const rows = readSealedRows(vaultFile(temp.path));
    expect([...new Set(rows.map((row) => row.suite))]).toEqual(READABLE.suites);
    for (const row of rows) {
      expect(row.storage_id).toHaveLength(READABLE.storageIdBytes);
      expect(row.name).toHaveLength(READABLE.sealedNameBytes);
      expect(row.nonce).toHaveLength(READABLE.nonceBytes);
      expect(isBucket(row.ciphertext.length, READABLE.aeadTagBytes), `${row.ciphertext.length}`).toBe(true);
    }
    const manifest = withRawDb(vaultFile(temp.path), (db) => db.prepare('SELECT suite, nonce, ciphertext FROM manifest').all() as { suite: string; nonce: Buffer; ciphertext: Buffer }[]);
    expect(manifest.map((row) => row.suite)).toEqual(READABLE.suites);
    expect(isBucket(manifest[0]?.ciphertext.length ?? 0, READABLE.aeadTagBytes)).toBe(true);
    const audit = withRawDb(vaultFile(temp.path), (db) => db.prepare('SELECT ciphertext FROM audit').all() as { ciphertext: Buffer }[]);
    for (const row of audit) expect(isBucket(row.ciphertext.length, READABLE.aeadTagBytes)).toBe(true);
    const pending = withRawDb(vaultFile(temp.path), (db) => db.prepare('SELECT sealed FROM pending_audit').all() as { sealed: Buffer }[]);
    expect(pending).toHaveLength(1);
    for (const row of pending) expect(isBucket(row.sealed.length, READABLE.sealedBoxBytes)).toBe(true);
  });

  it('does not contain the printed 编号 of any record, in any form, anywhere in the file', () => {
    const file = readFileSync(vaultFile(temp.path));
    for (const recordId of recordIds) {
      for (const form of [recordId, recordId.toUpperCase(), formatRecordNumber(recordId)]) expect(file.includes(Buffer.from(form, 'latin1')), form).toBe(false);
      expect(file.includes(Buffer.from(recordId, 'hex'))).toBe(false);
    }
  });

  it('names no slot, kind or table of a row anywhere in the file', () => {
    const file = readFileSync(vaultFile(temp.path));
    for (const name of ROW_NAMES) expect(file.includes(Buffer.from(name, 'latin1')), name).toBe(false);
  });

  it('keeps no version or save count: a record amended once and a draft saved five times look like any other row', () => {
    const rows = readSealedRows(vaultFile(temp.path));
    const ours = storageIds.map((id) => rows.find((row) => row.storage_id.equals(id)));
    expect(ours.every((row) => row !== undefined)).toBe(true);
    // Positions are random: they say nothing of which rows were written together or in which order.
    const positions = rows.map((row) => row.position).sort((a, b) => a - b);
    expect(positions.some((position, index) => index > 0 && position - (positions[index - 1] ?? 0) === 1)).toBe(false);
  });

  it('gives records of different sizes, and audit entries of different actions, ciphertexts of one length', () => {
    const rows = readSealedRows(vaultFile(temp.path));
    const [, , short, long] = storageIds.map((id) => rows.find((row) => row.storage_id.equals(id))?.ciphertext.length);
    expect(short).toBe(long);
    const audit = withRawDb(vaultFile(temp.path), (db) => db.prepare('SELECT ciphertext FROM audit').all() as { ciphertext: Buffer }[]);
    expect(new Set(audit.map((row) => row.ciphertext.length)).size).toBe(1);
    expect(audit.length).toBeGreaterThan(10);
  });
});
