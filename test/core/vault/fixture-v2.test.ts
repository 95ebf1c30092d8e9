import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRecordNumber } from '../../../src-main/shared/form/record-number.ts';
import { LATEST_SCHEMA_VERSION, schemaVersion } from '../../../src-main/core/vault/migrations/index.ts';
import { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { STORED_KINDS } from '../../../src-main/core/stored-kinds.ts';
import { recordListKind } from '../../../src-main/core/records/record-list-index.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { fakeClock, recordsOf } from '../../support/test-vault.ts';
import { FIXTURE_V2, vaultFile, withRawDb } from './vault-kit.ts';

// Two derivations at the default cost on a shared machine.
const OPEN_TIMEOUT_MS = 30_000;

// A vault of the layout before storage ids (issue 10, item 7), made by the released version: its first unlock moves
// every row, and afterwards the file no longer shows a printed 编号 while every printed fingerprint still verifies.
describe('the fixture vault v2 (the older layout)', () => {
  const expected = FIXTURE_V2.expected();
  let dir: ReturnType<typeof makeTempDir>;
  let vault: VaultService;

  beforeAll(async () => {
    dir = makeTempDir();
    FIXTURE_V2.copyTo(dir.path);
    vault = new VaultService({ kinds: STORED_KINDS, dataDir: dir.path, clock: fakeClock(expected.clock), random: (length) => new Uint8Array(randomBytes(length)) });
    await vault.unlock(expected.passphrase);
  }, OPEN_TIMEOUT_MS);
  afterAll(() => {
    vault.lock();
    dir.remove();
  });

  it('holds every version of every record unchanged after its rows were moved', () => {
    const store = recordsOf(vault);
    for (const record of expected.records) expect(store.history(record.recordId)).toEqual(record.versions);
    expect(vault.table(recordListKind).ids()).toEqual(expected.records.map((record) => record.recordId).sort());
  });

  it('verifies every finalized version against the fingerprint printed on its paper', () => {
    const finalized = expected.records.flatMap((record) => record.versions).filter((stored) => stored.status === 'finalized');
    expect(finalized.length).toBeGreaterThan(80);
    for (const stored of finalized) expect(recordsOf(vault).digestOf({ ...stored, digest: null })).toBe(stored.digest);
  });

  it('keeps its audit trail, followed by its lock, the move (one entry, with its note) and this unlock', async () => {
    const trail = vault.auditTrail();
    expect(trail.slice(0, expected.audit.length).map((entry) => entry.action)).toEqual(expected.audit);
    expect(trail.slice(expected.audit.length).map((entry) => [entry.action, entry.note])).toEqual([
      ['locked', undefined],
      ['vaultUpgraded', expect.stringContaining('存储格式升级')],
      ['unlocked', undefined],
    ]);
    expect((await vault.verificationDone()).problems).toEqual([]);
  });

  it('is left in the current layout, without the older tables, and without a printed 编号 anywhere in the file', async () => {
    vault.lock();
    const tables = withRawDb(vaultFile(dir.path), (db) => {
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name);
    });
    expect(tables).not.toContain('records');
    expect(tables).not.toContain('singletons');
    expect(tables).not.toContain('typed_rows');
    const file = readFileSync(vaultFile(dir.path));
    for (const { recordId } of expected.records.slice(0, 20)) {
      expect(file.includes(Buffer.from(recordId, 'latin1'))).toBe(false);
      expect(file.includes(Buffer.from(formatRecordNumber(recordId), 'latin1'))).toBe(false);
    }
    await vault.unlock(expected.passphrase);
    expect(vault.auditTrail().filter((entry) => entry.action === 'vaultUpgraded')).toHaveLength(1);
  }, OPEN_TIMEOUT_MS);
});
