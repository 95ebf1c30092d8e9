import BetterSqlite3, { type Database } from 'better-sqlite3';
import { UserError } from '../../../shared/errors.ts';
import { migration001Initial } from './001-initial.ts';
import { migration002TypedRows } from './002-typed-rows.ts';
import { migration003SealedRows } from './003-sealed-rows.ts';
import type { Migration } from './migration.ts';

// One file per schema version, applied in order; PRAGMA user_version records how far a vault has come.
export const MIGRATIONS: readonly Migration[] = [migration001Initial, migration002TypedRows, migration003SealedRows];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = schemaVersion(db);
  if (current > migrations.length) throw new UserError('VAULT_TOO_NEW');
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

let latestTables: readonly string[] | undefined;

// The tables a vault at the latest schema version has, learnt by running the migrations on an empty database,
// so the list can never disagree with them.
function tablesOfLatestSchema(): readonly string[] {
  if (!latestTables) {
    const scratch = new BetterSqlite3(':memory:');
    try {
      migrate(scratch);
      latestTables = tableNames(scratch);
    } finally {
      scratch.close();
    }
  }
  return latestTables;
}

function tableNames(db: Database): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  return rows.map((row) => row.name);
}

// A vault whose schema version is the latest but which lacks one of its tables was altered by hand: refused
// before any query meets "no such table". The tables of the older layout may still be there, until the first
// unlock moves their rows (legacy-layout.ts).
export function requireLatestTables(db: Database): void {
  const present = new Set(tableNames(db));
  if (tablesOfLatestSchema().some((table) => !present.has(table))) throw new UserError('VAULT_CORRUPT');
}
