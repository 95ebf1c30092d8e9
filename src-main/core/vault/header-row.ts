import type { Database } from 'better-sqlite3';
import { UserError } from '../../shared/errors.ts';
import { decodeHeader, encodeHeader, type DecodedHeader, type KdfParams, type VaultHeader } from './header.ts';
import { LATEST_SCHEMA_VERSION, requireLatestTables, schemaVersion } from './migrations/index.ts';
import type { Sodium } from './sodium.ts';
import { asVaultCorrupt } from './vault-file.ts';

// The header row, read before any key exists: schema version and tables first, then the header itself.
export function readHeader(db: Database, sodium: Sodium, checkCost: (kdf: KdfParams) => void): DecodedHeader {
  return asVaultCorrupt(() => {
    const version = schemaVersion(db);
    // An empty file or some other SQLite database: not a vault, or one cut down to nothing.
    if (version === 0) throw new UserError('VAULT_CORRUPT');
    if (version > LATEST_SCHEMA_VERSION) throw new UserError('VAULT_TOO_NEW');
    requireLatestTables(db);
    const row = db.prepare('SELECT body, checksum FROM header WHERE id = 1').get() as
      | { body: Uint8Array; checksum: Uint8Array }
      | undefined;
    if (!row) throw new UserError('HEADER_CORRUPT');
    return decodeHeader(sodium, row.body, row.checksum, checkCost);
  });
}

// Answers the header's digest, which the manifest written in the same transaction must carry.
export function writeHeader(db: Database, sodium: Sodium, header: VaultHeader): string {
  const { body, checksum } = encodeHeader(sodium, header);
  db.prepare(
    `INSERT INTO header (id, body, checksum) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET body = excluded.body, checksum = excluded.checksum`,
  ).run(body, checksum);
  return sodium.to_hex(checksum);
}
