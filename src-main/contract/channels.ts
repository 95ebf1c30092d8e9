// The preload's allow-list. Kept free of imports so the sandboxed preload bundle stays tiny.
export const CHANNELS = ['app.about'] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
