import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migration001Initial } from '../../../src-main/core/vault/migrations/001-initial.ts';
import { migration002TypedRows } from '../../../src-main/core/vault/migrations/002-typed-rows.ts';
import { migration003SealedRows } from '../../../src-main/core/vault/migrations/003-sealed-rows.ts';
import { LATEST_SCHEMA_VERSION, migrate, MIGRATIONS, schemaVersion } from '../../../src-main/core/vault/migrations/index.ts';
import type { Migration } from '../../../src-main/core/vault/migrations/migration.ts';
import { expectUserError, thrownBy } from './vault-kit.ts';

// One test per migration file: what each one builds, that it is STRICT, and that it records its version.
// Plaintext columns may hold only ids, numbers, nonces, tags and hashes: TEXT is allowed only for the random ids.

type Column = [name: string, type: string, notNull: 0 | 1, primaryKeyPosition: number];

const SCHEMA_AFTER: Record<number, Record<string, Column[]>> = {
  1: {
    header: [
      ['id', 'INTEGER', 0, 1],
      ['body', 'BLOB', 1, 0],
      ['checksum', 'BLOB', 1, 0],
    ],
    records: [
      ['record_id', 'TEXT', 1, 1],
      ['version', 'INTEGER', 1, 2],
      ['revision', 'INTEGER', 1, 0],
      ['nonce', 'BLOB', 1, 0],
      ['ciphertext', 'BLOB', 1, 0],
    ],
    singletons: [
      ['slot', 'TEXT', 1, 1],
      ['revision', 'INTEGER', 1, 0],
      ['nonce', 'BLOB', 1, 0],
      ['ciphertext', 'BLOB', 1, 0],
    ],
    audit: [
      ['seq', 'INTEGER', 0, 1],
      ['nonce', 'BLOB', 1, 0],
      ['ciphertext', 'BLOB', 1, 0],
      ['chain', 'BLOB', 1, 0],
    ],
    pending_audit: [
      ['id', 'INTEGER', 0, 1],
      ['sealed', 'BLOB', 1, 0],
    ],
    throttle: [
      ['id', 'INTEGER', 0, 1],
      ['consecutive_failures', 'INTEGER', 1, 0],
    ],
  },
  2: {
    typed_rows: [
      ['kind', 'TEXT', 1, 1],
      ['row_id', 'TEXT', 1, 2],
      ['revision', 'INTEGER', 1, 0],
      ['suite', 'TEXT', 1, 0],
      ['nonce', 'BLOB', 1, 0],
      ['ciphertext', 'BLOB', 1, 0],
    ],
  },
  3: {
    sealed_rows: [
      ['position', 'INTEGER', 0, 1],
      ['storage_id', 'BLOB', 1, 0],
      ['suite', 'TEXT', 1, 0],
      ['name', 'BLOB', 1, 0],
      ['nonce', 'BLOB', 1, 0],
      ['ciphertext', 'BLOB', 1, 0],
    ],
    manifest: [
      ['id', 'INTEGER', 0, 1],
      ['suite', 'TEXT', 1, 0],
      ['nonce', 'BLOB', 1, 0],
      ['ciphertext', 'BLOB', 1, 0],
    ],
  },
};

// Random ids, and the names of stored kinds and cipher suites (which say what the program stores, never what a
// person wrote).
const TEXT_COLUMNS_ALLOWED = new Set([
  'records.record_id',
  'singletons.slot',
  'typed_rows.kind',
  'typed_rows.row_id',
  'typed_rows.suite',
  'sealed_rows.suite',
  'manifest.suite',
]);

let db: Database.Database;

beforeEach(() => {
  db = new Database(':memory:');
});
afterEach(() => {
  db.close();
});

