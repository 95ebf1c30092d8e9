import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveSubkeys, open } from '../../../src-main/core/vault/keyring.ts';
import { loadSodium } from '../../../src-main/core/vault/sodium.ts';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { fromUtf8 } from '../../../src-main/core/vault/bytes.ts';
import { unpad } from '../../../src-main/core/vault/padding.ts';
import { auditAd, bodyAd, manifestAd, nameAd } from '../../../src-main/core/vault/vault-session.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeVault, recordsOf, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { expectUserError, OTHER_PASSPHRASE, readRawHeader, rejectionOf, vaultFile, withRawDb } from './vault-kit.ts';

const SECOND_ACCOUNT = '第二位同志的口令 second officer 2026';
const THIRD = '第三个口令 third one 2028';

// Issue 10, item 2: one key slot per account and one for the recovery key; taking a way in away rotates the vault
// key, after which the old key and the old header open nothing in the file.
describe('key slots and rotation', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let vault: VaultService;
  let recoveryKey: string;

  beforeEach(async () => {
    temp = makeTempDir('liuhen-slots-');
    vault = makeVault(temp.path);
    recoveryKey = (await vault.create(TEST_PASSPHRASE)).recoveryKey;
    await vault.confirmRecoveryKey(recoveryKey);
    const store = recordsOf(vault);
    for (const text of ['第一份', '第二份', '第三份']) store.finalize(store.createDraft({ text }).recordId);
  });
  afterEach(() => {
    vault.lock();
    temp.remove();
  });

  // Every ciphertext in the file that the given vault key opens: rows, audit entries, the manifest.
  async function openedBy(vaultKey: Uint8Array): Promise<number> {
    const sodium = await loadSodium();
    const { row } = deriveSubkeys(sodium, vaultKey);
    const header = JSON.parse(readRawHeader(vaultFile(temp.path)).body.toString('utf8')) as { vaultId: string };
    return withRawDb(vaultFile(temp.path), (db) => {
      const opens = (sealed: { nonce: Uint8Array; ciphertext: Uint8Array }, ad: string) => (open(sodium, row, sealed, ad) ? 1 : 0);
      let count = 0;
      for (const r of db.prepare('SELECT * FROM sealed_rows').all() as { storage_id: Uint8Array; suite: string; name: Uint8Array; nonce: Uint8Array; ciphertext: Uint8Array }[]) {
        const sealedName = { nonce: r.storage_id.subarray(0, 24), ciphertext: r.name };
        const name = open(sodium, row, sealedName, nameAd(r.suite, header.vaultId, Buffer.from(r.storage_id).toString('hex')));
        if (!name) continue;
        count += 1 + opens(r, bodyAd(r.suite, header.vaultId, fromUtf8(unpad(name) ?? name)));
      }
      const manifest = db.prepare('SELECT * FROM manifest').get() as { suite: string; nonce: Uint8Array; ciphertext: Uint8Array };
      count += opens(manifest, manifestAd(manifest.suite, header.vaultId));
      for (const a of db.prepare('SELECT * FROM audit').all() as { seq: number; nonce: Uint8Array; ciphertext: Uint8Array }[]) {
        count += opens(a, auditAd(header.vaultId, a.seq));
      }
      return count;
    });
  }

  function slotKinds(): string[] {
    return (JSON.parse(readRawHeader(vaultFile(temp.path)).body.toString('utf8')) as { slots: { kind: string }[] }).slots.map((slot) => slot.kind);
  }

  it('holds two accounts and a recovery slot, each of which opens the vault', async () => {
    await vault.addAccount(SECOND_ACCOUNT);
    expect(slotKinds().sort()).toEqual(['passphrase', 'passphrase', 'recovery']);
    for (const passphrase of [TEST_PASSPHRASE, SECOND_ACCOUNT]) {
      vault.lock();
      await vault.unlock(passphrase);
      expect(recordsOf(vault).listLatest()).toHaveLength(3);
    }
  });

  it('rotates on a passphrase change: the old key and the old header open nothing, the other account still opens', async () => {
    await vault.addAccount(SECOND_ACCOUNT);
    const oldKey = new Uint8Array(vault.require().session.key);
    const oldHeader = readRawHeader(vaultFile(temp.path));
    expect(await openedBy(oldKey)).toBeGreaterThan(10);

    await vault.changePassphrase(TEST_PASSPHRASE, OTHER_PASSPHRASE);
    const newKey = new Uint8Array(vault.require().session.key);
    expect(Buffer.from(newKey).equals(Buffer.from(oldKey))).toBe(false);
    vault.lock();
    expect(await openedBy(oldKey)).toBe(0);
    expect(await openedBy(newKey)).toBeGreaterThan(10);

    for (const passphrase of [OTHER_PASSPHRASE, SECOND_ACCOUNT]) {
      await vault.unlock(passphrase);
      expect(recordsOf(vault).listLatest()).toHaveLength(3);
      vault.lock();
    }
    expectUserError(await rejectionOf(() => vault.unlock(TEST_PASSPHRASE)), 'WRONG_PASSPHRASE');

    // The header of before, copied back in: the old passphrase opens its slot, but the key it yields opens nothing.
    withRawDb(vaultFile(temp.path), (db) => db.prepare('UPDATE header SET body = ?, checksum = ? WHERE id = 1').run(oldHeader.body, oldHeader.checksum));
    const swapped = makeVault(temp.path);
    const error = await rejectionOf(() => swapped.unlock(TEST_PASSPHRASE));
    expectUserError(error, 'HEADER_TAMPERED');
    expect((error as Error).message).toContain('文件头');
  });

  it('rotates when an account is removed: its passphrase and the old key open nothing', async () => {
    const second = await vault.addAccount(SECOND_ACCOUNT);
    const oldKey = new Uint8Array(vault.require().session.key);
    await vault.removeAccount(second);
    expect(vault.auditTrail().map((entry) => entry.action).slice(-2)).toEqual(['accountAdded', 'accountRemoved']);
    vault.lock();
    expect(await openedBy(oldKey)).toBe(0);
    expectUserError(await rejectionOf(() => vault.unlock(SECOND_ACCOUNT)), 'WRONG_PASSPHRASE');
    await vault.unlock(TEST_PASSPHRASE);
    const [only] = await vault.accounts();
    expectUserError(await rejectionOf(() => vault.removeAccount(only ?? '')), 'LAST_ACCOUNT');
  });

  it('keeps the recovery slot through rotations, re-sealed to each new key', async () => {
    await vault.changePassphrase(TEST_PASSPHRASE, OTHER_PASSPHRASE);
    await vault.changePassphrase(OTHER_PASSPHRASE, THIRD);
    vault.lock();
    await vault.recover(recoveryKey, TEST_PASSPHRASE);
    expect(recordsOf(vault).listLatest()).toHaveLength(3);
    expect(slotKinds()).toEqual(['passphrase']);
    expect(vault.recoveryKeyConfirmed()).toBe(false);
  });

  it('binds the header to the state after unlock: an edited slot list is named, not accepted', async () => {
    vault.lock();
    const { body } = readRawHeader(vaultFile(temp.path));
    const header = JSON.parse(body.toString('utf8')) as { slots: { kind: string }[] };
    header.slots = header.slots.filter((slot) => slot.kind === 'passphrase');
    const sodium = await loadSodium();
    const edited = Buffer.from(JSON.stringify(header));
    withRawDb(vaultFile(temp.path), (db) =>
      db.prepare('UPDATE header SET body = ?, checksum = ? WHERE id = 1').run(edited, Buffer.from(sodium.crypto_generichash(32, edited, null))),
    );
    expectUserError(await rejectionOf(() => makeVault(temp.path).unlock(TEST_PASSPHRASE)), 'HEADER_TAMPERED');
  });
});
