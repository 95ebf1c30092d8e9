import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredVersion } from '../../../src-main/core/records/record-versions.ts';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeVault, recordsOf, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import {
  expectUserError,
  fileFingerprint,
  flipByte,
  OTHER_PASSPHRASE,
  readSealedRows,
  rejectionOf,
  thrownBy,
  vaultFile,
  withRawDb,
  WRONG_PASSPHRASE,
} from './vault-kit.ts';

// Passphrase change, recovery and backup/restore: each must leave every record exactly as it was, and each
// failure must leave the live vault exactly as it was.

let temp: ReturnType<typeof makeTempDir>;
const opened: VaultService[] = [];

beforeEach(() => {
  temp = makeTempDir('liuhen-round-trip-');
});
afterEach(() => {
  for (const vault of opened.splice(0)) vault.lock();
  temp.remove();
});

function folder(name: string): string {
  const path = join(temp.path, name);
  mkdirSync(path, { recursive: true });
  return path;
}

function track(vault: VaultService): VaultService {
  opened.push(vault);
  return vault;
}

// A draft, a finalized record and an amended one, then locked.
async function vaultWithRecords(dataDir: string): Promise<{ vault: VaultService; recoveryKey: string; latest: StoredVersion[] }> {
  const vault = track(makeVault(dataDir));
  const { recoveryKey } = await vault.create(TEST_PASSPHRASE);
  const store = recordsOf(vault);
  store.createDraft({ text: '草稿内容' });
  const finalized = store.createDraft({ text: '已完成内容' });
  store.finalize(finalized.recordId);
  const amended = store.createDraft({ text: '修订前内容' });
  store.finalize(amended.recordId);
  store.amend(amended.recordId, '补充情况');
  const latest = sortById(store.listLatest());
  vault.lock();
  return { vault, recoveryKey, latest };
}

function sortById(versions: StoredVersion[]): StoredVersion[] {
  return [...versions].sort((a, b) => a.recordId.localeCompare(b.recordId));
}

describe('changing the passphrase', () => {
  it('refuses the old passphrase, accepts the new one, and re-encrypts every record under a new vault key', async () => {
    const dataDir = folder('vault');
    const path = vaultFile(dataDir);
    const { vault, latest } = await vaultWithRecords(dataDir);
    const recordsBefore = readSealedRows(path);

    await vault.unlock(TEST_PASSPHRASE);
    await vault.changePassphrase(TEST_PASSPHRASE, OTHER_PASSPHRASE);
    vault.lock();

    const recordsAfter = readSealedRows(path);
    // Storage ids stay (their key is not the vault key); every ciphertext changes.
    expect(recordsAfter.map(({ storage_id }) => storage_id.toString('hex'))).toEqual(recordsBefore.map(({ storage_id }) => storage_id.toString('hex')));
    recordsAfter.forEach((row, index) => expect(Buffer.from(row.ciphertext).equals(Buffer.from(recordsBefore[index]?.ciphertext ?? []))).toBe(false));
    expectUserError(await rejectionOf(() => vault.unlock(TEST_PASSPHRASE)), 'WRONG_PASSPHRASE');
    await vault.unlock(OTHER_PASSPHRASE);
    expect(sortById(recordsOf(vault).listLatest())).toEqual(latest);
  });

  it('refuses a wrong current passphrase or a weak new one and changes nothing', async () => {
    const dataDir = folder('vault');
    const { vault } = await vaultWithRecords(dataDir);
    await vault.unlock(TEST_PASSPHRASE);
    expectUserError(await rejectionOf(() => vault.changePassphrase(WRONG_PASSPHRASE, OTHER_PASSPHRASE)), 'WRONG_PASSPHRASE');
    expectUserError(await rejectionOf(() => vault.changePassphrase(TEST_PASSPHRASE, 'short')), 'WEAK_PASSPHRASE');
    vault.lock();
    expectUserError(await rejectionOf(() => vault.unlock(OTHER_PASSPHRASE)), 'WRONG_PASSPHRASE');
    await vault.unlock(TEST_PASSPHRASE);
    expect(vault.status().unlocked).toBe(true);
  });
});

