import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blankDraft } from '../../../src-main/core/records/blank-draft.ts';
import type { Services } from '../../../src-main/core/services.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeServices } from '../../support/test-services.ts';
import { TEST_PASSPHRASE } from '../../support/test-vault.ts';

// Issue 10, item 8: with a current list index, an unlock and the records list that follows decrypt no record
// version at all: the content migration's check and the list both read the index's small rows. Counted by the
// session itself, which counts every row it decrypts.

let temp: ReturnType<typeof makeTempDir>;
let services: Services;

beforeEach(async () => {
  temp = makeTempDir('liuhen-unlock-reads-');
  services = makeServices(temp.path);
  await services.vault.create(TEST_PASSPHRASE);
});
afterEach(() => {
  services.vault.lock();
  temp.remove();
});

function recordsDecrypted(): number {
  return services.vault.require().session.decryptedRows('records');
}

describe('unlocking a vault whose list index is current', () => {
  it('decrypts no record version for the content check or the list', async () => {
    const drafts = [1, 2, 3].map((n) => services.recordVersions.createDraft({ ...blankDraft(null, `2026-11-2${n}`), filer: `第${n}位` }));
    services.recordVersions.finalize(drafts[0]?.recordId ?? '');
    services.vault.lock();

    await services.vault.unlock(TEST_PASSPHRASE);
    expect(recordsDecrypted()).toBe(0);
    expect(services.vault.require().session.decryptedRows('record-list')).toBe(0);
    const listed = services.records.list({ limit: 50 });
    expect(listed).toMatchObject({ total: 3, unreadable: [] });
    expect(recordsDecrypted()).toBe(0);
    expect(services.vault.require().session.decryptedRows('record-list')).toBe(3);
  });

  it('counts what it does decrypt: a record read in full', async () => {
    const draft = services.recordVersions.createDraft(blankDraft(null, '2026-11-26'));
    services.vault.lock();
    await services.vault.unlock(TEST_PASSPHRASE);
    services.recordVersions.get(draft.recordId);
    expect(recordsDecrypted()).toBe(1);
  });
});
