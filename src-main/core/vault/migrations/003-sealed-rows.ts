import type { Migration } from './migration.ts';

// One table for every encrypted row, whatever it holds (a record version, a vault setting, a typed row), so the
// file no longer says which is which. `storage_id` is a keyed hash of the row's name (storage-ids.ts); `name` is
// that name sealed, one length for every row; `position` is random, so the order of rows in the file says
// nothing about when they were written. The manifest has a table of its own: it is read first, to find the key
// of the storage ids. The tables of schema 1 and 2 are dropped here when they are empty (a vault being created);
// a vault with rows in them keeps them until its first unlock moves the rows over (legacy-layout.ts), since
// moving them needs the key.
export const migration003SealedRows: Migration = {
  version: 3,
  up: (db) => {
    db.exec(`
      CREATE TABLE sealed_rows (
        position INTEGER PRIMARY KEY,
        storage_id BLOB NOT NULL UNIQUE CHECK (length(storage_id) = 32),
        suite TEXT NOT NULL,
        name BLOB NOT NULL,
        nonce BLOB NOT NULL,
        ciphertext BLOB NOT NULL
      ) STRICT;

      CREATE TABLE manifest (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        suite TEXT NOT NULL,
        nonce BLOB NOT NULL,
        ciphertext BLOB NOT NULL
      ) STRICT;
    `);
    for (const table of LEGACY_TABLES) {
      const holdsRows = db.prepare(`SELECT EXISTS (SELECT 1 FROM ${table}) AS rows`).get() as { rows: number };
      if (holdsRows.rows === 0) db.exec(`DROP TABLE ${table}`);
    }
  },
};

export const LEGACY_TABLES = ['records', 'singletons', 'typed_rows'] as const;
