import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeVault, recordsOf, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { expectUserError, recordStorageId, thrownBy, vaultFile, withRawDb } from './vault-kit.ts';

// Issue 10, item 4: one flipped byte in the records' primary-key index (quick_check passes, integrity_check does
// not) made the store answer version 1 as the latest. Every read is checked against the manifest's row index, so
// a row the SQLite index hides is reported instead of answered wrongly. Here the storage ids' index hides the row
// of version 2.
describe('a damaged SQLite index', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let vault: VaultService;
  let recordId: string;
  let latestAt: Buffer;

  beforeEach(async () => {
    temp = makeTempDir('liuhen-index-');
    vault = makeVault(temp.path);
    await vault.create(TEST_PASSPHRASE);
    const store = recordsOf(vault);
    recordId = store.createDraft({ text: '第一版' }).recordId;
    store.finalize(recordId);
    store.amend(recordId, '更正');
    store.saveDraft(recordId, { text: '第二版' });
    latestAt = recordStorageId(vault, recordId, 2);
    vault.lock();
    hideRowInIndex(vaultFile(temp.path), latestAt);
  });
  afterEach(() => {
    vault.lock();
    temp.remove();
  });

  it('is invisible to quick_check, and SQLite no longer finds the row of version 2', () => {
    withRawDb(vaultFile(temp.path), (db) => {
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
      expect(db.pragma('integrity_check', { simple: true })).not.toBe('ok');
      expect(db.prepare('SELECT position FROM sealed_rows WHERE storage_id = ?').get(latestAt)).toBeUndefined();
    });
  });

  it('is reported as VAULT_CORRUPT by every read of the record, never answered with version 1', async () => {
    await vault.unlock(TEST_PASSPHRASE);
    const store = recordsOf(vault);
    expectUserError(thrownBy(() => store.get(recordId)), 'VAULT_CORRUPT');
    expectUserError(thrownBy(() => store.history(recordId)), 'VAULT_CORRUPT');
    // The list may read the whole table past the index: then it finds version 2, never version 1.
    const listed = thrownBy(() => expect(store.listLatest().map((stored) => stored.version)).toEqual([2]));
    if (listed !== undefined) expectUserError(listed, 'VAULT_CORRUPT');
    expect((thrownBy(() => store.get(recordId)) as Error).message).toContain('索引');
  });
});

// Finds the storage ids' index page and raises the last byte of one storage id in it, keeping the page's sort
// order, so a lookup of that storage id no longer finds its row.
function hideRowInIndex(path: string, storageId: Buffer): void {
  const { rootPage, pageSize } = withRawDb(path, (db) => ({
    rootPage: (db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_sealed_rows_1'").get() as { rootpage: number }).rootpage,
    pageSize: db.pragma('page_size', { simple: true }) as number,
  }));
  const bytes = readFileSync(path);
  const page = bytes.subarray((rootPage - 1) * pageSize, rootPage * pageSize);
  const at = page.indexOf(storageId);
  if (at < 0) throw new Error('the storage id was not found in the index page');
  page[at + storageId.length - 1] = ((page[at + storageId.length - 1] as number) + 1) & 0xff;
  writeFileSync(path, bytes);
}
