import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeVault, recordsOf, TEST_PASSPHRASE } from '../../support/test-vault.ts';

const OWNER_ONLY = 0o700;

// On a new machine the data folder may not exist yet: creating a vault, or restoring one from a backup, makes it,
// readable by its owner only.
describe('a vault on a machine that has never had one', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir('liuhen-first-use-');
  });
  afterEach(() => temp.remove());

  it('creates the data folder, owner-only, when it creates the vault', async () => {
    const dataDir = join(temp.path, 'not', 'yet', 'there');
    const vault = makeVault(dataDir);
    await vault.create(TEST_PASSPHRASE);
    vault.lock();
    expect(existsSync(join(dataDir, 'vault.liuhen'))).toBe(true);
    expect(statSync(dataDir).mode & 0o777).toBe(OWNER_ONLY);
  });

  it('restores a backup into a data folder that does not exist yet', async () => {
    const original = makeVault(join(temp.path, 'old-machine'));
    await original.create(TEST_PASSPHRASE);
    const draft = recordsOf(original).createDraft({ note: '迁移前的草稿' });
    const backup = join(temp.path, 'carried.liuhen-backup');
    await original.backup(backup);
    original.lock();

    const fresh = makeVault(join(temp.path, 'new-machine', 'liuhen'));
    await fresh.restore(backup, { backupPassphrase: TEST_PASSPHRASE });
    expect(recordsOf(fresh).get(draft.recordId).content).toEqual({ note: '迁移前的草稿' });
    expect(fresh.auditTrail().at(-1)?.action).toBe('backupRestored');
    fresh.lock();
  });
});
