import { randomBytes } from 'node:crypto';
import { appErrorSchema, contract, isChannel } from '../../src-main/contract/index.ts';
import type { Dialogs } from '../../src-main/core/dialogs.ts';
import { bundledFonts } from '../../src-main/core/pdf/fonts/bundled-fonts.ts';
import type { Printer } from '../../src-main/core/printer.ts';
import { createServices, type Services } from '../../src-main/core/services.ts';
import { dispatchFor, type Dispatch } from '../../src-main/dispatch/index.ts';
import type { InstallationRole } from '../../src-main/shared/installation-role.ts';
import { TEST_KDF, type FakeClock, fakeClock } from './test-vault.ts';

export const TEST_APP_VERSION = '0.1.0-test';

// OS dialogs are the one thing tests replace: each answers with whatever path the test queued next.
export interface ScriptedDialogs extends Dialogs {
  savePaths: (string | undefined)[];
  openPaths: (string | undefined)[];
  openPathLists: (string[] | undefined)[];
  folders: (string | undefined)[];
}

export function scriptedDialogs(): ScriptedDialogs {
  const dialogs: ScriptedDialogs = {
    savePaths: [],
    openPaths: [],
    openPathLists: [],
    folders: [],
    chooseSavePath: () => Promise.resolve(dialogs.savePaths.shift()),
    chooseOpenPath: () => Promise.resolve(dialogs.openPaths.shift()),
    chooseOpenPaths: () => Promise.resolve(dialogs.openPathLists.shift()),
    chooseFolder: () => Promise.resolve(dialogs.folders.shift()),
  };
  return dialogs;
}

// Printing is the other OS service tests replace: the preview is recorded instead of shown.
export interface RecordingPrinter extends Printer {
  previews: { title: string; pdf: Uint8Array }[];
}

export function recordingPrinter(): RecordingPrinter {
  const printer: RecordingPrinter = {
    previews: [],
    showPrintPreview: (pdf, title) => {
      printer.previews.push({ title, pdf });
      return Promise.resolve();
    },
  };
  return printer;
}

export function makeServices(
  dataDir: string,
  clock: FakeClock = fakeClock(),
  dialogs: Dialogs = scriptedDialogs(),
  printer: Printer = recordingPrinter(),
): Services {
  return createServices({
    dataDir,
    appVersion: TEST_APP_VERSION,
    clock,
    random: (length) => new Uint8Array(randomBytes(length)),
    dialogs,
    printer,
    fonts: bundledFonts,
    kdfCost: TEST_KDF,
  });
}

// The dispatch Electron registers, over real services, with every answer checked: a success against its channel's
// output schema, a failure for a known error code and a message. A handler that drifts fails the test that called it.
export function dispatchWithOutputCheck(services: Services, role: InstallationRole | 'installed' = 'handler'): Dispatch {
  const dispatch = dispatchFor(services, {
    role,
    onInternalError: (channel, error) => console.error(`internal error on ${channel}`, error),
  });
  return async (channel, input) => {
    const result = await dispatch(channel, input);
    if (result.ok && isChannel(channel)) {
      const checked = contract[channel].output.safeParse(result.value);
      if (!checked.success) throw new Error(`output of ${channel} breaks its contract: ${checked.error.message}`);
    }
    if (!result.ok && !appErrorSchema.safeParse(result.error).success) {
      throw new Error(`failure of ${String(channel)} carries an unknown code or no message: ${JSON.stringify(result.error)}`);
    }
    return result;
  };
}

export function makeDispatch(dataDir: string): Dispatch {
  return dispatchWithOutputCheck(makeServices(dataDir));
}
