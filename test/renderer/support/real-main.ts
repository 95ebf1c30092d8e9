import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { contract, type Channel, type Input, type Output, type Result } from '../../../src-main/contract/index.ts';
import type { InstallationRole } from '../../../src-main/shared/installation-role.ts';
import { TEST_PROFILE } from '../../support/dispatch-fixtures.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { TEST_PASSPHRASE } from '../../support/test-vault.ts';
import type { DispatchReply, DispatchRequest } from './dispatch-worker.ts';

// The handler profile the component tests' vault is set up with: the one the dispatch tests use.
export { TEST_PROFILE as PROFILE } from '../../support/dispatch-fixtures.ts';

const STOP_GRACE_MS = 10_000;

export interface RealMain {
  // What window.liuhen.invoke answers, for preparing data a test is not about.
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
  // The value of a successful answer, typed and checked by the channel's contract; a failure throws with main's
  // code and message.
  value<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  // Anything the dispatch itself threw (an answer breaking its contract): a test expects none.
  thrown: string[];
  close(): Promise<void>;
}

// Starts the real main side (dispatch over real services, vault in a temp folder, clock fixed at `now`) and puts
// it where the preload would: window.liuhen.invoke. With `handler`, the vault is created and unlocked, its recovery
// key confirmed and the handler profile saved, as after first run.
export async function startRealMain({
  now = '2026-09-30T10:00:00+08:00',
  handler = true,
  unitHasDisciplineBody = true,
  alsoReportBureauLevelToUnitBody = false,
  role = 'handler',
}: {
  now?: string;
  handler?: boolean;
  unitHasDisciplineBody?: boolean;
  alsoReportBureauLevelToUnitBody?: boolean;
  // The installation the dispatch serves: a discipline body's screens call channels only it may.
  role?: InstallationRole;
} = {}): Promise<RealMain> {
  const data = makeTempDir('liuhen-renderer-');
  const worker = new Worker(join(import.meta.dirname, 'dispatch-worker.ts'), { workerData: { dataDir: data.path, now, role } });
  const pending = new Map<number, (reply: DispatchReply) => void>();
  const thrown: string[] = [];
  let nextId = 0;
  worker.on('message', (reply: DispatchReply) => {
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });

  const dispatch = (channel: string, input: unknown) =>
    new Promise<Result<unknown>>((resolve, reject) => {
      const id = (nextId += 1);
      pending.set(id, (reply) => {
        if ('result' in reply) {
          resolve(reply.result as Result<unknown>);
        } else {
          thrown.push(reply.thrown);
          reject(new Error(reply.thrown));
        }
      });
      worker.postMessage({ id, channel, input } satisfies DispatchRequest);
    });
  const value = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const answer = await dispatch(channel, input);
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return contract[channel].output.parse(answer.value) as Output<C>;
  };

  window.liuhen = { invoke: dispatch };
  if (handler) {
    const { recoveryKey } = await value('vault.create', { passphrase: TEST_PASSPHRASE });
    await value('setup.confirmRecoveryKey', { recoveryKey });
    await value('profile.save', { profile: TEST_PROFILE, unit: { unitHasDisciplineBody, alsoReportBureauLevelToUnitBody } });
  }
  return {
    dispatch,
    value,
    thrown,
    close: async () => {
      await dispatch('vault.lock', {});
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('stop');
      // terminate() only for a thread that does not end by itself (see dispatch-worker.ts).
      const fallback = setTimeout(() => void worker.terminate(), STOP_GRACE_MS);
      await exited;
      clearTimeout(fallback);
      data.remove();
    },
  };
}
