import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTER_FILE_SUFFIX } from '../../../src-main/core/vault/commit-counter.ts';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeVault, recordsOf, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { readRawHeader, saveProfile, vaultFile, withRawDb } from './vault-kit.ts';

// Issue 10, item 7: everything a person holding the locked file can read without the passphrase, listed column by
// column. docs/vault-format.md ("What the locked file reveals") lists the same; a new plaintext column, header
// field or side-file field fails this test until both are updated on purpose.
const READABLE = {
  tables: {
    header: ['id', 'body', 'checksum'],
    records: ['record_id', 'version', 'revision', 'nonce', 'ciphertext'],
    singletons: ['slot', 'revision', 'nonce', 'ciphertext'],
    audit: ['seq', 'nonce', 'ciphertext', 'chain'],
    pending_audit: ['id', 'sealed'],
    throttle: ['id', 'consecutive_failures'],
    typed_rows: ['kind', 'row_id', 'revision', 'suite', 'nonce', 'ciphertext'],
  },
  header: ['auditPublicKey', 'format', 'formatVersion', 'role', 'slots', 'suite', 'vaultId'],
  passphraseSlot: ['id', 'kdf', 'kind', 'publicKey', 'sealedVaultKey', 'wrappedSecretKey'],
  recoverySlot: ['id', 'kind', 'publicKey', 'sealedVaultKey', 'wrappedSecretKey'],
  counterFile: ['counter', 'mac', 'vaultId'],
  // Singleton slot names in the clear: they say which features were used (a profile saved, submissions marked).
  slots: ['audit-keypair', 'commit-counter-key', 'manifest', 'profile', 'submissions', 'unit'],
};

describe('what the locked vault file reveals', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let vault: VaultService;

  beforeAll(async () => {
    temp = makeTempDir('liuhen-metadata-');
    vault = makeVault(temp.path);
    const { recoveryKey } = await vault.create(TEST_PASSPHRASE);
    await vault.confirmRecoveryKey(recoveryKey);
    saveProfile(vault, { name: '张三' });
    vault.writeSingletons({ unit: { unitHasDisciplineBody: true }, submissions: {} }, 'profileSaved');
    const store = recordsOf(vault);
    const record = store.createDraft({ text: '内容' });
    store.finalize(record.recordId);
    store.amend(record.recordId, '更正');
    vault.lock();
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
  });

  it('names only the documented singleton slots, and the side file holds only a count', () => {
    const slots = withRawDb(vaultFile(temp.path), (db) => (db.prepare('SELECT slot FROM singletons ORDER BY slot').all() as { slot: string }[]).map((row) => row.slot));
    expect(slots).toEqual(READABLE.slots);
    const side = JSON.parse(readFileSync(`${vaultFile(temp.path)}${COUNTER_FILE_SUFFIX}`, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(side).sort()).toEqual(READABLE.counterFile);
  });

  it('shows a record only as a random id, a version and a revision: no name, date or content', () => {
    const rows = withRawDb(vaultFile(temp.path), (db) => db.prepare('SELECT record_id, version, revision FROM records').all() as { record_id: string; version: number; revision: number }[]);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.record_id).toMatch(/^[0-9a-f]{32}$/);
    expect(rows.map((row) => row.version).sort()).toEqual([1, 2]);
  });
});
