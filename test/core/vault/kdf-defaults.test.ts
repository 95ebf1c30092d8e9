import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_KDF_COST } from '../../../src-main/core/vault/crypto-params.ts';
import { loadSodium } from '../../../src-main/core/vault/sodium.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeVault, recordsOf, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { expectUserError, fileFingerprint, readRawHeader, rejectionOf, vaultFile, vaultWithCost } from './vault-kit.ts';

// The Argon2id cost is a security setting: the default is at least libsodium's MODERATE, and a vault service left
// at its defaults refuses any header that asks for less. One vault is made at the real cost (about a second).

const DEFAULT_COST_TIMEOUT_MS = 60_000;

let temp: ReturnType<typeof makeTempDir>;

beforeEach(() => {
  temp = makeTempDir('liuhen-kdf-');
});
afterEach(() => {
  temp.remove();
});

describe('the default key derivation cost', () => {
  it("is at least libsodium's OPSLIMIT_MODERATE and MEMLIMIT_MODERATE", async () => {
    const sodium = await loadSodium();
    expect(DEFAULT_KDF_COST.opsLimit).toBeGreaterThanOrEqual(sodium.crypto_pwhash_OPSLIMIT_MODERATE);
    expect(DEFAULT_KDF_COST.memLimitBytes).toBeGreaterThanOrEqual(sodium.crypto_pwhash_MEMLIMIT_MODERATE);
  });

  it('is also the floor: a default service refuses a vault made at the test cost (HEADER_TAMPERED), untouched', async () => {
    const cheap = makeVault(temp.path);
    const { recoveryKey } = await cheap.create(TEST_PASSPHRASE);
    cheap.lock();
    const before = fileFingerprint(vaultFile(temp.path));

    const strict = vaultWithCost(temp.path, undefined);
    expectUserError(await rejectionOf(() => strict.unlock(TEST_PASSPHRASE)), 'HEADER_TAMPERED');
    expectUserError(await rejectionOf(() => strict.recover(recoveryKey, '新的口令 new phrase 2029')), 'HEADER_TAMPERED');
    expect(strict.status().unlocked).toBe(false);
    expect(fileFingerprint(vaultFile(temp.path))).toEqual(before);
  });

  it(
    'creates a vault at the default cost, records that cost in the header, and unlocks it',
    async () => {
      const vault = vaultWithCost(temp.path, undefined);
      await vault.create(TEST_PASSPHRASE);
      const record = recordsOf(vault).createDraft({ text: '默认强度' });
      vault.lock();

      const header = JSON.parse(readRawHeader(vaultFile(temp.path)).body.toString('utf8')) as {
        slots: { kind: string; kdf?: { alg: string; opsLimit: number; memLimitBytes: number } }[];
      };
      expect(header.slots.find((slot) => slot.kind === 'passphrase')?.kdf).toMatchObject({
        alg: 'argon2id13',
        opsLimit: DEFAULT_KDF_COST.opsLimit,
        memLimitBytes: DEFAULT_KDF_COST.memLimitBytes,
      });

      const reopened = vaultWithCost(temp.path, undefined);
      await reopened.unlock(TEST_PASSPHRASE);
      expect(recordsOf(reopened).get(record.recordId).content).toEqual({ text: '默认强度' });
      reopened.lock();
    },
    DEFAULT_COST_TIMEOUT_MS,
  );
});
