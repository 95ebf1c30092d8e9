import type { Database } from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { MIGRATIONS, migrate, schemaVersion } from './migrations/index.ts';
import type { Migration } from './migrations/migration.ts';

// A vault made by an older version is brought to the current schema when it is opened: first a copy of the file is
// kept beside it (`<vault>.before-migration-v<from>-<time>`, never deleted), then each pending migration runs in its
// own transaction, so a failing one leaves the vault at the last version that succeeded and the copy untouched.
// Version 0 (not a vault) and a newer version are left for the header check to name.
export function migrateOnOpen(db: Database, vaultPath: string, stamp: string, migrations: readonly Migration[] = MIGRATIONS): string | undefined {
  const from = schemaVersion(db);
  if (from === 0 || from >= migrations.length) return undefined;
  db.pragma('wal_checkpoint(TRUNCATE)');
  const copy = `${vaultPath}.before-migration-v${from}-${stamp}`;
  copyFileSync(vaultPath, copy);
  migrate(db, migrations);
  return copy;
}
