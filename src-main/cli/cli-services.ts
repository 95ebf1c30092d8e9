import { randomBytes } from 'node:crypto';
import type { FontResolver } from '../core/pdf/fonts/font-roles.ts';
import { createServices, type Services } from '../core/services.ts';

// The core as the command line runs it: no window, so no dialog but the one answer a command already has (the
// output path it was given), and nothing is ever shown for printing.
export function cliServices({ dataDir, now, savePath, fonts }: { dataDir: string; now: () => Date; savePath?: string; fonts: FontResolver }): Services {
  return createServices({
    dataDir,
    appVersion: 'cli',
    clock: { now },
    random: (length) => new Uint8Array(randomBytes(length)),
    dialogs: {
      chooseSavePath: () => Promise.resolve(savePath),
      chooseOpenPath: () => Promise.resolve(undefined),
      chooseOpenPaths: () => Promise.resolve(undefined),
      chooseFolder: () => Promise.resolve(undefined),
    },
    printer: { showPrintPreview: () => Promise.reject(new Error('the command line does not print')) },
    fonts,
  });
}
