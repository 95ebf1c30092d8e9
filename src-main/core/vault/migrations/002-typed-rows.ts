import type { Migration } from './migration.ts';

// The typed tables (`encrypted-table.ts`): one row per (kind, id) for every stored kind that is not a record
// version or a vault singleton. `suite` names the cipher suite the row was sealed with, so rows of a second suite
// can sit beside these; `kind` is the registered kind's name.
export const migration002TypedRows: Migration = {
  version: 2,
  up: (db) => {
    db.exec(`
      CREATE TABLE typed_rows (
        kind TEXT NOT NULL,
        row_id TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        suite TEXT NOT NULL,
        nonce BLOB NOT NULL,
        ciphertext BLOB NOT NULL,
        PRIMARY KEY (kind, row_id)
      ) STRICT;
    `);
  },
};
