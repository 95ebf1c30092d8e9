import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSodium } from '../../../src-main/core/vault/sodium.ts';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { fakeClock, makeVault, TEST_PASSPHRASE, type FakeClock } from '../../support/test-vault.ts';
import { expectUserError, readRawHeader, rejectionOf, vaultFile, withRawDb, WRONG_PASSPHRASE } from './vault-kit.ts';

// Issue 10, item 6: the tables written before any key is known (pending_audit, throttle) cannot be authenticated.
// These tests pin down what someone with write access to the locked file can and cannot do with them, as
// docs/vault-format.md's threat model states it.

let temp: ReturnType<typeof makeTempDir>;
let clock: FakeClock;
let vault: VaultService;

beforeEach(async () => {
  temp = makeTempDir('liuhen-side-tables-');
  clock = fakeClock();
  vault = makeVault(temp.path, clock);
  await vault.create(TEST_PASSPHRASE);
  vault.lock();
});
afterEach(() => {
  vault.lock();
  temp.remove();
});

// What anyone holding the file can write: an event sealed to the audit public key the header shows.
async function forgePending(event: unknown): Promise<void> {
  const sodium = await loadSodium();
  const header = JSON.parse(readRawHeader(vaultFile(temp.path)).body.toString('utf8')) as { auditPublicKey: string };
  const sealed = sodium.crypto_box_seal(new TextEncoder().encode(JSON.stringify(event)), sodium.from_base64(header.auditPublicKey));
  withRawDb(vaultFile(temp.path), (db) => db.prepare('INSERT INTO pending_audit (sealed) VALUES (?)').run(sealed));
}

describe('pending_audit and throttle in a locked file', () => {
  it('takes a forged failed attempt only marked unverified, and drops forged events of any other kind', async () => {
    const at = clock.now().toISOString();
    await forgePending({ at, actor: 'unknown', action: 'unlockFailed' });
    await forgePending({ at, actor: 'owner', action: 'recordFinalized', target: { recordId: 'f'.repeat(32), version: 1 } });
    await forgePending({ at, actor: 'owner', action: 'unlocked' });
    await forgePending('not an event');
    withRawDb(vaultFile(temp.path), (db) => db.prepare('INSERT INTO pending_audit (sealed) VALUES (?)').run(Buffer.from('not sealed')));
    await vault.unlock(TEST_PASSPHRASE);
    const trail = vault.auditTrail();
    expect(trail.filter((entry) => entry.unverified === true)).toEqual([expect.objectContaining({ action: 'unlockFailed', actor: 'unknown', unverified: true })]);
    expect(trail.some((entry) => entry.action === 'recordFinalized')).toBe(false);
    expect(trail.filter((entry) => entry.action === 'unlocked')).toHaveLength(1);
    withRawDb(vaultFile(temp.path), (db) => expect(db.prepare('SELECT COUNT(*) AS n FROM pending_audit').get()).toEqual({ n: 0 }));
  });

  it('cannot tell failed attempts whose entries were deleted: they are missing from the trail (documented)', async () => {
    expectUserError(await rejectionOf(() => vault.unlock(WRONG_PASSPHRASE)), 'WRONG_PASSPHRASE');
    expectUserError(await rejectionOf(() => vault.unlock(WRONG_PASSPHRASE)), 'WRONG_PASSPHRASE');
    withRawDb(vaultFile(temp.path), (db) => db.prepare('DELETE FROM pending_audit').run());
    await vault.unlock(TEST_PASSPHRASE);
    expect(vault.auditTrail().some((entry) => entry.action === 'unlockFailed')).toBe(false);
  });

  it('cannot tell a reset failure count: a restarted app no longer waits (documented; guessing a copy offline needs no count)', async () => {
    for (let failures = 0; failures < 5; failures += 1) {
      clock.advanceMs(600_000);
      await rejectionOf(() => vault.unlock(WRONG_PASSPHRASE));
    }
    const restarted = makeVault(temp.path, clock);
    expectUserError(await rejectionOf(() => restarted.unlock(TEST_PASSPHRASE)), 'THROTTLED');
    withRawDb(vaultFile(temp.path), (db) => db.prepare('UPDATE throttle SET consecutive_failures = 0').run());
    const reset = makeVault(temp.path, clock);
    await reset.unlock(TEST_PASSPHRASE);
    expect(reset.auditTrail().filter((entry) => entry.action === 'unlockFailed')).toHaveLength(5);
    reset.lock();
  });

  it('lets a raised failure count delay the owner by at most five minutes, after which the passphrase opens and resets it (documented)', async () => {
    withRawDb(vaultFile(temp.path), (db) => db.prepare('UPDATE throttle SET consecutive_failures = 1000000').run());
    const restarted = makeVault(temp.path, clock);
    const refused = await rejectionOf(() => restarted.unlock(TEST_PASSPHRASE));
    expectUserError(refused, 'THROTTLED');
    expect((refused as Error).message).toContain('300 秒');
    clock.advanceMs(300_000);
    await restarted.unlock(TEST_PASSPHRASE);
    withRawDb(vaultFile(temp.path), (db) => expect(db.prepare('SELECT consecutive_failures AS n FROM throttle').get()).toEqual({ n: 0 }));
    restarted.lock();
  });
});
