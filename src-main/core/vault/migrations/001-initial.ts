import type { Migration } from './migration.ts';

// Plaintext columns hold only random ids, version and revision numbers, nonces and chain hashes.
export const migration001Initial: Migration = {
  version: 1,
  up: (db) => {
    db.exec(`
      CREATE TABLE header (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        body BLOB NOT NULL,
        checksum BLOB NOT NULL
      ) STRICT;

      CREATE TABLE records (
        record_id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        revision INTEGER NOT NULL CHECK (revision >= 1),
        nonce BLOB NOT NULL,
        ciphertext BLOB NOT NULL,
        PRIMARY KEY (record_id, version)
      ) STRICT;

      CREATE TABLE singletons (
        slot TEXT PRIMARY KEY,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        nonce BLOB NOT NULL,
        ciphertext BLOB NOT NULL
      ) STRICT;

      CREATE TABLE audit (
        seq INTEGER PRIMARY KEY CHECK (seq >= 1),
        nonce BLOB NOT NULL,
        ciphertext BLOB NOT NULL,
        chain BLOB NOT NULL
      ) STRICT;

      CREATE TABLE pending_audit (
        id INTEGER PRIMARY KEY,
        sealed BLOB NOT NULL
      ) STRICT;

      CREATE TABLE throttle (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        consecutive_failures INTEGER NOT NULL CHECK (consecutive_failures >= 0)
      ) STRICT;
      INSERT INTO throttle (id, consecutive_failures) VALUES (1, 0);
    `);
  },
};
