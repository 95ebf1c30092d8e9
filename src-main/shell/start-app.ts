import { app, BrowserWindow, Menu } from 'electron';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { systemClock } from '../core/clock.ts';
import { createServices } from '../core/services.ts';
import { createDispatch, createHandlers } from '../dispatch/index.ts';
import { createMainWindow, rendererRootUrl } from './create-window.ts';
import { registerIpc } from './register-ipc.ts';
import { applySessionPolicy, isAllowedUrl } from './security-policy.ts';

// An error message may quote record content; only the error's type and stack frames reach the log.
function logWithoutMessage(channel: string, error: unknown): void {
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').slice(1).join('\n') : '';
  const kind = error instanceof Error ? error.name : typeof error;
  console.error(`[${channel}] ${kind}\n${frames}`);
}

export function startApp(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
  const outDir = join(import.meta.dirname, '..');
  const rendererRoot = rendererRootUrl(outDir);

  let mainWindow: BrowserWindow | undefined;
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    Menu.setApplicationMenu(null);
    applySessionPolicy(rendererRoot, devServerUrl);
    const services = createServices({
      dataDir: join(app.getPath('appData'), 'liuhen'),
      appVersion: app.getVersion(),
      clock: systemClock,
      random: (length) => new Uint8Array(randomBytes(length)),
    });
    const dispatch = createDispatch(createHandlers(services), {
      onInternalError: logWithoutMessage,
    });
    registerIpc(dispatch, (url) => isAllowedUrl(url, rendererRoot, devServerUrl));
    mainWindow = createMainWindow({ outDir, devServerUrl });
  });
}
