import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { USER_ERROR_CODES } from '../../src-main/shared/errors.ts';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { singletonStorageId, vaultFile, withRawDb } from '../core/vault/vault-kit.ts';
import type { Services } from '../../src-main/core/services.ts';
import { TEST_PROFILE as PROFILE, call } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices } from '../support/test-services.ts';
import { fakeClock, TEST_PASSPHRASE } from '../support/test-vault.ts';

const HAN = /\p{Script=Han}/u;
// Byte 18 of an SQLite file is its "file format write version"; above 2 SQLite opens the file read-only.
const SQLITE_WRITE_VERSION_OFFSET = 18;

// Issue 9, faults 7 and 8: a damaged vault gets an answer that agrees with the state it leaves, and every SQLite
// failure a person can meet is a documented code with a Chinese message, never INTERNAL.
describe('a damaged vault through dispatch', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dispatch: Dispatch;
  let path: string;
  let services: Services;

  async function failure(result: ReturnType<Dispatch>): Promise<{ code: string; message: string }> {
    const answer = await result;
    if (answer.ok) throw new Error('expected a failure');
    expect(answer.error.message).toMatch(HAN);
    expect(answer.error.code).not.toBe('INTERNAL');
    expect(USER_ERROR_CODES).toContain(answer.error.code);
    return answer.error;
  }

  beforeEach(async () => {
    dir = makeTempDir();
    path = vaultFile(dir.path);
    services = makeServices(dir.path, fakeClock('2026-11-30T10:00:00+08:00'));
    dispatch = dispatchWithOutputCheck(services);
    const { recoveryKey } = await call(dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
    await call(dispatch, 'setup.confirmRecoveryKey', { recoveryKey });
    await call(dispatch, 'profile.save', { profile: PROFILE, unit: { unitHasDisciplineBody: true } });
    await call(dispatch, 'vault.lock', {});
  });
  afterEach(async () => {
    await dispatch('vault.lock', {});
    dir.remove();
  });

  // Where a slot's row is stored: only the open vault can say.
  async function storedAt(slot: string): Promise<Buffer> {
    await call(dispatch, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
    const at = singletonStorageId(services.vault, slot);
    await call(dispatch, 'vault.lock', {});
    return at;
  }

  function zeroNonce(at: Buffer): void {
    withRawDb(path, (db) => db.prepare('UPDATE sealed_rows SET nonce = zeroblob(length(nonce)) WHERE storage_id = ?').run(at));
  }

  it('unlocks with a damaged profile row, says so when the profile is read, and status agrees', async () => {
    zeroNonce(await storedAt('profile'));
    const unlocked = await call(dispatch, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
    expect(unlocked).toMatchObject({ unlocked: true, setupComplete: true });
    expect(await call(dispatch, 'vault.status', {})).toMatchObject({ unlocked: true });
    const profile = await failure(dispatch('profile.get', {}));
    expect(profile.code).toBe('ROW_TAMPERED');
    expect(profile.message).toContain('承办人员基本情况');
    await call(dispatch, 'record.list', {});
    await call(dispatch, 'vault.lock', {});
    await call(dispatch, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
  });

  it('answers a damaged settings row with the vault still locked, and status agrees', async () => {
    await call(dispatch, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
    await call(dispatch, 'settings.save', { autoLockMinutes: 10 });
    await call(dispatch, 'vault.lock', {});
    zeroNonce(await storedAt('settings'));
    const refused = await failure(dispatch('vault.unlock', { passphrase: TEST_PASSPHRASE }));
    expect(refused.message).toContain('程序设置');
    expect(await call(dispatch, 'vault.status', {})).toMatchObject({ unlocked: false });
    expect((await failure(dispatch('vault.unlock', { passphrase: TEST_PASSPHRASE }))).code).toBe(refused.code);
  });

  it('answers VAULT_CORRUPT for a file whose SQLite write version byte was changed', async () => {
    const bytes = readFileSync(path);
    bytes[SQLITE_WRITE_VERSION_OFFSET] = 0xff;
    writeFileSync(path, bytes);
    expect((await failure(dispatch('vault.unlock', { passphrase: TEST_PASSPHRASE }))).code).toBe('VAULT_CORRUPT');
    expect(await call(dispatch, 'vault.status', {})).toMatchObject({ unlocked: false });
  });

  it.each(['throttle', 'pending_audit', 'sealed_rows', 'manifest', 'audit'])('answers VAULT_CORRUPT when the %s table was dropped', async (table) => {
    withRawDb(path, (db) => db.exec(`DROP TABLE ${table}`));
    expect((await failure(dispatch('vault.unlock', { passphrase: TEST_PASSPHRASE }))).code).toBe('VAULT_CORRUPT');
    expect((await failure(dispatch('vault.unlock', { passphrase: 'wrong passphrase 2026 abc' }))).code).toBe('VAULT_CORRUPT');
  });

  it('answers VAULT_CORRUPT for a file truncated by one byte, not a tampered record', async () => {
    await call(dispatch, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
    for (let count = 0; count < 3; count += 1) {
      const created = await call(dispatch, 'record.create', {});
      await call(dispatch, 'record.saveDraft', { recordId: created.recordId, draft: { ...created.draft, filer: '记录'.repeat(count + 1) } });
    }
    await call(dispatch, 'vault.lock', {});
    truncateSync(path, readFileSync(path).length - 1);
    expect((await failure(dispatch('vault.unlock', { passphrase: TEST_PASSPHRASE }))).code).toBe('VAULT_CORRUPT');
  });
});