function userTables(database: Database.Database): { name: string; strict: number }[] {
  return (database.pragma('table_list') as { schema: string; name: string; type: string; strict: number }[])
    .filter((table) => table.schema === 'main' && table.type === 'table' && !table.name.startsWith('sqlite_'))
    .map(({ name, strict }) => ({ name, strict }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function columnsOf(database: Database.Database, table: string): Column[] {
  return (database.pragma(`table_info(${table})`) as { name: string; type: string; notnull: 0 | 1; pk: number }[]).map(
    (column) => [column.name, column.type, column.notnull, column.pk],
  );
}

function schemaSql(database: Database.Database): string[] {
  return (database.prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name").all() as { sql: string }[]).map(
    (row) => row.sql,
  );
}

describe('schema migrations', () => {
  it('has one numbered file per migration, in order, each with an expected schema here', () => {
    const dir = fileURLToPath(new URL('../../../src-main/core/vault/migrations/', import.meta.url));
    const files = readdirSync(dir).filter((name) => /^\d{3}-.+\.ts$/.test(name)).sort();
    expect(files).toHaveLength(MIGRATIONS.length);
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
    files.forEach((file, index) => {
      expect(Number(file.slice(0, 3))).toBe(index + 1);
      expect(MIGRATIONS[index]?.version).toBe(index + 1);
      expect(SCHEMA_AFTER[index + 1], `no expected schema for ${file}`).toBeDefined();
    });
  });

  it('001-initial: builds STRICT tables with the expected columns on an empty database and sets user_version 1', () => {
    expect(schemaVersion(db)).toBe(0);
    migrate(db, [migration001Initial]);
    expect(schemaVersion(db)).toBe(1);
    const expected = SCHEMA_AFTER[1] ?? {};
    const tables = userTables(db);
    expect(tables.map((table) => table.name)).toEqual(Object.keys(expected).sort());
    for (const table of tables) {
      expect(table.strict, `${table.name} is STRICT`).toBe(1);
      expect(columnsOf(db, table.name), table.name).toEqual(expected[table.name]);
    }
    expect(db.prepare('SELECT id, consecutive_failures FROM throttle').all()).toEqual([{ id: 1, consecutive_failures: 0 }]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM header').get()).toEqual({ n: 0 });
  });

  it('001-initial: keeps names and content out of plaintext columns', () => {
    migrate(db, [migration001Initial]);
    for (const { name } of userTables(db)) {
      for (const [column, type] of columnsOf(db, name)) {
        if (type !== 'BLOB' && type !== 'INTEGER') expect(TEXT_COLUMNS_ALLOWED.has(`${name}.${column}`), `${name}.${column}`).toBe(true);
      }
    }
    expect(() => db.prepare("INSERT INTO records VALUES ('id', 1, 1, 'not a blob', x'00')").run()).toThrow();
  });

  it('002-typed-rows: adds one STRICT table of typed rows to a version 1 vault and sets user_version 2', () => {
    migrate(db, [migration001Initial]);
    const before = userTables(db).map((table) => table.name);
    migrate(db, [migration001Initial, migration002TypedRows]);
    expect(schemaVersion(db)).toBe(2);
    const tables = userTables(db);
    expect(tables.map((table) => table.name)).toEqual([...before, 'typed_rows'].sort());
    expect(tables.find((table) => table.name === 'typed_rows')?.strict).toBe(1);
    expect(columnsOf(db, 'typed_rows')).toEqual(SCHEMA_AFTER[2]?.typed_rows);
    for (const [column, type] of columnsOf(db, 'typed_rows')) {
      if (type !== 'BLOB' && type !== 'INTEGER') expect(TEXT_COLUMNS_ALLOWED.has(`typed_rows.${column}`), column).toBe(true);
    }
    expect(() => db.prepare("INSERT INTO typed_rows VALUES ('k', 'id', 0, 'liuhen-s1', x'00', x'00')").run()).toThrow();
  });

  it('003-sealed-rows: on a new vault, replaces the three tables that named what they held by two, and sets user_version 3', () => {
    migrate(db, [migration001Initial, migration002TypedRows, migration003SealedRows]);
    expect(schemaVersion(db)).toBe(3);
    const tables = userTables(db);
    expect(tables.map((table) => table.name)).toEqual(['audit', 'header', 'manifest', 'pending_audit', 'sealed_rows', 'throttle']);
    for (const name of ['sealed_rows', 'manifest']) {
      expect(tables.find((table) => table.name === name)?.strict).toBe(1);
      expect(columnsOf(db, name)).toEqual(SCHEMA_AFTER[3]?.[name]);
      for (const [column, type] of columnsOf(db, name)) {
        if (type !== 'BLOB' && type !== 'INTEGER') expect(TEXT_COLUMNS_ALLOWED.has(`${name}.${column}`), column).toBe(true);
      }
    }
    expect(() => db.prepare("INSERT INTO sealed_rows VALUES (1, x'00', 'liuhen-s1', x'00', x'00', x'00')").run()).toThrow();
  });

  it('003-sealed-rows: keeps the older tables of a vault that has rows in them, for the first unlock to move', () => {
    migrate(db, [migration001Initial, migration002TypedRows]);
    db.prepare("INSERT INTO singletons VALUES ('manifest', 1, x'00', x'00')").run();
    migrate(db, [migration001Initial, migration002TypedRows, migration003SealedRows]);
    expect(userTables(db).map((table) => table.name)).toEqual(['audit', 'header', 'manifest', 'pending_audit', 'sealed_rows', 'singletons', 'throttle']);
  });

  it('brings an empty database to the latest version, and running it again changes nothing', () => {
    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    const once = schemaSql(db);
    migrate(db);
    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(schemaSql(db)).toEqual(once);
    expect(db.prepare('SELECT COUNT(*) AS n FROM throttle').get()).toEqual({ n: 1 });
  });

  it('refuses a database whose user_version is beyond the migrations it knows (VAULT_TOO_NEW) and leaves it alone', () => {
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expectUserError(thrownBy(() => migrate(db)), 'VAULT_TOO_NEW');
    expect(schemaVersion(db)).toBe(MIGRATIONS.length + 1);
    expect(userTables(db)).toEqual([]);
  });

  it('applies each migration in its own transaction: a failing one leaves the previous version intact', () => {
    const failing: Migration = {
      version: 2,
      up: (database) => {
        database.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('migration 2 failed');
      },
    };
    expect(() => migrate(db, [migration001Initial, failing])).toThrow('migration 2 failed');
    expect(schemaVersion(db)).toBe(1);
    expect(userTables(db).map((table) => table.name)).not.toContain('half_done');
  });
});
