import type { Services } from '../../core/services.ts';
import type { Handlers } from '../handlers.ts';

export function printHandlers({ printing, vault }: Services): Pick<Handlers, 'record.print' | 'record.savePdf' | 'setup.printRecoverySheet' | 'pdf.fonts'> {
  return {
    'record.print': async ({ recordId, what }) => {
      await printing.print(recordId, what);
      return {};
    },
    'record.savePdf': async ({ recordId, what }) => {
      const path = await printing.savePdf(recordId, what);
      return { done: path !== undefined, path: path ?? null };
    },
    'setup.printRecoverySheet': async ({ recoveryKey }) => {
      vault.require();
      await printing.printRecoverySheet(recoveryKey);
      return {};
    },
    'pdf.fonts': () => {
      vault.require();
      return printing.fonts();
    },
  };
}
