import type { FeatureHandlers } from '../../contract/handlers.ts';
import type { PrintService } from './print-service.ts';

type PrintChannels = 'record.print' | 'record.savePdf' | 'setup.printRecoverySheet' | 'pdf.fonts';

export function printHandlers(printing: PrintService): FeatureHandlers<PrintChannels> {
  return {
    'record.print': async ({ recordId, what, version }) => {
      await printing.print(recordId, what, version);
      return {};
    },
    'record.savePdf': async ({ recordId, what, version }) => {
      const path = await printing.savePdf(recordId, what, version);
      return { done: path !== undefined, path: path ?? null };
    },
    'setup.printRecoverySheet': async ({ recoveryKey }) => {
      await printing.printRecoverySheet(recoveryKey);
      return {};
    },
    'pdf.fonts': () => printing.fonts(),
  };
}
