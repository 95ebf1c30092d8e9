import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeVault, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { expectUserError, saveProfile, thrownBy } from './vault-kit.ts';

// Singletons (the profile, settings, and the vault's own bookkeeping slots) are sealed rows like records: they
// survive a lock, and the vault's own slots cannot be overwritten through the general-purpose write.

const profileSchema = z.object({ name: z.string(), unit: z.string() }).strict();

let temp: ReturnType<typeof makeTempDir>;
let vault: VaultService;

beforeEach(async () => {
  temp = makeTempDir('liuhen-singletons-');
  vault = makeVault(temp.path);
  await vault.create(TEST_PASSPHRASE);
});
afterEach(() => {
  vault.lock();
  temp.remove();
});

describe('singleton slots', () => {
  it('stores the profile sealed, reads it back after a lock, and answers undefined for an empty slot', async () => {
    expect(vault.readSingleton('profile', profileSchema)).toBeUndefined();
    saveProfile(vault, { name: '张三', unit: '某某局' });
    saveProfile(vault, { name: '张三', unit: '某某厅' });
    vault.lock();
    await vault.unlock(TEST_PASSPHRASE);
    expect(vault.readSingleton('profile', profileSchema)).toEqual({ name: '张三', unit: '某某厅' });
  });

  it('names a stored value that authenticates but no longer fits its schema as unreadable, not tampered', () => {
    saveProfile(vault, { name: '张三' });
    const error = thrownBy(() => vault.readSingleton('profile', profileSchema));
    expectUserError(error, 'ROW_UNREADABLE');
    expect((error as Error).message).toContain('承办人员基本情况');
  });

  it.each(['audit-keypair', 'settings', 'recovery-key-pending', 'commit-counter-key'])(
    "refuses to overwrite the vault's own slot %s through writeSingletons, and the vault still opens",
    async (slot) => {
      expect(() => vault.writeSingletons({ [slot]: { overwritten: true } }, 'profileSaved')).toThrow();
      vault.lock();
      await vault.unlock(TEST_PASSPHRASE);
      expect(vault.settings()).toEqual({ autoLockMinutes: 5 });
    },
  );
});
