import type { Database } from 'better-sqlite3';
import { fromUtf8 } from './bytes.ts';
import { UserError } from '../../shared/errors.ts';
import type { RowCipher } from './cipher-suite.ts';
import type { Subkeys } from './keyring.ts';
import type { Manifest } from './manifest.ts';
import { unpad } from './padding.ts';
import { RowIndex } from './row-index.ts';
import type { Sodium } from './sodium.ts';
import { storageIdHex } from './storage-ids.ts';
import { nameAd, stampTag } from './vault-session.ts';

// Indexes every encrypted row on disk by its name and checks that the set adds up to the manifest's hash and
// count. This opens each row's sealed name (a short ciphertext of one length) and reads only the tag of its
// content; the content is authenticated again, against this index, when it is decrypted. A name that does not
// open was not written there with the key: the unlock is refused, as for a row the set does not add up to.
export function indexAndVerifyRows(db: Database, sodium: Sodium, cipher: RowCipher, subkeys: Subkeys, vaultId: string, manifest: Manifest): RowIndex {
  const index = new RowIndex(sodium, subkeys.rowSet);
  const rows = db.prepare('SELECT storage_id, suite, name, substr(ciphertext, -16) AS tag FROM sealed_rows').iterate() as Iterable<{
    storage_id: Uint8Array;
    suite: string;
    name: Uint8Array;
    tag: Uint8Array;
  }>;
  for (const row of rows) {
    const storageId = storageIdHex(row.storage_id);
    const padded = cipher.openName(subkeys.row, row.storage_id, row.name, nameAd(cipher.suite, vaultId, storageId));
    const name = padded && unpad(padded);
    if (!name) throw new UserError('ROW_TAMPERED');
    index.set(fromUtf8(name), { storageId, tag: stampTag(row.suite, row.tag) });
  }
  if (index.size !== manifest.rowCount || index.digest() !== manifest.rowSetHash) throw new UserError('ROW_TAMPERED');
  return index;
}
