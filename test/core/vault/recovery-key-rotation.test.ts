import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeVault, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import {
  expectUserError,
  fileFingerprint,
  flipByte,
  OTHER_PASSPHRASE,
  readRawHeader,
  rejectionOf,
  singletonStorageId,
  vaultFile,
  withRawDb,
} from './vault-kit.ts';

const PENDING_SLOT = 'recovery-key-pending';

// The pending-confirmation row in the file, found where the open vault says it is stored.
function pendingRows(path: string, storageId: Buffer): { ciphertext: Buffer }[] {
  return withRawDb(path, (db) => db.prepare('SELECT ciphertext FROM sealed_rows WHERE storage_id = ?').all(storageId) as { ciphertext: Buffer }[]);
}

// A recovery key shown at setup and never confirmed is replaced when setup resumes; the replaced key must stop
// opening the vault, and the confirmation must survive a restart.

let temp: ReturnType<typeof makeTempDir>;
let vault: VaultService;
let firstKey: string;

beforeEach(async () => {
  temp = makeTempDir('liuhen-recovery-rotation-');
  vault = makeVault(temp.path);
  firstKey = (await vault.create(TEST_PASSPHRASE)).recoveryKey;
});
afterEach(() => {
  vault.lock();
  temp.remove();
});

describe('issuing a new recovery key', () => {
  it('starts unconfirmed, replaces the recovery slot, and only the new key recovers the vault afterwards', async () => {
    expect(vault.recoveryKeyConfirmed()).toBe(false);
    const recoverySlots = () =>
      (JSON.parse(readRawHeader(vaultFile(temp.path)).body.toString('utf8')) as { slots: { kind: string; publicKey: string }[] }).slots.filter(
        (slot) => slot.kind === 'recovery',
      );
    const [before] = recoverySlots();
    const { recoveryKey: secondKey } = await vault.issueRecoveryKey();
    const after = recoverySlots();
    expect(after).toHaveLength(1);
    expect(after[0]?.publicKey).not.toBe(before?.publicKey);
    expect(vault.auditTrail().map((entry) => entry.action)).toEqual(['vaultCreated', 'recoveryKeyIssued']);

    vault.lock();
    expectUserError(await rejectionOf(() => vault.recover(firstKey, OTHER_PASSPHRASE)), 'WRONG_RECOVERY_KEY');
    await vault.recover(secondKey, OTHER_PASSPHRASE);
    // Used, so spent: a new key must be issued and confirmed.
    expect(vault.recoveryKeyConfirmed()).toBe(false);
    vault.lock();
    expectUserError(await rejectionOf(() => vault.recover(secondKey, TEST_PASSPHRASE)), 'WRONG_RECOVERY_KEY');
  });

  it('refuses to replace a confirmed key', async () => {
    await vault.confirmRecoveryKey(firstKey);
    expectUserError(await rejectionOf(() => vault.issueRecoveryKey()), 'RECOVERY_KEY_ALREADY_CONFIRMED');
    vault.lock();
    await vault.recover(firstKey, OTHER_PASSPHRASE);
  });
});

describe('confirming the recovery key', () => {
  it('accepts the key the header wraps, keeps the confirmation over a restart, and audits it', async () => {
    const { recoveryKey: secondKey } = await vault.issueRecoveryKey();
    const pendingAt = singletonStorageId(vault, PENDING_SLOT);
    expect(pendingRows(vaultFile(temp.path), pendingAt)).toHaveLength(1);
    await vault.confirmRecoveryKey(secondKey.replace(/-/g, ' ').toLowerCase());
    vault.lock();
    expect(pendingRows(vaultFile(temp.path), pendingAt)).toHaveLength(0);
    const restarted = makeVault(temp.path);
    await restarted.unlock(TEST_PASSPHRASE);
    expect(restarted.recoveryKeyConfirmed()).toBe(true);
    expect(restarted.auditTrail().map((entry) => entry.action)).toEqual([
      'vaultCreated',
      'recoveryKeyIssued',
      'recoveryKeyConfirmed',
      'locked',
      'unlocked',
    ]);
    restarted.lock();
  });

  it('refuses a replaced key (counted as a failed attempt) and a mistyped one (not counted), in Chinese', async () => {
    const { recoveryKey: secondKey } = await vault.issueRecoveryKey();
    const path = vaultFile(temp.path);
    const typo = `${secondKey.startsWith('A') ? 'B' : 'A'}${secondKey.slice(1)}`;
    const untouched = fileFingerprint(path);
    expectUserError(await rejectionOf(() => vault.confirmRecoveryKey(typo)), 'RECOVERY_KEY_MISTYPED');
    expect(fileFingerprint(path)).toEqual(untouched);
    const wrong = await rejectionOf(() => vault.confirmRecoveryKey(firstKey));
    expectUserError(wrong, 'WRONG_RECOVERY_KEY');
    expect((wrong as Error).message).toContain('与本次显示的恢复密钥不一致');
    expect(vault.auditTrail().map((entry) => entry.action).at(-1)).toBe('recoveryFailed');
    expect(vault.recoveryKeyConfirmed()).toBe(false);
  });

  it('needs the vault unlocked', async () => {
    vault.lock();
    expectUserError(await rejectionOf(() => vault.confirmRecoveryKey(firstKey)), 'VAULT_LOCKED');
    expectUserError(await rejectionOf(() => vault.issueRecoveryKey()), 'VAULT_LOCKED');
  });
});

describe('a damaged pending-confirmation row', () => {
  it('does not make the unlock fail: the key still counts as unconfirmed and a new one can be issued', async () => {
    const pendingAt = singletonStorageId(vault, PENDING_SLOT);
    vault.lock();
    const path = vaultFile(temp.path);
    const [row] = pendingRows(path, pendingAt);
    if (!row) throw new Error('a new vault has a pending recovery key');
    withRawDb(path, (db) => db.prepare('UPDATE sealed_rows SET ciphertext = ? WHERE storage_id = ?').run(flipByte(row.ciphertext, 0), pendingAt));
    await vault.unlock(TEST_PASSPHRASE);
    expect(vault.recoveryKeyConfirmed()).toBe(false);
    const { recoveryKey } = await vault.issueRecoveryKey();
    await vault.confirmRecoveryKey(recoveryKey);
    expect(vault.recoveryKeyConfirmed()).toBe(true);
  });
});

describe('a vault made before the confirmation was kept (fixture v1)', () => {
  it('counts its recovery key as confirmed and never replaces it', async () => {
    const fixtureDir = join(import.meta.dirname, '..', '..', 'fixtures', 'vaults', 'v1');
    const { passphrase } = JSON.parse(readFileSync(join(fixtureDir, 'expected.json'), 'utf8')) as { passphrase: string };
    const dataDir = join(temp.path, 'v1');
    mkdirSync(dataDir);
    copyFileSync(join(fixtureDir, 'vault.liuhen'), vaultFile(dataDir));
    const old = makeVault(dataDir);
    await old.unlock(passphrase);
    expect(old.recoveryKeyConfirmed()).toBe(true);
    expectUserError(await rejectionOf(() => old.issueRecoveryKey()), 'RECOVERY_KEY_ALREADY_CONFIRMED');
    old.lock();
  });
});
