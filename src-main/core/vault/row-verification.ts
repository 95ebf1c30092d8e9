import type { Database } from 'better-sqlite3';
import { UserError } from '../../shared/errors.ts';
import { rowKey, typedRowKey, type Manifest } from './manifest.ts';
import { RowIndex } from './row-index.ts';
import type { Sodium } from './sodium.ts';
import { MANIFEST_SLOT, tagOf, typedTag } from './vault-session.ts';

// Indexes every encrypted row on disk and checks that the set adds up to the manifest's hash and count. This
// reads only each row's tag (its last 16 bytes); each row is authenticated again, against this index, when it
// is decrypted.
export function indexAndVerifyRows(db: Database, sodium: Sodium, rowSetKey: Uint8Array, manifest: Manifest): RowIndex {
  const index = new RowIndex(sodium, rowSetKey);
  const records = db.prepare('SELECT record_id, version, revision, substr(ciphertext, -16) AS ciphertext FROM records').iterate() as Iterable<{
    record_id: string;
    version: number;
    revision: number;
    ciphertext: Uint8Array;
  }>;
  for (const row of records) {
    index.set(rowKey({ table: 'records', id: row.record_id, version: row.version }), {
      revision: row.revision,
      tag: tagOf(row.ciphertext),
    });
  }
  const singletons = db.prepare('SELECT slot, revision, substr(ciphertext, -16) AS ciphertext FROM singletons WHERE slot <> ?').iterate(MANIFEST_SLOT) as Iterable<{
    slot: string;
    revision: number;
    ciphertext: Uint8Array;
  }>;
  for (const row of singletons) {
    index.set(rowKey({ table: 'singletons', id: row.slot, version: 1 }), {
      revision: row.revision,
      tag: tagOf(row.ciphertext),
    });
  }
  const typed = db.prepare('SELECT kind, row_id, revision, suite, substr(ciphertext, -16) AS ciphertext FROM typed_rows').iterate() as Iterable<{
    kind: string;
    row_id: string;
    revision: number;
    suite: string;
    ciphertext: Uint8Array;
  }>;
  for (const row of typed) {
    index.set(typedRowKey(row.kind, row.row_id), { revision: row.revision, tag: typedTag(row.suite, row.ciphertext) });
  }
  if (index.size !== manifest.rowCount || index.digest() !== manifest.rowSetHash) throw new UserError('ROW_TAMPERED');
  return index;
}
