import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { storedKind, type StoredKind } from '../../../src-main/core/vault/stored-kind.ts';
import { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { fakeClock, TEST_KDF, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { expectUserError, OTHER_PASSPHRASE, readRowAt, rejectionOf, thrownBy, typedStorageId, vaultFile, withRawDb, writeRowAt } from './vault-kit.ts';

// The typed tables: a feature defines a kind (name, schema, content version) and gets put/get/list/delete
// with the vault's associated data, row index, manifest and audit trail, without touching the vault's internals.

const noteV1 = storedKind({ name: 'test-notes', label: '测试便笺', schema: z.object({ text: z.string() }).strict() });
const noteV2 = storedKind({
  name: 'test-notes',
  label: '测试便笺',
  schema: z.object({ title: z.string(), body: z.string() }).strict(),
  contentVersion: 2,
  upgrades: [(old) => ({ title: '（无标题）', body: (old as { text: string }).text })],
});
const keys = storedKind({ name: 'test-keys', label: '测试公钥', schema: z.object({ publicKey: z.string() }).strict() });

let temp: ReturnType<typeof makeTempDir>;
let vault: VaultService;

function vaultWith(kinds: readonly StoredKind[]): VaultService {
  return new VaultService({
    dataDir: temp.path,
    clock: fakeClock(),
    random: (length) => new Uint8Array(randomBytes(length)),
    kdfCost: TEST_KDF,
    kinds,
  });
}

function rowCount(): number {
  return withRawDb(vaultFile(temp.path), (db) => (db.prepare('SELECT count(*) AS n FROM sealed_rows').get() as { n: number }).n);
}

function putNote(id: string, text: string): void {
  vault.change({ action: 'settingsChanged', note: `便笺 ${id}` }, () => vault.table(noteV1).put(id, { text }));
}

beforeEach(async () => {
  temp = makeTempDir('liuhen-typed-');
  vault = vaultWith([noteV1, keys]);
  await vault.create(TEST_PASSPHRASE);
});
afterEach(() => {
  vault.lock();
  temp.remove();
});

describe('an encrypted table', () => {
  it('puts, gets, lists and deletes rows, which survive a lock, with one audit entry per change', async () => {
    putNote('b', '第二条');
    putNote('a', '第一条');
    vault.change({ action: 'settingsChanged' }, () => {
      vault.table(keys).put('k1', { publicKey: 'AAAA' });
      vault.table(noteV1).put('b', { text: '第二条，改过' });
    });
    vault.lock();
    await vault.unlock(TEST_PASSPHRASE);
    const notes = vault.table(noteV1);
    expect(notes.ids()).toEqual(['a', 'b']);
    expect(notes.list()).toEqual([
      { id: 'a', value: { text: '第一条' } },
      { id: 'b', value: { text: '第二条，改过' } },
    ]);
    expect(notes.get('b')).toEqual({ text: '第二条，改过' });
    expect(notes.get('c')).toBeUndefined();
    expect(notes.has('a') && !notes.has('c')).toBe(true);
    expect(vault.table(keys).list()).toEqual([{ id: 'k1', value: { publicKey: 'AAAA' } }]);

    expect(vault.change({ action: 'settingsChanged' }, () => notes.delete('a'))).toBe(true);
    expect(vault.change({ action: 'settingsChanged' }, () => notes.delete('a'))).toBe(false);
    vault.lock();
    await vault.unlock(TEST_PASSPHRASE);
    expect(vault.table(noteV1).ids()).toEqual(['b']);
    const trail = vault.auditTrail().map((entry) => [entry.action, entry.note]);
    expect(trail.filter(([action]) => action === 'settingsChanged')).toEqual([
      ['settingsChanged', '便笺 b'],
      ['settingsChanged', '便笺 a'],
      ['settingsChanged', undefined],
      ['settingsChanged', undefined],
      ['settingsChanged', undefined],
    ]);
  });

  it('stores only ciphertext: a storage id, the suite, the sealed name, a nonce', () => {
    putNote('a', '绝密的便笺内容');
    putNote('a', '绝密的便笺内容二');
    const row = readRowAt(vaultFile(temp.path), typedStorageId(vault, 'test-notes', 'a'));
    expect(row.storage_id).toHaveLength(32);
    expect(row.suite).toBe('liuhen-s1');
    expect(row.nonce).toHaveLength(24);
    for (const column of [row.name, row.ciphertext, row.storage_id]) {
      expect(column.toString('utf8')).not.toContain('便笺');
      expect(column.toString('utf8')).not.toContain('test-notes');
      expect(column.toString('utf8')).not.toContain('contentVersion');
    }
  });

  it('writes nothing outside a change, and a change that fails leaves no row, no entry and a working vault', async () => {
    expect(() => vault.table(noteV1).put('a', { text: '无事务' })).toThrow(/only change inside/);
    const before = vault.auditTrail().length;
    expect(() =>
      vault.change({ action: 'settingsChanged' }, () => {
        vault.table(noteV1).put('a', { text: '会回滚' });
        throw new Error('fails half-way');
      }),
    ).toThrow('fails half-way');
    expect(vault.table(noteV1).ids()).toEqual([]);
    expect(vault.auditTrail()).toHaveLength(before);
    const rowsBefore = rowCount();
    putNote('b', '之后的保存');
    vault.lock();
    await vault.unlock(TEST_PASSPHRASE);
    expect(vault.table(noteV1).ids()).toEqual(['b']);
    expect(rowCount()).toBe(rowsBefore + 1);
  });

  it('answers a row it wrote this session without decrypting it, and never a value from a change rolled back', () => {
    putNote('a', '已保存');
    const session = vault.require().session;
    expect(vault.table(noteV1).get('a')).toEqual({ text: '已保存' });
    expect(vault.table(noteV1).list()).toEqual([{ id: 'a', value: { text: '已保存' } }]);
    expect(session.decryptedRows('test-notes')).toBe(0);
    expect(() =>
      vault.change({ action: 'settingsChanged' }, () => {
        vault.table(noteV1).put('a', { text: '会回滚' });
        throw new Error('fails half-way');
      }),
    ).toThrow('fails half-way');
    expect(vault.table(noteV1).get('a')).toEqual({ text: '已保存' });
    expect(session.decryptedRows('test-notes')).toBe(1);
  });

  it('draws the nonces and places of a thousand rows from the generator in a few calls, each nonce its own', async () => {
    vault.lock();
    let draws = 0;
    const counted = new VaultService({
      dataDir: temp.path,
      clock: fakeClock(),
      random: (length) => {
        draws += 1;
        return new Uint8Array(randomBytes(length));
      },
      kdfCost: TEST_KDF,
      kinds: [noteV1, keys],
    });
    await counted.unlock(TEST_PASSPHRASE);
    const drawsBefore = draws;
    counted.change({ action: 'settingsChanged', note: '一千条便笺' }, () => {
      for (let index = 0; index < 1000; index += 1) counted.table(noteV1).put(`n${index}`, { text: `第${index}条` });
    });
    expect(draws - drawsBefore).toBeLessThan(20);
    counted.lock();
    const nonces = withRawDb(vaultFile(temp.path), (db) => (db.prepare('SELECT nonce FROM sealed_rows').all() as { nonce: Buffer }[]).map((row) => row.nonce.toString('hex')));
    expect(nonces.length).toBeGreaterThan(1000);
    expect(new Set(nonces).size).toBe(nonces.length);
    await vault.unlock(TEST_PASSPHRASE);
    expect(vault.table(noteV1).get('n999')).toEqual({ text: '第999条' });
  });

  it('refuses content that does not fit the kind, ids that could break the associated data, and unregistered kinds', () => {
    const rowsBefore = rowCount();
    const notes = vault.table(noteV1);
    expect(() => vault.change({ action: 'settingsChanged' }, () => notes.put('a', { text: 1 } as unknown as { text: string }))).toThrow();
    expect(() => vault.change({ action: 'settingsChanged' }, () => notes.put('a/b', { text: 'x' }))).toThrow(/ids must match/);
    expect(() => vault.change({ action: 'settingsChanged' }, () => notes.put('a|b', { text: 'x' }))).toThrow(/ids must match/);
    expect(() => vault.table(noteV2)).toThrow(/not registered/);
    expect(() => vault.table(storedKind({ name: 'elsewhere', label: '别处', schema: z.string() }))).toThrow(/not registered/);
    expect(() => vaultWith([noteV1, noteV2])).toThrow(/two stored kinds are named test-notes/);
    expect(rowCount()).toBe(rowsBefore);
  });

  it('answers VAULT_LOCKED through a handle kept across a lock, and reads the new session after unlock', async () => {
    const notes = vault.table(noteV1);
    putNote('a', '一');
    vault.lock();
    expectUserError(thrownBy(() => notes.get('a')), 'VAULT_LOCKED');
    await vault.unlock(TEST_PASSPHRASE);
    expect(notes.get('a')).toEqual({ text: '一' });
  });

  it('binds each row to its kind, id and suite: a swapped, replayed or renamed row is tampering', async () => {
    putNote('a', '甲');
    putNote('b', '乙');
    const at = { a: typedStorageId(vault, 'test-notes', 'a'), b: typedStorageId(vault, 'test-notes', 'b') };
    vault.lock();
    const path = vaultFile(temp.path);
    const a = readRowAt(path, at.a);
    const b = readRowAt(path, at.b);
    const restore = () => {
      writeRowAt(path, at.a, { suite: a.suite, name: a.name, nonce: a.nonce, ciphertext: a.ciphertext });
      writeRowAt(path, at.b, { suite: b.suite, name: b.name, nonce: b.nonce, ciphertext: b.ciphertext });
    };
    // Both ciphertexts swapped: the row set still adds up to a different sum, so unlock names it.
    writeRowAt(path, at.a, { nonce: b.nonce, ciphertext: b.ciphertext });
    writeRowAt(path, at.b, { nonce: a.nonce, ciphertext: a.ciphertext });
    expectUserError(await rejectionOf(() => vault.unlock(TEST_PASSPHRASE)), 'ROW_TAMPERED');
    restore();
    writeRowAt(path, at.a, { suite: 'liuhen-s9' });
    expectUserError(await rejectionOf(() => vault.unlock(TEST_PASSPHRASE)), 'ROW_TAMPERED');
    restore();
    // A's sealed name put on b's row: it is bound to a's storage id.
    writeRowAt(path, at.b, { name: a.name });
    expectUserError(await rejectionOf(() => vault.unlock(TEST_PASSPHRASE)), 'ROW_TAMPERED');
    restore();
    withRawDb(path, (db) => db.prepare('DELETE FROM sealed_rows WHERE storage_id = ?').run(at.b));
    expectUserError(await rejectionOf(() => vault.unlock(TEST_PASSPHRASE)), 'ROW_TAMPERED');
    withRawDb(path, (db) =>
      db.prepare('INSERT INTO sealed_rows (position, storage_id, suite, name, nonce, ciphertext) VALUES (?, ?, ?, ?, ?, ?)').run(b.position, b.storage_id, b.suite, b.name, b.nonce, b.ciphertext),
    );
    await vault.unlock(TEST_PASSPHRASE);
    expect(vault.table(noteV1).list().map((row) => row.value.text)).toEqual(['甲', '乙']);
  });

  it('re-encrypts typed rows when the vault key rotates, and reads them afterwards', async () => {
    putNote('a', '轮换前写入');
    const at = typedStorageId(vault, 'test-notes', 'a');
    const before = readRowAt(vaultFile(temp.path), at);
    await vault.changePassphrase(TEST_PASSPHRASE, OTHER_PASSPHRASE);
    const after = readRowAt(vaultFile(temp.path), at);
    expect(after.ciphertext.equals(before.ciphertext)).toBe(false);
    expect(after.name.equals(before.name)).toBe(false);
    vault.lock();
    await vault.unlock(OTHER_PASSPHRASE);
    expect(vault.table(noteV1).get('a')).toEqual({ text: '轮换前写入' });
  });
});

describe('content versions of a kind', () => {
  it('brings content written as version 1 to version 2: rewritten after unlock, once, with one audit entry', async () => {
    putNote('a', '旧格式的便笺');
    const at = typedStorageId(vault, 'test-notes', 'a');
    const written = readRowAt(vaultFile(temp.path), at).ciphertext;
    vault.lock();
    vault = vaultWith([noteV2]);
    await vault.unlock(TEST_PASSPHRASE);
    const upgraded = readRowAt(vaultFile(temp.path), at).ciphertext;
    expect(upgraded.equals(written)).toBe(false);
    expect(vault.auditTrail().slice(-2).map((entry) => entry.action)).toEqual(['unlocked', 'contentMigrated']);
    expect(vault.table(noteV2).get('a')).toEqual({ title: '（无标题）', body: '旧格式的便笺' });
    vault.lock();
    await vault.unlock(TEST_PASSPHRASE);
    expect(readRowAt(vaultFile(temp.path), at).ciphertext.equals(upgraded)).toBe(true);
    expect(vault.auditTrail().filter((entry) => entry.action === 'contentMigrated')).toHaveLength(1);
  });

  it('names content of a version newer than the program as unreadable, beside the rows it can read', async () => {
    putNote('a', '旧格式的便笺');
    vault.lock();
    vault = vaultWith([noteV2]);
    await vault.unlock(TEST_PASSPHRASE);
    vault.change({ action: 'settingsChanged' }, () => vault.table(noteV2).put('b', { title: '新', body: '新格式' }));
    vault.lock();
    vault = vaultWith([noteV1]);
    await vault.unlock(TEST_PASSPHRASE);
    const { rows, unreadable } = vault.table(noteV1).read();
    expect(rows).toEqual([]);
    expect(unreadable.map((row) => row.id)).toEqual(['a', 'b']);
    expectUserError(unreadable[0]?.error, 'ROW_UNREADABLE');
    expect(unreadable[0]?.error.message).toContain('测试便笺');
  });

  it('checks a kind when it is defined: a name fit for the file, and one upgrade per earlier version', () => {
    expect(() => storedKind({ name: 'Bad Name', label: '坏', schema: z.string() })).toThrow(/must match/);
    expect(() => storedKind({ name: 'a/b', label: '坏', schema: z.string() })).toThrow(/must match/);
    expect(() => storedKind({ name: 'two', label: '二', schema: z.string(), contentVersion: 2 })).toThrow(/needs 1 upgrades, has 0/);
    expect(() => storedKind({ name: 'zero', label: '零', schema: z.string(), contentVersion: 0 })).toThrow(/positive integer/);
    expect(storedKind({ name: 'fine', label: '好', schema: z.string() })).toMatchObject({ name: 'fine', contentVersion: 1, upgrades: [] });
  });
});
