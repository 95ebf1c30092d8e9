import type { FeatureHandlers } from '../../contract/handlers.ts';
import type { SealedSummaryExport } from '../casework/sealed-summary-export.ts';
import type { ExchangeKeyService } from '../exchange/exchange-key-service.ts';
import type { OfficeService } from './office-service.ts';

type OfficeChannels =
  | 'office.status'
  | 'office.setUp'
  | 'office.saveKeyFile'
  | 'office.printKeyNotice'
  | 'office.importFiles'
  | 'office.importFolder'
  | 'office.importProgress'
  | 'office.summary'
  | 'office.today'
  | 'casework.exportSealedSummary';

export interface OfficeServices {
  office: OfficeService;
  exchangeKeys: ExchangeKeyService;
  sealedSummaries: SealedSummaryExport;
}

const fileAction = (path: string | undefined) => ({ done: path !== undefined, path: path ?? null });

export function officeHandlers({ office, exchangeKeys, sealedSummaries }: OfficeServices): FeatureHandlers<OfficeChannels> {
  return {
    'office.status': () => exchangeKeys.ownBody(),
    'office.setUp': ({ identity }) => office.setUp(identity),
    'office.saveKeyFile': async () => fileAction(await exchangeKeys.saveKeyFile()),
    'office.printKeyNotice': async () => {
      await office.printKeyNotice();
      return {};
    },
    'office.importFiles': async () => {
      const reports = await office.importChosenFiles();
      return { done: reports !== undefined, reports: reports ?? [] };
    },
    'office.importFolder': async () => {
      const reports = await office.importChosenFolder();
      return { done: reports !== undefined, reports: reports ?? [] };
    },
    'office.importProgress': () => office.progress(),
    'office.summary': ({ year }) => office.summary(year),
    'office.today': () => ({ today: office.today() }),
    'casework.exportSealedSummary': async (request) => fileAction(await sealedSummaries.exportChosen(request)),
  };
}
