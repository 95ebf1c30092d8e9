import type { Database } from 'better-sqlite3';
import { UserError } from '../../errors.ts';
import { migration001Initial } from './001-initial.ts';
import type { Migration } from './migration.ts';

// One file per schema version, applied in order; PRAGMA user_version records how far a vault has come.
export const MIGRATIONS: readonly Migration[] = [migration001Initial];

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
