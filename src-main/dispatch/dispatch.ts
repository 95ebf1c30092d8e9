import { z } from 'zod';
import { CHANNEL_MAPS } from '../contract/channels.ts';
import { contract, fail, isChannel, mayCall, ok, type Channel, type Handlers, type Output, type Result } from '../contract/index.ts';
import { INSTALLATION_ROLE_LABELS, type InstallationRole } from '../shared/installation-role.ts';
import { UserError } from '../shared/errors.ts';
import { userErrorOfSqlite } from '../core/vault/sqlite-errors.ts';
import { describeInvalidInput } from './describe-invalid-input.ts';

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  // The installation's role: a channel of another role's map is refused as if it did not exist. Asked on every
  // call when it is a function (the vault's header decides it, and setup writes the header); null, before any
  // vault exists, allows the common channels only.
  role: InstallationRole | (() => InstallationRole | null);
  // Asked after beforeRequest (which may lock an idle vault), before any channel that needs the vault unlocked.
  isUnlocked: () => boolean;
  // Runs before every valid request (auto-lock bookkeeping).
  beforeRequest?: (channel: Channel) => void;
  // Called with the raw error of a handler that threw unexpectedly; the user only sees a generic Chinese message.
  onInternalError?: ((channel: Channel, error: unknown) => void) | undefined;
}

// The single entry point for every IPC call, in Electron and in the end-to-end tests alike. It never throws.
export function createDispatch(handlers: Handlers, options: DispatchOptions): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) {
      return fail('UNKNOWN_CHANNEL', `未知的请求通道：${String(channel).slice(0, 64)}`);
    }
    const role = typeof options.role === 'function' ? options.role() : options.role;
    if (role === null && !(CHANNEL_MAPS.common.channels as readonly Channel[]).includes(channel)) {
      return fail('UNKNOWN_CHANNEL', `尚未设置本机用途，不提供该请求通道：${channel}`);
    }
    if (role !== null && !mayCall(role, channel)) {
      return fail('UNKNOWN_CHANNEL', `${INSTALLATION_ROLE_LABELS[role]}版不提供该请求通道：${channel}`);
    }
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) {
      return fail('INVALID_INPUT', describeInvalidInput(parsed.error));
    }
    try {
      options.beforeRequest?.(channel);
      if (contract[channel].needsUnlocked && !options.isUnlocked()) throw new UserError('VAULT_LOCKED');
      return ok(await runHandler(handlers, channel, parsed.data));
    } catch (error) {
      if (error instanceof UserError) return fail(error.code, error.message);
      if (error instanceof z.ZodError) return fail('INVALID_INPUT', describeInvalidInput(error));
      const storage = userErrorOfSqlite(error);
      if (storage) return fail(storage.code, storage.message);
      options.onInternalError?.(channel, error);
      return fail('INTERNAL', '操作未能完成：程序内部出错，数据未作改动。请重试；如仍失败，请联系技术支持。');
    }
  };
}

async function runHandler<C extends Channel>(handlers: Handlers, channel: C, input: unknown): Promise<Output<C>> {
  const handler = handlers[channel] as (value: unknown) => Output<C> | Promise<Output<C>>;
  return handler(input);
}
