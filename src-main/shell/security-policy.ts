import type { Session, WebContents } from 'electron';
import { isAllowedUrl } from './allowed-url.ts';

// Refuse every network request, permission, device, download and spellcheck that is not the app itself.
export function applySessionPolicy(ses: Session, rendererRoot: URL, devServerUrl: string | undefined): void {
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedUrl(details.url, rendererRoot, devServerUrl) });
  });
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.on('will-download', (event) => event.preventDefault());
}

export function lockDownContents(contents: WebContents, rendererRoot: URL, devServerUrl: string | undefined): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedUrl(url, rendererRoot, devServerUrl)) event.preventDefault();
  });
  // Frames inside the page (the CSP allows none) may not be navigated anywhere either.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame || !isAllowedUrl(event.url, rendererRoot, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Electron picks the first Bluetooth device itself unless the app answers: the app answers with none.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
}
