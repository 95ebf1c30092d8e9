import { contextBridge, ipcRenderer } from 'electron';
import { isChannel } from '../contract/channels.ts';

// The renderer's only door to the main process: one function, allow-listed to the contract's channels.
contextBridge.exposeInMainWorld('liuhen', {
  invoke: (channel: unknown, input: unknown): Promise<unknown> => {
    if (!isChannel(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: `未知的请求通道：${String(channel).slice(0, 64)}` },
      });
    }
    return ipcRenderer.invoke(channel, input);
  },
});
