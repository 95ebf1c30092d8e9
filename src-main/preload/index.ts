import { contextBridge, ipcRenderer } from 'electron';
import { allowedChannels, guardedInvoke } from './allow-list.ts';

// The renderer's only door to the main process: one function, allow-listed to the installation role's channels.
contextBridge.exposeInMainWorld('liuhen', {
  invoke: guardedInvoke(allowedChannels(process.argv), (channel, input) => ipcRenderer.invoke(channel, input)),
});
