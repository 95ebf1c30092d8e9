import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeVault, recordsOf, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { expectUserError, thrownBy, vaultFile, withRawDb } from './vault-kit.ts';

// Issue 10, item 4: one flipped byte in the records' primary-key index (quick_check passes, integrity_check does
// not) made the store answer version 1 as the latest. Every read is checked against the manifest's row index, so
// a row the SQLite index hides is reported instead of answered wrongly.
describe('a damaged SQLite index', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let vault: VaultService;
  let recordId: string;

  beforeEach(async () => {
    temp = makeTempDir('liuhen-index-');
    vault = makeVault(temp.path);
    await vault.create(TEST_PASSPHRASE);
    const store = recordsOf(vault);
    recordId = store.createDraft({ text: '第一版' }).recordId;
    store.finalize(recordId);
    store.amend(recordId, '更正');
    store.saveDraft(recordId, { text: '第二版' });
    vault.lock();
    hideLatestVersionInIndex(vaultFile(temp.path), recordId);
  });
  afterEach(() => {
    vault.lock();
    temp.remove();
  });

  it('is invisible to quick_check and SQLite answers version 1 as the latest', () => {
    withRawDb(vaultFile(temp.path), (db) => {
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
      expect(db.pragma('integrity_check', { simple: true })).not.toBe('ok');
      const latest = db.prepare('SELECT version FROM records WHERE record_id = ? ORDER BY version DESC LIMIT 1').get(recordId);
      expect(latest).toEqual({ version: 1 });
    });
  });

  it('is reported as VAULT_CORRUPT by every read of the record, never answered with version 1', async () => {
    await vault.unlock(TEST_PASSPHRASE);
    const store = recordsOf(vault);
    expectUserError(thrownBy(() => store.get(recordId)), 'VAULT_CORRUPT');
    expectUserError(thrownBy(() => store.history(recordId)), 'VAULT_CORRUPT');
    expectUserError(thrownBy(() => store.listLatest()), 'VAULT_CORRUPT');
    expect((thrownBy(() => store.get(recordId)) as Error).message).toContain('索引');
  });
});

// Finds the records' primary-key index page and changes the last character of the record id in the entry for
// version 2, keeping the page's sort order, so a lookup of that id no longer finds version 2.
function hideLatestVersionInIndex(path: string, recordId: string): void {
  const { rootPage, pageSize } = withRawDb(path, (db) => ({
    rootPage: (db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_records_1'").get() as { rootpage: number }).rootpage,
    pageSize: db.pragma('page_size', { simple: true }) as number,
  }));
  const bytes = readFileSync(path);
  const page = bytes.subarray((rootPage - 1) * pageSize, rootPage * pageSize);
  const id = Buffer.from(recordId, 'latin1');
  for (let at = page.indexOf(id); at >= 0; at = page.indexOf(id, at + 1)) {
    // In an index record the id's text is followed by the version: a one-byte integer 2 for version 2
    // (version 1 is stored as SQLite's constant 1, with no byte at all).
    if (page[at + id.length] === 2) {
      page[at + id.length - 1] = (page[at + id.length - 1] as number) + 1;
      writeFileSync(path, bytes);
      return;
    }
  }
  throw new Error('the version 2 entry was not found in the index page');
}
