import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { VAULT_KEY_BYTES } from '../../src-main/core/vault/crypto-params.ts';
import { deriveKeyInWorker } from '../../src-main/core/vault/kdf.ts';
import { deriveKeyFromPassphrase } from '../../src-main/core/vault/keyring.ts';
import { loadSodium } from '../../src-main/core/vault/sodium.ts';
import { TEST_KDF, TEST_PASSPHRASE } from '../support/test-vault.ts';
import { PROBE_OUT_DIR } from './kdf-probe/electron.vite.config.ts';

// The KDF worker must be found and must load libsodium in the electron-vite bundle too, not only from sources.
// The global setup has run the real `electron-vite build`; this file also builds the probe (kdf-probe/), the same
// main-process build with a Node-runnable entry, because the real out/main/index.js imports electron.

const root = join(import.meta.dirname, '..', '..');
const bundledWorker = join(root, 'out', 'main', 'kdf-worker.js');
const SALT = Uint8Array.from({ length: 16 }, (_, index) => index);
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

async function inThreadKeyHex(): Promise<string> {
  return hex(deriveKeyFromPassphrase(await loadSodium(), TEST_PASSPHRASE, SALT, TEST_KDF));
}

beforeAll(() => {
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
      'build',
      '--config',
      join(root, 'test', 'e2e', 'kdf-probe', 'electron.vite.config.ts'),
      '--ignoreConfigWarning',
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: 'inherit' },
  );
});

describe('the KDF worker in the electron-vite bundle', () => {
  it('is one file beside index.js that imports only Node and libsodium, never a chunk of the main bundle', () => {
    const code = readFileSync(bundledWorker, 'utf8');
    const specifiers = [...code.matchAll(/\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((match) => match[1]);
    expect(new Set(specifiers)).toEqual(new Set(['libsodium-wrappers-sumo', 'node:worker_threads']));
  });

  it('derives the same key as the sources when out/main/kdf-worker.js runs in a Node worker', async () => {
    const key = await deriveKeyInWorker(pathToFileURL(bundledWorker), TEST_PASSPHRASE, SALT, TEST_KDF, VAULT_KEY_BYTES);
    expect(hex(key)).toBe(await inThreadKeyHex());
  });

  it('is found by bundled core code, beside the bundle, and gives the same key', async () => {
    const output = execFileSync(
      process.execPath,
      [join(root, PROBE_OUT_DIR, 'index.js'), TEST_PASSPHRASE, hex(SALT), String(TEST_KDF.opsLimit), String(TEST_KDF.memLimitBytes)],
      { cwd: root, encoding: 'utf8' },
    );
    const answer = JSON.parse(output) as { workerFile: string; keyHex: string };
    expect(answer.workerFile).toBe(join(root, PROBE_OUT_DIR, 'kdf-worker.js'));
    expect(answer.keyHex).toBe(await inThreadKeyHex());
  });
});
