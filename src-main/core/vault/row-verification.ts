import type { Database } from 'better-sqlite3';
import { UserError } from '../errors.ts';
import { AEAD_TAG_BYTES } from './crypto-params.ts';
import { rowKey } from './manifest.ts';
import type { Sodium } from './sodium.ts';
import { MANIFEST_SLOT, type VaultSession } from './vault-session.ts';

interface RowSummary {
  key: string;
  revision: number;
  tail: Uint8Array;
}

// The set of encrypted rows on disk must be exactly the set the manifest remembers, revision and tag alike.
// This compares tags only; each row's ciphertext is authenticated again when it is decrypted.
export function verifyRowSet(db: Database, sodium: Sodium, session: VaultSession): void {
  const onDisk: RowSummary[] = [
    ...(db.prepare('SELECT record_id, version, revision, ciphertext FROM records').all() as {
      record_id: string;
      version: number;
      revision: number;
      ciphertext: Uint8Array;
    }[]).map((row) => ({
      key: rowKey({ table: 'records', id: row.record_id, version: row.version }),
      revision: row.revision,
      tail: row.ciphertext.subarray(row.ciphertext.length - AEAD_TAG_BYTES),
    })),
    ...(db.prepare('SELECT slot, revision, ciphertext FROM singletons WHERE slot <> ?').all(MANIFEST_SLOT) as {
      slot: string;
      revision: number;
      ciphertext: Uint8Array;
    }[]).map((row) => ({
      key: rowKey({ table: 'singletons', id: row.slot, version: 1 }),
      revision: row.revision,
      tail: row.ciphertext.subarray(row.ciphertext.length - AEAD_TAG_BYTES),
    })),
  ];
  const expected = new Set(session.rowKeys());
  for (const row of onDisk) {
    const [table, id, version] = row.key.split('/') as ['records' | 'singletons', string, string];
    const want = session.expectedRow({ table, id, version: Number(version) });
    if (!want || want.revision !== row.revision || want.tag !== sodium.to_base64(row.tail)) {
      throw new UserError('ROW_TAMPERED');
    }
    expected.delete(row.key);
  }
  if (expected.size > 0) throw new UserError('ROW_TAMPERED');
}
