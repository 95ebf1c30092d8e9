import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../src-main/core/vault/bytes.ts';
import { DEFAULT_KDF_COST, VAULT_KEY_BYTES, type KdfCost } from '../../../src-main/core/vault/crypto-params.ts';
import { deriveKeyInWorker, deriveKeyOffThread, KDF_WORKER_FILE } from '../../../src-main/core/vault/kdf.ts';
import { deriveKeyFromPassphrase } from '../../../src-main/core/vault/keyring.ts';
import { loadSodium } from '../../../src-main/core/vault/sodium.ts';
import { TEST_KDF, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { expectUserError, rejectionOf } from './vault-kit.ts';

// The off-thread derivation must give the very key the in-thread one gives (vaults already on disk depend on it),
// keep the main thread's event loop turning, and turn every failure in the worker into one UserError.

const SALT = Uint8Array.from({ length: 16 }, (_, index) => index);
// Argon2id(TEST_PASSPHRASE, SALT, 1 pass, 8 KiB, 32 bytes); OpenSSL's Argon2id (node:crypto argon2Sync) agrees.
const KNOWN_KEY_HEX = '94baff50eb47e607f51bc371bb393ce5c14b2e987b92bc367f4744769ccb8a2c';
const OTHER_COST: KdfCost = { opsLimit: 2, memLimitBytes: 64 * 1024 };
const DEFAULT_COST_TIMEOUT_MS = 60_000;
const TICK_MS = 20;
const MIN_TICKS = 5;

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('deriveKeyOffThread', () => {
  it('finds its worker beside itself when run from sources', () => {
    expect(KDF_WORKER_FILE).toMatch(/kdf-worker\.ts$/);
    expect(existsSync(KDF_WORKER_FILE)).toBe(true);
  });

  it('gives the known answer, the same key as the in-thread derivation', async () => {
    const sodium = await loadSodium();
    const key = await deriveKeyOffThread(TEST_PASSPHRASE, SALT, TEST_KDF, VAULT_KEY_BYTES);
    expect(hex(key)).toBe(KNOWN_KEY_HEX);
    expect(hex(key)).toBe(hex(deriveKeyFromPassphrase(sodium, TEST_PASSPHRASE, SALT, TEST_KDF)));
  });

  it('passes the cost through: another cost gives another key, again equal to the in-thread one', async () => {
    const sodium = await loadSodium();
    const key = await deriveKeyOffThread(TEST_PASSPHRASE, SALT, OTHER_COST, VAULT_KEY_BYTES);
    expect(hex(key)).not.toBe(KNOWN_KEY_HEX);
    expect(hex(key)).toBe(hex(deriveKeyFromPassphrase(sodium, TEST_PASSPHRASE, SALT, OTHER_COST)));
  });

  it('normalizes a string to NFC exactly as the in-thread derivation does', async () => {
    const sodium = await loadSodium();
    const decomposed = 'Cafe\u0301 口令 2026';
    const composed = 'Caf\u00e9 口令 2026';
    const key = await deriveKeyOffThread(decomposed, SALT, TEST_KDF, VAULT_KEY_BYTES);
    expect(hex(key)).toBe(hex(deriveKeyFromPassphrase(sodium, composed, SALT, TEST_KDF)));
    expect(hex(key)).toBe(hex(deriveKeyFromPassphrase(sodium, decomposed, SALT, TEST_KDF)));
  });

  it("takes bytes as given, and leaves the caller's array untouched", async () => {
    const bytes = utf8(TEST_PASSPHRASE);
    const before = hex(bytes);
    const key = await deriveKeyOffThread(bytes, SALT, TEST_KDF, VAULT_KEY_BYTES);
    expect(hex(key)).toBe(KNOWN_KEY_HEX);
    expect(hex(bytes)).toBe(before);
  });

  it(
    'keeps the main thread ticking while a default-cost derivation runs',
    async () => {
      let ticks = 0;
      const timer = setInterval(() => {
        ticks += 1;
      }, TICK_MS);
      try {
        const key = await deriveKeyOffThread(TEST_PASSPHRASE, SALT, DEFAULT_KDF_COST, VAULT_KEY_BYTES);
        expect(key).toHaveLength(VAULT_KEY_BYTES);
      } finally {
        clearInterval(timer);
      }
      expect(ticks).toBeGreaterThanOrEqual(MIN_TICKS);
    },
    DEFAULT_COST_TIMEOUT_MS,
  );

  it('turns a cost libsodium refuses into KDF_FAILED', async () => {
    const impossible: KdfCost = { opsLimit: 1, memLimitBytes: 1024 };
    expectUserError(await rejectionOf(() => deriveKeyOffThread(TEST_PASSPHRASE, SALT, impossible, VAULT_KEY_BYTES)), 'KDF_FAILED');
  });

  it.each([
    ['throws while loading', new URL('data:text/javascript,throw new Error("boom")')],
    ['exits without answering', new URL('data:text/javascript,')],
    ['does not exist', new URL('./no-such-kdf-worker.js', import.meta.url)],
  ])('turns a worker that %s into KDF_FAILED', async (_case, workerUrl) => {
    expectUserError(
      await rejectionOf(() => deriveKeyInWorker(workerUrl, TEST_PASSPHRASE, SALT, TEST_KDF, VAULT_KEY_BYTES)),
      'KDF_FAILED',
    );
  });
});
