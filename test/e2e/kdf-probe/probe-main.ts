import { VAULT_KEY_BYTES } from '../../../src-main/core/vault/crypto-params.ts';
import { deriveKeyOffThread, KDF_WORKER_FILE } from '../../../src-main/core/vault/kdf.ts';

// Entry of the probe bundle: derives one key the way the bundled main process will, and prints it with the worker
// file it used. Arguments: passphrase, salt (hex), opsLimit, memLimitBytes.
const [passphrase = '', saltHex = '', opsLimit = '', memLimitBytes = ''] = process.argv.slice(2);
const key = await deriveKeyOffThread(
  passphrase,
  Buffer.from(saltHex, 'hex'),
  { opsLimit: Number(opsLimit), memLimitBytes: Number(memLimitBytes) },
  VAULT_KEY_BYTES,
);
process.stdout.write(JSON.stringify({ workerFile: KDF_WORKER_FILE, keyHex: Buffer.from(key).toString('hex') }));
