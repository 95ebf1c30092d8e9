import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { systemClock } from '../core/clock.ts';
import { createServices } from '../core/services.ts';
import { dispatchFor } from '../dispatch/index.ts';
import { systemFontResolver } from '../core/pdf/fonts/system-fonts.ts';
import { electronDialogs } from './electron-dialogs.ts';
import { electronPrinter } from './print-preview.ts';
import { createMainWindow, rendererRootUrl } from './create-window.ts';
import { IDLE_CHECK_INTERVAL_MS, startIdleLockTimer } from './idle-lock-timer.ts';
import { registerIpc } from './register-ipc.ts';
import { isAllowedUrl } from './allowed-url.ts';
import { applySessionPolicy } from './security-policy.ts';
import { appFolders, type AppFolders } from './app-folders.ts';
import { clearSessionStorage, disableSpellcheck, mainSession, placeChromiumFolders } from './chromium-storage.ts';
import { moveVaultFiles } from './move-vault-files.ts';
import { watchState } from './state-watch.ts';
import { contentProtectionSwitch } from './content-protection.ts';
import { contentProtectionOf } from '../shared/vault-settings.ts';
import type { InstallationRole } from '../shared/installation-role.ts';
import { windowRoleFor } from './window-role.ts';

// An error message may quote record content; only the error's type and stack frames reach the log.
function logWithoutMessage(channel: string, error: unknown): void {
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').slice(1).join('\n') : '';
  const kind = error instanceof Error ? error.name : typeof error;
  console.error(`[${channel}] ${kind}\n${frames}`);
}

// A vault that cannot be moved stays where it was, and the app does not start: an empty vault folder would look like
// a lost vault and invite setting up a new one beside it.
function moveVaultOrExplain(folders: AppFolders): boolean {
  try {
    const moved = moveVaultFiles(folders.chromium, folders.vault);
    if (moved.kind === 'both-exist') console.error(`[vault] an older vault was left in ${folders.chromium}: ${moved.leftInOldFolder.join(', ')}`);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.name : 'unknown');
    dialog.showErrorBox(
      '留痕无法启动',
      `无法把数据库移到它自己的文件夹 ${folders.vault}（${code}）。数据库仍在原来的文件夹 ${folders.chromium}，没有丢失。` +
        '请关闭可能正在使用它的程序（如杀毒或备份软件），确认该文件夹可以写入，然后重新启动留痕。',
    );
    return false;
  }
}

export function startApp(): void {
  const folders = appFolders(app.getPath('appData'));
  placeChromiumFolders(folders);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Only the instance holding the lock may move the vault, and before anything opens it.
  if (!moveVaultOrExplain(folders)) {
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

  void app.whenReady().then(async () => {
    Menu.setApplicationMenu(null);
    const pageSession = mainSession();
    for (const ses of [session.defaultSession, pageSession]) {
      applySessionPolicy(ses, rendererRoot, devServerUrl);
      disableSpellcheck(ses);
    }
    const services = createServices({
      dataDir: folders.vault,
      appVersion: app.getVersion(),
      clock: systemClock,
      random: (length) => new Uint8Array(randomBytes(length)),
      dialogs: electronDialogs,
      printer: electronPrinter,
      fonts: systemFontResolver(),
    });
    // The header's role, read before the window opens; a header that cannot be read opens the common channels
    // only, and unlocking then says what is wrong with the vault.
    let windowRole: InstallationRole | null = await services.vault.readRole().catch(() => null);
    const dispatch = dispatchFor(services, { role: 'installed', onInternalError: logWithoutMessage });
    const unlocked = watchState(dispatch, () => services.vault.status().unlocked, (isUnlocked) => {
      if (!isUnlocked) void clearSessionStorage(pageSession);
    });
    const protectContents = contentProtectionSwitch();
    // Records can be shown only while the vault is unlocked.
    const protection = watchState(
      unlocked.dispatch,
      () => services.vault.status().unlocked && contentProtectionOf(services.vault.settings()),
      protectContents,
    );
    startIdleLockTimer(services.vault, IDLE_CHECK_INTERVAL_MS, () => {
      unlocked.check();
      protection.check();
    });
    let storageCleared = false;
    app.on('before-quit', (event) => {
      services.vault.lock();
      if (storageCleared) return;
      // Quitting waits for the page's storage to be cleared, then goes on.
      event.preventDefault();
      void clearSessionStorage(pageSession).finally(() => {
        storageCleared = true;
        app.quit();
      });
    });
    // Setup writes the role into a new vault (or a restore brings another): the page then moves to a window whose
    // preload allows that role's channels. The new window opens before the old one closes, so the app never
    // finds itself without windows and quits.
    const roleWatch = watchState(
      protection.dispatch,
      () => windowRoleFor(services.vault, windowRole) ?? '',
      () => {
        windowRole = windowRoleFor(services.vault, windowRole);
        const previous = mainWindow;
        mainWindow = createMainWindow({ outDir, devServerUrl, role: windowRole, session: pageSession });
        previous?.destroy();
      },
    );
    registerIpc(roleWatch.dispatch, (url) => isAllowedUrl(url, rendererRoot, devServerUrl));
    mainWindow = createMainWindow({ outDir, devServerUrl, role: windowRole, session: pageSession });
  });
}
