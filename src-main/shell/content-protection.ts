import { app, BrowserWindow } from 'electron';

// While records can be shown, screenshots, screen recording and remote-desktop capture get a black window: Windows
// sets the window's display affinity, macOS its sharing type. Linux desktops offer no such thing; there Electron does
// nothing and the setting protects nothing (docs/security.md).
// Returns the switch; a window opened while it is on (the print preview shows the record) is protected at once.
export function contentProtectionSwitch(): (on: boolean) => void {
  let current = false;
  app.on('browser-window-created', (_event, window) => {
    if (current) window.setContentProtection(true);
  });
  return (on) => {
    current = on;
    for (const window of BrowserWindow.getAllWindows()) window.setContentProtection(on);
  };
}
