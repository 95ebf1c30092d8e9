import { randomBytes } from 'node:crypto';
import { createServices, type Services } from '../../src-main/core/services.ts';
import { createDispatch, createHandlers, type Dispatch } from '../../src-main/dispatch/index.ts';

export const TEST_APP_VERSION = '0.1.0-test';

export function makeServices(dataDir: string, now = new Date('2026-11-26T09:00:00+08:00')): Services {
  return createServices({
    dataDir,
    appVersion: TEST_APP_VERSION,
    clock: { now: () => now },
    random: (length) => new Uint8Array(randomBytes(length)),
  });
}

// The same dispatch Electron registers, over real services. Internal errors are rethrown into the test output.
export function makeDispatch(dataDir: string): Dispatch {
  return createDispatch(createHandlers(makeServices(dataDir)), {
    onInternalError: (channel, error) => {
      console.error(`internal error on ${channel}`, error);
    },
  });
}
