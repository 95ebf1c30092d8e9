import { ipcMain } from 'electron';
import { CHANNELS } from '../contract/channels.ts';
import type { Dispatch } from '../dispatch/index.ts';

export function registerIpc(dispatch: Dispatch, isTrustedSender: (url: string) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!event.senderFrame || !isTrustedSender(event.senderFrame.url)) {
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: '请求来源不受信任，已拒绝。' } };
      }
      return dispatch(channel, input);
    });
  }
}
