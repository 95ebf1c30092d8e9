import { session, type WebContents } from 'electron';
import { isAllowedUrl } from './allowed-url.ts';

// Refuse every network request, permission, navigation and new window that is not the app itself.
export function applySessionPolicy(rendererRoot: URL, devServerUrl: string | undefined): void {
  const ses = session.defaultSession;
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedUrl(details.url, rendererRoot, devServerUrl) });
  });
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

export function lockDownContents(contents: WebContents, rendererRoot: URL, devServerUrl: string | undefined): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedUrl(url, rendererRoot, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
