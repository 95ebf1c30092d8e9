import { BrowserWindow, type Session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { roleArgument } from '../contract/role-argument.ts';
import type { InstallationRole } from '../shared/installation-role.ts';
import { lockDownContents } from './security-policy.ts';

export interface WindowOptions {
  outDir: string;
  devServerUrl: string | undefined;
  // Passed to the preload, which allows the page this role's channels only; null (no vault yet) the common ones.
  role: InstallationRole | null;
  // The in-memory session the page runs in (chromium-storage.ts).
  session: Session;
}

export function rendererRootUrl(outDir: string): URL {
  return pathToFileURL(join(outDir, 'renderer') + '/');
}

export function createMainWindow({ outDir, devServerUrl, role, session }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    title: '留痕',
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: join(outDir, 'preload', 'index.cjs'),
      session,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: false,
      // A middle click on a link would otherwise ask for a new window; the window-open handler refuses it anyway.
      disableBlinkFeatures: 'Auxclick',
      devTools: devServerUrl !== undefined,
      additionalArguments: role === null ? [] : [roleArgument(role)],
    },
  });
  lockDownContents(window.webContents, rendererRootUrl(outDir), devServerUrl);
  window.once('ready-to-show', () => window.show());
  if (devServerUrl) {
    void window.loadURL(devServerUrl);
  } else {
    void window.loadFile(join(outDir, 'renderer', 'index.html'));
  }
  return window;
}
