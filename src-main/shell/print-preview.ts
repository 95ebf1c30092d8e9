import { BrowserWindow, session } from 'electron';
import type { Printer } from '../core/printer.ts';

// The preview lives in its own in-memory session: the PDF arrives as a data: URL (no plaintext file in a temp
// folder) and Chromium's built-in PDF viewer, whose toolbar prints, is the only other thing it may load.
const PRINT_PARTITION = 'liuhen-print';
const ALLOWED_PREFIXES = ['data:application/pdf;', 'chrome-extension://', 'chrome://'];

let policyApplied = false;

function printSession(): Electron.Session {
  const printing = session.fromPartition(PRINT_PARTITION, { cache: false });
  if (!policyApplied) {
    printing.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !ALLOWED_PREFIXES.some((prefix) => details.url.startsWith(prefix)) });
    });
    printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    policyApplied = true;
  }
  return printing;
}

export const electronPrinter: Printer = {
  showPrintPreview: async (pdf, title) => {
    const preview = new BrowserWindow({
      width: 900,
      height: 1000,
      title: `打印预览 — ${title}`,
      autoHideMenuBar: true,
      webPreferences: {
        session: printSession(),
        plugins: true,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        javascript: true,
        disableBlinkFeatures: 'Auxclick',
        devTools: false,
      },
    });
    preview.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    preview.webContents.on('will-navigate', (event) => event.preventDefault());
    await preview.loadURL(`data:application/pdf;base64,${Buffer.from(pdf).toString('base64')}`);
  },
};
