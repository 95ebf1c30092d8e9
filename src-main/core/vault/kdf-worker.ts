import { parentPort, workerData } from 'node:worker_threads';
import sodium from 'libsodium-wrappers-sumo';

// Runs one Argon2id derivation in its own thread and exits. Its only runtime imports are Node and libsodium (both
// external to the bundle), so electron-vite emits it as one self-contained out/main/kdf-worker.js; importing any
// core module here would split shared chunks out of the main bundle. One thread per derivation also means
// libsodium's WebAssembly heap, which grows to the memory cost and holds copies of the passphrase, is freed with it.

export interface KdfJob {
  // Owned by this thread (transferred, not copied) and zeroed here once used.
  passphrase: Uint8Array;
  salt: Uint8Array;
  opsLimit: number;
  memLimitBytes: number;
  keyBytes: number;
}

// Every refusal (an impossible cost, no memory) reads KDF_FAILED to the person; libsodium's reason is not for them.
export type KdfAnswer = { ok: true; key: Uint8Array } | { ok: false };

if (!parentPort) throw new Error('kdf-worker.ts runs only as a worker thread');
const port = parentPort;
const job = workerData as KdfJob;

await sodium.ready;
try {
  const derived = sodium.crypto_pwhash(
    job.keyBytes,
    job.passphrase,
    job.salt,
    job.opsLimit,
    job.memLimitBytes,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
  // A copy with a buffer of its own, so transferring it hands over exactly the key bytes and nothing else.
  const key = new Uint8Array(derived);
  sodium.memzero(derived);
  port.postMessage({ ok: true, key } satisfies KdfAnswer, [key.buffer]);
} catch {
  port.postMessage({ ok: false } satisfies KdfAnswer);
} finally {
  sodium.memzero(job.passphrase);
}
