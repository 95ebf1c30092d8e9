import { app, BrowserWindow, Menu } from 'electron';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { systemClock } from '../core/clock.ts';
import { createServices } from '../core/services.ts';
import { dispatchFor } from '../dispatch/index.ts';
import { systemFontResolver } from '../core/pdf/fonts/system-fonts.ts';
import { electronDialogs } from './electron-dialogs.ts';
import { electronPrinter } from './print-preview.ts';
import { createMainWindow, rendererRootUrl } from './create-window.ts';
import { startIdleLockTimer } from './idle-lock-timer.ts';
import { registerIpc } from './register-ipc.ts';
import { isAllowedUrl } from './allowed-url.ts';
import { applySessionPolicy } from './security-policy.ts';
import type { InstallationRole } from '../shared/installation-role.ts';

// The one role built so far. The vault header is to store the role chosen at setup (issue 10, item 11); until
// then every installation is a handler's.
const INSTALLATION_ROLE: InstallationRole = 'handler';

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
  // Every web contents, including any created later (the print preview), may neither open windows nor embed
  // webviews.
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(() => {
    Menu.setApplicationMenu(null);
    applySessionPolicy(rendererRoot, devServerUrl);
    const services = createServices({
      dataDir: join(app.getPath('appData'), 'liuhen'),
      appVersion: app.getVersion(),
      clock: systemClock,
      random: (length) => new Uint8Array(randomBytes(length)),
      dialogs: electronDialogs,
      printer: electronPrinter,
      fonts: systemFontResolver(),
    });
    const dispatch = dispatchFor(services, { role: INSTALLATION_ROLE, onInternalError: logWithoutMessage });
    startIdleLockTimer(services.vault);
    app.on('before-quit', () => services.vault.lock());
    registerIpc(dispatch, (url) => isAllowedUrl(url, rendererRoot, devServerUrl));
    mainWindow = createMainWindow({ outDir, devServerUrl, role: INSTALLATION_ROLE });
  });
}
