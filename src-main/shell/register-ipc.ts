import { ipcMain } from 'electron';
import { CHANNELS } from '../contract/channels.ts';
import type { Dispatch } from '../dispatch/index.ts';

const UNTRUSTED_SENDER = { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: '请求来源不受信任，已拒绝。' } } as const;

// Only the app's own page, in the window's top frame, reaches dispatch: a frame inside it (the CSP allows none) or a
// page navigated elsewhere is answered without it.
export function registerIpc(dispatch: Dispatch, isTrustedSender: (url: string) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedSender(frame.url)) return UNTRUSTED_SENDER;
      return dispatch(channel, input);
    });
  }
}
