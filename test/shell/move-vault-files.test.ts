import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VAULT_FILE_NAME } from '../../src-main/core/vault/vault-file.ts';
import { appFolders } from '../../src-main/shell/app-folders.ts';
import { moveVaultFiles } from '../../src-main/shell/move-vault-files.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { makeVault, TEST_PASSPHRASE } from '../support/test-vault.ts';

// What an earlier version left in the folder it shared with Chromium.
const CHROMIUM_LEFTOVERS = ['Local State', 'Preferences'];

describe('moving the vault out of the folder Chromium uses', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let oldFolder: string;
  let newFolder: string;

  beforeEach(() => {
    temp = makeTempDir('liuhen-move-vault-');
    const folders = appFolders(temp.path);
    oldFolder = folders.chromium;
    newFolder = folders.vault;
    mkdirSync(oldFolder, { recursive: true });
    for (const name of CHROMIUM_LEFTOVERS) writeFileSync(join(oldFolder, name), '{}');
  });
  afterEach(() => temp.remove());

  const vaultFiles = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((name) => name.startsWith(VAULT_FILE_NAME)) : []);

  it('moves a vault that was closed normally, and it opens with what was saved in it', async () => {
    const vault = makeVault(oldFolder);
    await vault.create(TEST_PASSPHRASE);
    vault.saveSettings({ autoLockMinutes: 17 });
    vault.lock();
    const before = readFileSync(join(oldFolder, VAULT_FILE_NAME));

    const result = moveVaultFiles(oldFolder, newFolder);

    expect(result).toMatchObject({ kind: 'moved' });
    expect(vaultFiles(oldFolder)).toEqual([]);
    expect(readFileSync(join(newFolder, VAULT_FILE_NAME)).equals(before)).toBe(true);
    const moved = makeVault(newFolder);
    await moved.unlock(TEST_PASSPHRASE);
    expect(moved.settings().autoLockMinutes).toBe(17);
    moved.lock();
    // Chromium's own files stay in Chromium's folder.
    expect(readdirSync(oldFolder).sort()).toEqual([...CHROMIUM_LEFTOVERS].sort());
  });

  it('moves a vault left with its write-ahead log (the app was killed) whole, so no save is lost', async () => {
    const live = makeVault(temp.path + '-live');
    await live.create(TEST_PASSPHRASE);
    live.saveSettings({ autoLockMinutes: 23 });
    // Copied while the database is open: the last save lives in the -wal file only, as after a power cut.
    const livePath = join(temp.path + '-live');
    const sides = readdirSync(livePath).filter((name) => name.startsWith(VAULT_FILE_NAME));
    expect(sides).toContain(`${VAULT_FILE_NAME}-wal`);
    for (const name of sides) copyFileSync(join(livePath, name), join(oldFolder, name));
    live.lock();

    const result = moveVaultFiles(oldFolder, newFolder);

    expect(result.kind).toBe('moved');
    if (result.kind === 'moved') expect(result.files.at(-1)).toBe(VAULT_FILE_NAME);
    expect(vaultFiles(oldFolder)).toEqual([]);
    expect(vaultFiles(newFolder).sort()).toEqual([...sides].sort());
    const moved = makeVault(newFolder);
    await moved.unlock(TEST_PASSPHRASE);
    expect(moved.settings().autoLockMinutes).toBe(23);
    moved.lock();
  });

  it('finishes a move cut short: the vault file left behind joins the side files already moved', async () => {
    const vault = makeVault(oldFolder);
    await vault.create(TEST_PASSPHRASE);
    vault.lock();
    expect(vaultFiles(oldFolder)).toContain(`${VAULT_FILE_NAME}.counter`);
    mkdirSync(newFolder, { recursive: true });
    // The first run got as far as the counter file.
    copyFileSync(join(oldFolder, `${VAULT_FILE_NAME}.counter`), join(newFolder, `${VAULT_FILE_NAME}.counter`));

    expect(moveVaultFiles(oldFolder, newFolder).kind).toBe('moved');
    expect(vaultFiles(oldFolder)).toEqual([]);
    expect(vaultFiles(newFolder).sort()).toEqual([VAULT_FILE_NAME, `${VAULT_FILE_NAME}.counter`]);
  });

  it('touches neither vault when both folders hold one', async () => {
    for (const folder of [oldFolder, newFolder]) {
      const vault = makeVault(folder);
      await vault.create(TEST_PASSPHRASE);
      vault.lock();
    }
    const oldBytes = readFileSync(join(oldFolder, VAULT_FILE_NAME));
    const newBytes = readFileSync(join(newFolder, VAULT_FILE_NAME));

    const inOldFolder = vaultFiles(oldFolder);
    expect(inOldFolder).toContain(VAULT_FILE_NAME);

    expect(moveVaultFiles(oldFolder, newFolder)).toEqual({ kind: 'both-exist', leftInOldFolder: inOldFolder });
    expect(vaultFiles(oldFolder)).toEqual(inOldFolder);
    expect(readFileSync(join(oldFolder, VAULT_FILE_NAME)).equals(oldBytes)).toBe(true);
    expect(readFileSync(join(newFolder, VAULT_FILE_NAME)).equals(newBytes)).toBe(true);
  });

  it('does nothing on a first installation, and creates no folder', () => {
    expect(moveVaultFiles(join(temp.path, 'absent'), newFolder)).toEqual({ kind: 'nothing-to-move' });
    expect(moveVaultFiles(oldFolder, newFolder)).toEqual({ kind: 'nothing-to-move' });
    expect(existsSync(newFolder)).toBe(false);
  });

  it.runIf(process.platform !== 'win32')('creates the vault folder readable by its owner only', async () => {
    const vault = makeVault(oldFolder);
    await vault.create(TEST_PASSPHRASE);
    vault.lock();
    moveVaultFiles(oldFolder, newFolder);
    expect(statSync(newFolder).mode & 0o777).toBe(0o700);
  });
});
