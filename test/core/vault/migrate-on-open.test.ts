import { existsSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateOnOpen } from '../../../src-main/core/vault/migrate-on-open.ts';
import { MIGRATIONS, schemaVersion } from '../../../src-main/core/vault/migrations/index.ts';
import type { Migration } from '../../../src-main/core/vault/migrations/migration.ts';
import { openDatabase } from '../../../src-main/core/vault/vault-file.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeVault, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { vaultFile, withRawDb } from './vault-kit.ts';

// Issue 10, item 9: pending schema migrations run when a vault is opened, after a safety copy, each in a
// transaction. A migration one past the app's latest is made here for the test.
const CURRENT = MIGRATIONS.length;
const ADD_TABLE: Migration = { version: CURRENT + 1, up: (db) => db.exec('CREATE TABLE later_feature (id INTEGER PRIMARY KEY) STRICT') };
const FAILING: Migration = {
  version: CURRENT + 1,
  up: (db) => {
    db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT');
    throw new Error('a migration that fails half-way');
  },
};

describe('migrations on open', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let path: string;

  beforeEach(async () => {
    temp = makeTempDir('liuhen-migrate-');
    path = vaultFile(temp.path);
    const vault = makeVault(temp.path);
    await vault.create(TEST_PASSPHRASE);
    vault.lock();
  });
  afterEach(() => temp.remove());

  function run(migrations: readonly Migration[]): string | undefined {
    const db = openDatabase(path, { create: false });
    try {
      return migrateOnOpen(db, path, 'stamp', migrations);
    } finally {
      db.close();
    }
  }

  it('leaves a vault at the current version alone, with no copy', async () => {
    expect(run(MIGRATIONS)).toBeUndefined();
    expect(readdirSync(temp.path).filter((name) => name.includes('before-migration'))).toEqual([]);
    const vault = makeVault(temp.path);
    await vault.unlock(TEST_PASSPHRASE);
    vault.lock();
  });

  it('runs a pending migration after keeping a copy at the old version', () => {
    const copy = run([...MIGRATIONS, ADD_TABLE]);
    expect(copy).toBe(`${path}.before-migration-v${CURRENT}-stamp`);
    expect(existsSync(copy ?? '')).toBe(true);
    withRawDb(path, (db) => {
      expect(schemaVersion(db)).toBe(CURRENT + 1);
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'later_feature'").get()).toBeDefined();
    });
    withRawDb(copy ?? '', (db) => expect(schemaVersion(db)).toBe(CURRENT));
  });

  it('rolls a failing migration back whole, leaving the vault at its version and the copy beside it', () => {
    expect(() => run([...MIGRATIONS, FAILING])).toThrow('half-way');
    withRawDb(path, (db) => {
      expect(schemaVersion(db)).toBe(CURRENT);
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    });
    expect(existsSync(`${path}.before-migration-v${CURRENT}-stamp`)).toBe(true);
  });
});
