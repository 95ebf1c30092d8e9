import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

// Never skip: without a browser the end-to-end suite fails and says how to get one.
export function chromiumPath(): string {
  const path = process.env['CHROMIUM_PATH'] ?? DEFAULT_CHROMIUM_PATH;
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install Debian's build with "apt-get install -y chromium", ` +
        'or point CHROMIUM_PATH at a Chromium/Chrome binary.',
    );
  }
  return path;
}

// playwright-core gives every launch a fresh, temporary profile of its own.
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}
