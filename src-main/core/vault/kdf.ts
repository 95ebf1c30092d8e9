import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { UserError } from '../../shared/errors.ts';
import { utf8 } from './bytes.ts';
import type { KdfCost } from './crypto-params.ts';
import type { KdfAnswer, KdfJob } from './kdf-worker.ts';
import { loadSodium } from './sodium.ts';

// Argon2id at the default cost takes most of a second of CPU: run on the main process's thread, it freezes every
// window and IPC answer for that long (82 s for a header edited to ops 64 / 1 GiB), so it runs in a worker thread.
//
// The worker sits beside the module that starts it, with the same extension. Run from sources (tests, bench, the
// liuhen CLI) this file is kdf.ts next to kdf-worker.ts; in the electron-vite bundle it is inlined into
// out/main/index.js, and kdf-worker.ts is its own entry, out/main/kdf-worker.js (electron.vite.config.ts).
export const KDF_WORKER_FILE = join(import.meta.dirname, `kdf-worker${extname(import.meta.filename)}`);

// Same output as keyring's deriveKeyFromPassphrase for the same input: a string is NFC-normalized and UTF-8 encoded
// the same way; bytes are used as given. The caller's array is copied, never changed; the copy is transferred to the
// worker (so it leaves this thread) and zeroed there. A JavaScript string cannot be zeroed by anyone.
//
// A derivation over less than IN_THREAD_MAX_MEMLIMIT_BYTES takes microseconds and runs in this thread: a worker
// would cost more than it saves, and the test suites, which derive at libsodium's minimum cost thousands of times,
// would start a WebAssembly isolate for each (V8 in Node 24 has crashed tearing those down in quick succession).
export async function deriveKeyOffThread(
  passphrase: string | Uint8Array,
  salt: Uint8Array,
  cost: KdfCost,
  keyBytes: number,
): Promise<Uint8Array> {
  if (cost.memLimitBytes >= IN_THREAD_MAX_MEMLIMIT_BYTES) return deriveKeyInWorker(KDF_WORKER_FILE, passphrase, salt, cost, keyBytes);
  const sodium = await loadSodium();
  const encoded = typeof passphrase === 'string' ? utf8(passphrase.normalize('NFC')) : new Uint8Array(passphrase);
  try {
    return sodium.crypto_pwhash(keyBytes, encoded, salt, cost.opsLimit, cost.memLimitBytes, sodium.crypto_pwhash_ALG_ARGON2ID13);
  } catch {
    throw new UserError('KDF_FAILED');
  } finally {
    encoded.fill(0);
  }
}

const IN_THREAD_MAX_MEMLIMIT_BYTES = 1024 * 1024;

// Separate from deriveKeyOffThread so that the bundle's own worker file can be driven by the same protocol.
// Settles exactly once: whichever of answer, error or exit comes first decides; every failure is KDF_FAILED.
export function deriveKeyInWorker(
  workerFile: string | URL,
  passphrase: string | Uint8Array,
  salt: Uint8Array,
  cost: KdfCost,
  keyBytes: number,
): Promise<Uint8Array> {
  const encoded = typeof passphrase === 'string' ? utf8(passphrase.normalize('NFC')) : passphrase;
  const owned = new Uint8Array(encoded);
  if (encoded !== passphrase) encoded.fill(0);
  const job: KdfJob = { passphrase: owned, salt, opsLimit: cost.opsLimit, memLimitBytes: cost.memLimitBytes, keyBytes };
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(workerFile, { workerData: job, transferList: [owned.buffer] });
    } catch {
      owned.fill(0);
      reject(new UserError('KDF_FAILED'));
      return;
    }
    worker.once('message', (answer: KdfAnswer) => {
      if (answer.ok) resolve(answer.key);
      else reject(new UserError('KDF_FAILED'));
    });
    worker.once('error', () => reject(new UserError('KDF_FAILED')));
    worker.once('exit', () => reject(new UserError('KDF_FAILED')));
  });
}
