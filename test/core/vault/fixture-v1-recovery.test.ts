import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeVault, recordsOf } from '../../support/test-vault.ts';
import { expectUserError, readRawHeader, rejectionOf, vaultFile } from './vault-kit.ts';

const FIXTURE_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'vaults', 'v1-recovery');
const NEW_PASSPHRASE = '恢复之后的新口令 after recovery 2027';

interface Expected {
  passphrase: string;
  recoveryKey: string;
  recordId: string;
}

// A format 1 vault's printed recovery key must keep working after the upgrade (as a legacy slot), and recovering
// with it must leave a format 2 vault that the old key and the old passphrase no longer open.
describe('a format 1 vault recovered with the key printed for it', () => {
  const expected = JSON.parse(readFileSync(join(FIXTURE_DIR, 'expected.json'), 'utf8')) as Expected;
  let temp: ReturnType<typeof makeTempDir>;
  let vault: VaultService;

  beforeEach(() => {
    temp = makeTempDir('liuhen-v1-recovery-');
    copyFileSync(join(FIXTURE_DIR, 'vault.liuhen'), vaultFile(temp.path));
    vault = makeVault(temp.path);
  });
  afterEach(() => {
    vault.lock();
    temp.remove();
  });

  function slotKinds(): string[] {
    return (JSON.parse(readRawHeader(vaultFile(temp.path)).body.toString('utf8')) as { slots: { kind: string }[] }).slots.map((slot) => slot.kind);
  }

  it('recovers before any upgrade: format 2, one new passphrase slot, the printed key spent', async () => {
    await vault.recover(expected.recoveryKey, NEW_PASSPHRASE);
    expect(recordsOf(vault).get(expected.recordId).content).toMatchObject({ filer: '李某' });
    expect(vault.recoveryKeyConfirmed()).toBe(false);
    expect(slotKinds()).toEqual(['passphrase']);
    vault.lock();
    expectUserError(await rejectionOf(() => vault.unlock(expected.passphrase)), 'WRONG_PASSPHRASE');
    expectUserError(await rejectionOf(() => vault.recover(expected.recoveryKey, expected.passphrase)), 'WRONG_RECOVERY_KEY');
    await vault.unlock(NEW_PASSPHRASE);
  });

  it('still recovers with the printed key after an unlock upgraded the header (its legacy slot)', async () => {
    await vault.unlock(expected.passphrase);
    expect(slotKinds()).toEqual(['passphrase', 'legacyRecovery']);
    expect(vault.recoveryKeyConfirmed()).toBe(true);
    vault.lock();
    await vault.recover(expected.recoveryKey, NEW_PASSPHRASE);
    expect(recordsOf(vault).get(expected.recordId).content).toMatchObject({ filer: '李某' });
    expect(slotKinds()).toEqual(['passphrase']);
  });
});
