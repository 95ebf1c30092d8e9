import { randomBytes } from 'node:crypto';
import type { Dialogs } from '../src-main/core/dialogs.ts';
import { bundledFonts } from '../src-main/core/pdf/fonts/bundled-fonts.ts';
import { createServices, type Services } from '../src-main/core/services.ts';
import type { KdfCost } from '../src-main/core/vault/crypto-params.ts';
import { dispatchFor, type Dispatch } from '../src-main/dispatch/index.ts';

const NO_DIALOGS: Dialogs = {
  chooseSavePath: () => Promise.resolve(undefined),
  chooseOpenPath: () => Promise.resolve(undefined),
  chooseOpenPaths: () => Promise.resolve(undefined),
  chooseFolder: () => Promise.resolve(undefined),
};

export function servicesForBench(dataDir: string, kdf?: KdfCost): Services {
  return createServices({
    dataDir,
    appVersion: 'bench',
    clock: { now: () => new Date() },
    random: (length) => new Uint8Array(randomBytes(length)),
    dialogs: NO_DIALOGS,
    printer: { showPrintPreview: () => Promise.resolve(undefined) },
    fonts: bundledFonts,
    ...(kdf ? { kdfCost: kdf } : {}),
  });
}

export function makeDispatchForBench(dataDir: string): Dispatch {
  return dispatchFor(servicesForBench(dataDir), { role: 'handler' });
}
