import { randomBytes } from 'node:crypto';
import { createServices } from '../src-main/core/services.ts';
import { createDispatch, createHandlers, type Dispatch } from '../src-main/dispatch/index.ts';

export function makeDispatchForBench(dataDir: string): Dispatch {
  const services = createServices({
    dataDir,
    appVersion: 'bench',
    clock: { now: () => new Date() },
    random: (length) => new Uint8Array(randomBytes(length)),
  });
  return createDispatch(createHandlers(services));
}
