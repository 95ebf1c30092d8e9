// The main process for component tests: the real dispatch over real services in a temp folder, in a worker thread
// of its own. jsdom replaces the test's globals (its Uint8Array is not Node's), which the vault's cryptography
// and database cannot work with; a worker keeps Node's own, and its messages are structured clones, as Electron's
// IPC is.
import { parentPort, workerData } from 'node:worker_threads';
import type { InstallationRole } from '../../../src-main/shared/installation-role.ts';
import { dispatchWithOutputCheck, makeServices } from '../../support/test-services.ts';
import { fakeClock } from '../../support/test-vault.ts';

export interface DispatchRequest {
  id: number;
  channel: string;
  input: unknown;
}

export type DispatchReply = { id: number; result: unknown } | { id: number; thrown: string };

const { dataDir, now, role } = workerData as { dataDir: string; now: string; role: InstallationRole };
const dispatch = dispatchWithOutputCheck(makeServices(dataDir, fakeClock(now)), role);

// 'stop' lets the thread end on its own once its last answer is sent: a worker terminated from outside while
// libsodium's WebAssembly memory is live can abort V8 itself (a SIGTRAP seen in CI).
parentPort?.on('message', (message: DispatchRequest | 'stop') => {
  if (message === 'stop') {
    parentPort?.close();
    return;
  }
  const { id, channel, input } = message;
  dispatch(channel, input).then(
    (result) => parentPort?.postMessage({ id, result } satisfies DispatchReply),
    (error: unknown) => parentPort?.postMessage({ id, thrown: String(error) } satisfies DispatchReply),
  );
});
