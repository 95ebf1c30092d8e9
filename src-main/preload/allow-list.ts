import { CHANNEL_MAPS, channelsForRole, type Channel } from '../contract/channels.ts';
import { roleOfArguments } from '../contract/role-argument.ts';

export type Send = (channel: Channel, input: unknown) => Promise<unknown>;

// The channels this page may call: its installation's role's, as main passed it on the command line. Without a
// readable role only the common channels pass (the vault, settings, about), never another role's.
export function allowedChannels(argv: readonly string[]): ReadonlySet<Channel> {
  const role = roleOfArguments(argv);
  return new Set<Channel>(role ? channelsForRole(role) : CHANNEL_MAPS.common.channels);
}

// window.liuhen.invoke: anything off the list is answered here, without reaching main.
export function guardedInvoke(allowed: ReadonlySet<Channel>, send: Send) {
  return (channel: unknown, input: unknown): Promise<unknown> => {
    if (typeof channel !== 'string' || !allowed.has(channel as Channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: `未知的请求通道：${String(channel).slice(0, 64)}` },
      });
    }
    return send(channel as Channel, input);
  };
}