describe('recovering with the recovery key', () => {
  it('shows the key as nine groups of four, the last group being the check digits', async () => {
    const vault = track(makeVault(folder('vault')));
    const created = await vault.create(TEST_PASSPHRASE);
    expect(created.recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(created.recoveryKey.endsWith(`-${created.checkDigits}`)).toBe(true);
  });

  it('accepts the key as displayed and as typed in lower case with spaces, sets a new passphrase, keeps every record', async () => {
    const dataDir = folder('vault');
    const path = vaultFile(dataDir);
    const { vault, recoveryKey, latest } = await vaultWithRecords(dataDir);
    const recordsBefore = readSealedRows(path);

    const typed = recoveryKey.toLowerCase().replaceAll('-', ' ');
    await vault.recover(typed, OTHER_PASSPHRASE);
    expect(vault.status().unlocked).toBe(true);
    expect(sortById(recordsOf(vault).listLatest())).toEqual(latest);
    expect(vault.recoveryKeyConfirmed()).toBe(false);
    vault.lock();
    expect(readSealedRows(path)).not.toEqual(recordsBefore);
    expectUserError(await rejectionOf(() => vault.unlock(TEST_PASSPHRASE)), 'WRONG_PASSPHRASE');
    await vault.unlock(OTHER_PASSPHRASE);
    vault.lock();

    // A used recovery key is spent: it was typed, perhaps seen. The next one is issued and confirmed in the app.
    expectUserError(await rejectionOf(() => vault.recover(recoveryKey, TEST_PASSPHRASE)), 'WRONG_RECOVERY_KEY');
  });

  it('still recovers after the passphrase was changed (the recovery slot is re-sealed to the new vault key)', async () => {
    const dataDir = folder('vault');
    const { vault, recoveryKey } = await vaultWithRecords(dataDir);
    await vault.unlock(TEST_PASSPHRASE);
    await vault.changePassphrase(TEST_PASSPHRASE, OTHER_PASSPHRASE);
    vault.lock();
    await vault.recover(recoveryKey, '第三个口令 third one 2028');
    expect(vault.status().unlocked).toBe(true);
  });

  it('names a mistyped key (RECOVERY_KEY_MISTYPED) and leaves the file untouched', async () => {
    const dataDir = folder('vault');
    const path = vaultFile(dataDir);
    const { vault, recoveryKey } = await vaultWithRecords(dataDir);
    const before = fileFingerprint(path);
    const first = recoveryKey.charAt(0);
    const typo = `${first === '7' ? '8' : '7'}${recoveryKey.slice(1)}`;
    const swapped = `${recoveryKey.slice(0, 5)}${recoveryKey.charAt(6)}${recoveryKey.charAt(5)}${recoveryKey.slice(7)}`;
    const candidates = [typo, recoveryKey.slice(0, -1), `${recoveryKey}-0000`, recoveryKey.replace(/^.{4}/, 'UUUU')];
    if (swapped !== recoveryKey) candidates.push(swapped);
    for (const mistyped of candidates) {
      expectUserError(await rejectionOf(() => vault.recover(mistyped, OTHER_PASSPHRASE)), 'RECOVERY_KEY_MISTYPED');
    }
    expect(fileFingerprint(path)).toEqual(before);
    await vault.unlock(TEST_PASSPHRASE);
  });

  it('refuses a well-formed key of another vault (WRONG_RECOVERY_KEY), counts it as a failed attempt, changes no record', async () => {
    const dataDir = folder('vault');
    const path = vaultFile(dataDir);
    const { vault } = await vaultWithRecords(dataDir);
    const other = makeVault(folder('other'));
    const { recoveryKey: otherKey } = await other.create(TEST_PASSPHRASE);
    other.lock();
    const before = readSealedRows(path);
    expectUserError(await rejectionOf(() => vault.recover(otherKey, OTHER_PASSPHRASE)), 'WRONG_RECOVERY_KEY');
    expect(readSealedRows(path)).toEqual(before);
    await vault.unlock(TEST_PASSPHRASE);
    expect(vault.auditTrail().find((entry) => entry.action === 'recoveryFailed')).toMatchObject({ actor: 'unknown', unverified: true });
  });
});

describe('backup and restore', () => {
  interface Scenario {
    vault: VaultService;
    dataDir: string;
    backupPath: string;
    recordId: string;
    laterId: string;
  }

  // A backup taken with one draft, then a change to that draft and a new record after it.
  async function backedUpThenChanged(): Promise<Scenario> {
    const dataDir = folder('vault');
    const backupPath = join(folder('backups'), '留痕备份.liuhen-backup');
    const vault = track(makeVault(dataDir));
    await vault.create(TEST_PASSPHRASE);
    const record = recordsOf(vault).createDraft({ text: '备份时的内容' });
    await vault.backup(backupPath);
    recordsOf(vault).saveDraft(record.recordId, { text: '备份之后的修改' });
    const later = recordsOf(vault).createDraft({ text: '备份之后新建' });
    return { vault, dataDir, backupPath, recordId: record.recordId, laterId: later.recordId };
  }

  function keptFiles(dataDir: string): string[] {
    return readdirSync(dataDir).filter((name) => name.startsWith('vault.liuhen.before-restore-'));
  }

  it('brings back the earlier content, drops the later change, and keeps the replaced file', async () => {
    const { vault, dataDir, backupPath, recordId, laterId } = await backedUpThenChanged();
    await vault.restore(backupPath, { backupPassphrase: TEST_PASSPHRASE, currentPassphrase: TEST_PASSPHRASE });

    expect(vault.status().unlocked).toBe(true);
    const latest = recordsOf(vault).listLatest();
    expect(latest.map((version) => version.recordId)).toEqual([recordId]);
    expect(latest[0]?.content).toEqual({ text: '备份时的内容' });
    expectUserError(thrownBy(() => recordsOf(vault).get(laterId)), 'RECORD_NOT_FOUND');

    const kept = keptFiles(dataDir);
    expect(kept).toHaveLength(1);
    expect(existsSync(`${vaultFile(dataDir)}.restore`)).toBe(false);
    // The replaced vault, opened on its own (without its commit counter file, so the person accepts that), still
    // holds the later change.
    const keptDir = folder('kept');
    copyFileSync(join(dataDir, kept[0] ?? ''), vaultFile(keptDir));
    const keptVault = track(makeVault(keptDir));
    expectUserError(await rejectionOf(() => keptVault.unlock(TEST_PASSPHRASE)), 'VAULT_ROLLED_BACK');
    await keptVault.unlock(TEST_PASSPHRASE, { acceptRollback: true });
    expect(recordsOf(keptVault).get(recordId).content).toEqual({ text: '备份之后的修改' });
    expect(recordsOf(keptVault).get(laterId).content).toEqual({ text: '备份之后新建' });
  });

  it.each([
    ['cut to half', (path: string) => truncateSync(path, Math.floor(readFileSync(path).length / 2))],
    ['not a database', (path: string) => writeFileSync(path, '这不是备份文件 not a backup')],
    [
      'a record ciphertext altered',
      (path: string) =>
        withRawDb(path, (db) => {
          const row = db.prepare('SELECT storage_id, ciphertext FROM sealed_rows ORDER BY length(ciphertext) DESC').get() as { storage_id: Buffer; ciphertext: Buffer };
          db.prepare('UPDATE sealed_rows SET ciphertext = ? WHERE storage_id = ?').run(flipByte(row.ciphertext, 1), row.storage_id);
        }),
    ],
  ])('refuses a backup %s (BACKUP_INVALID) and leaves the live vault unchanged and unlockable', async (_label, damage) => {
    const { vault, dataDir, backupPath, recordId } = await backedUpThenChanged();
    damage(backupPath);

    // While unlocked: the vault stays unlocked and untouched.
    expectUserError(await rejectionOf(() => vault.restore(backupPath, { backupPassphrase: TEST_PASSPHRASE, currentPassphrase: TEST_PASSPHRASE })), 'BACKUP_INVALID');
    expect(vault.status().unlocked).toBe(true);
    expect(recordsOf(vault).get(recordId).content).toEqual({ text: '备份之后的修改' });

    // While locked: the file is byte for byte the same.
    vault.lock();
    const before = fileFingerprint(vaultFile(dataDir));
    expectUserError(await rejectionOf(() => vault.restore(backupPath, { backupPassphrase: TEST_PASSPHRASE, currentPassphrase: TEST_PASSPHRASE })), 'BACKUP_INVALID');
    expect(fileFingerprint(vaultFile(dataDir))).toEqual(before);
    expect(keptFiles(dataDir)).toEqual([]);
    expect(existsSync(`${vaultFile(dataDir)}.restore`)).toBe(false);
    await vault.unlock(TEST_PASSPHRASE);
    expect(recordsOf(vault).get(recordId).content).toEqual({ text: '备份之后的修改' });
  });

  it('refuses a backup opened with the wrong passphrase (WRONG_PASSPHRASE) and leaves the live vault unchanged', async () => {
    const { vault, dataDir, backupPath, recordId } = await backedUpThenChanged();
    await vault.changePassphrase(TEST_PASSPHRASE, OTHER_PASSPHRASE);
    vault.lock();
    const before = readSealedRows(vaultFile(dataDir));

    // The backup still needs the passphrase of the time it was made; a wrong one counts as a failed attempt.
    expectUserError(await rejectionOf(() => vault.restore(backupPath, { backupPassphrase: OTHER_PASSPHRASE, currentPassphrase: OTHER_PASSPHRASE })), 'WRONG_PASSPHRASE');
    expect(readSealedRows(vaultFile(dataDir))).toEqual(before);
    expect(keptFiles(dataDir)).toEqual([]);
    await vault.unlock(OTHER_PASSPHRASE);
    expect(recordsOf(vault).get(recordId).content).toEqual({ text: '备份之后的修改' });
    expect(vault.auditTrail().some((entry) => entry.action === 'passphraseCheckFailed')).toBe(true);
    vault.lock();

    await vault.restore(backupPath, { backupPassphrase: TEST_PASSPHRASE, currentPassphrase: OTHER_PASSPHRASE });
    expect(recordsOf(vault).get(recordId).content).toEqual({ text: '备份时的内容' });
  });

  it('names a backup file that does not exist (FILE_UNREADABLE)', async () => {
    const { vault, dataDir } = await backedUpThenChanged();
    expectUserError(await rejectionOf(() => vault.restore(join(dataDir, 'missing.liuhen-backup'), { backupPassphrase: TEST_PASSPHRASE, currentPassphrase: TEST_PASSPHRASE })), 'FILE_UNREADABLE');
    expect(vault.status().unlocked).toBe(true);
  });
});
