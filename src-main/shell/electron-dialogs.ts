import { BrowserWindow, dialog } from 'electron';
import type { Dialogs } from '../core/dialogs.ts';

export const electronDialogs: Dialogs = {
  chooseSavePath: async ({ title, defaultName, filters }) => {
    const owner = BrowserWindow.getFocusedWindow();
    const options = { title, defaultPath: defaultName, filters };
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled ? undefined : result.filePath;
  },
  chooseOpenPath: async ({ title, filters }) => {
    const owner = BrowserWindow.getFocusedWindow();
    const options = { title, filters, properties: ['openFile' as const] };
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths[0];
  },
  chooseOpenPaths: async ({ title, filters }) => {
    const owner = BrowserWindow.getFocusedWindow();
    const options = { title, filters, properties: ['openFile' as const, 'multiSelections' as const] };
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled || result.filePaths.length === 0 ? undefined : result.filePaths;
  },
  chooseFolder: async ({ title }) => {
    const owner = BrowserWindow.getFocusedWindow();
    const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths[0];
  },
};
