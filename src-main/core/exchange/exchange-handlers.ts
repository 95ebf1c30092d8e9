import type { FeatureHandlers } from '../../contract/handlers.ts';
import type { ExchangeKeyService } from './exchange-key-service.ts';
import type { ExportService } from './export-service.ts';
import type { ForwardingService } from './forwarding-service.ts';
import { receivedRecordView, type IntakeService } from './intake-service.ts';
import { receiptViewOf, type ReceiptService } from './receipt-service.ts';
import type { SignedCalendarService } from './signed-calendar-service.ts';

type ExchangeChannels =
  | 'exchange.trustedKeys'
  | 'exchange.chooseKeyFile'
  | 'exchange.trustKeyFile'
  | 'calendar.importSignedPack'
  | 'calendar.importPack'
  | 'record.exportRoutes'
  | 'record.export'
  | 'record.importReceipt'
  | 'record.receipts'
  | 'body.status'
  | 'body.setUp'
  | 'body.saveKeyFile'
  | 'body.printKeyNotice'
  | 'body.signCalendarPack'
  | 'intake.importFolder'
  | 'intake.importFiles'
  | 'intake.progress'
  | 'intake.list'
  | 'intake.checkPaper'
  | 'intake.acceptKeyChange'
  | 'intake.exportReceipt'
  | 'intake.forward';

export interface ExchangeServices {
  exchangeKeys: ExchangeKeyService;
  exports: ExportService;
  receipts: ReceiptService;
  intake: IntakeService;
  forwarding: ForwardingService;
  signedCalendar: SignedCalendarService;
}

const fileAction = (path: string | undefined) => ({ done: path !== undefined, path: path ?? null });

export function exchangeHandlers({ exchangeKeys, exports, receipts, intake, forwarding, signedCalendar }: ExchangeServices): FeatureHandlers<ExchangeChannels> {
  return {
    'exchange.trustedKeys': () => exchangeKeys.trustedBodyViews(),
    'exchange.chooseKeyFile': async () => {
      const keyFile = await exchangeKeys.chooseKeyFile();
      return { done: keyFile !== null, keyFile };
    },
    'exchange.trustKeyFile': ({ typedFingerprint }) => exchangeKeys.trustChosenKeyFile(typedFingerprint),
    'calendar.importSignedPack': async () => {
      const coverage = await signedCalendar.importChosen();
      return { done: coverage !== undefined, coverage: coverage ?? null };
    },
    'calendar.importPack': async ({ acceptUnsignedRisk }) => {
      const coverage = await signedCalendar.importUnsignedChosen(acceptUnsignedRisk === true);
      return { done: coverage !== undefined, coverage: coverage ?? null };
    },
    'record.exportRoutes': ({ recordId }) => exports.exportRoutes(recordId),
    'record.export': async ({ recordId, recipients }) => {
      const files = await exports.exportChosen(recordId, recipients);
      return { done: files !== undefined, files: files ?? [] };
    },
    'record.importReceipt': async () => {
      const receipt = await receipts.importChosenReceipt();
      return { done: receipt !== undefined, receipt: receipt === undefined ? null : receiptViewOf(receipt) };
    },
    'record.receipts': ({ recordId }) => receipts.receiptsFor(recordId).map(receiptViewOf),
    'body.status': () => exchangeKeys.ownBody(),
    'body.setUp': ({ identity }) => exchangeKeys.setUpBody(identity),
    'body.saveKeyFile': async () => fileAction(await exchangeKeys.saveKeyFile()),
    'body.printKeyNotice': async () => {
      await exchangeKeys.printKeyNotice();
      return {};
    },
    'body.signCalendarPack': async ({ sequence }) => fileAction(await signedCalendar.signChosen(sequence)),
    'intake.importFolder': async () => {
      const reports = await intake.importChosenFolder();
      return { done: reports !== undefined, reports: reports ?? [] };
    },
    'intake.importFiles': async () => {
      const reports = await intake.importChosenFiles();
      return { done: reports !== undefined, reports: reports ?? [] };
    },
    'intake.progress': () => intake.progress(),
    'intake.list': () => intake.list().map(receivedRecordView),
    'intake.checkPaper': ({ fileDigest, typedFingerprint }) => receivedRecordView(intake.checkPaper(fileDigest, typedFingerprint)),
    'intake.acceptKeyChange': async ({ fileDigest }) => receivedRecordView(await intake.acceptKeyChange(fileDigest)),
    'intake.exportReceipt': async ({ fileDigest }) => fileAction(await receipts.exportChosenReceipt(fileDigest)),
    'intake.forward': async ({ fileDigest, to, reason }) => fileAction(await forwarding.forwardChosen(fileDigest, to, reason)),
  };
}
