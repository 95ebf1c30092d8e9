import { createAboutService, type AboutService } from './about/about-service.ts';
import { BackupService } from './backup/backup-service.ts';
import { CalendarService } from './calendar/calendar-service.ts';
import { CaseworkService } from './casework/casework-service.ts';
import { fileArrivalOf } from './casework/file-arrivals.ts';
import { SealedSummaryExport } from './casework/sealed-summary-export.ts';
import { vaultCaseStore } from './casework/vault-case-store.ts';
import type { Clock, RandomBytes } from './clock.ts';
import { RecordService } from './records/record-service.ts';
import { RecordVersions } from './records/record-versions.ts';
import type { Dialogs } from './dialogs.ts';
import type { ExchangeParts } from './exchange/exchange-parts.ts';
import { ExchangeKeyService } from './exchange/exchange-key-service.ts';
import { ExportService } from './exchange/export-service.ts';
import { ForwardingService } from './exchange/forwarding-service.ts';
import { IntakeService } from './exchange/intake-service.ts';
import { ReceiptService } from './exchange/receipt-service.ts';
import { SignedCalendarService } from './exchange/signed-calendar-service.ts';
import type { FontResolver } from './pdf/fonts/font-roles.ts';
import { createPdfRenderer } from './pdf/pdf-renderer.ts';
import type { Printer } from './printer.ts';
import { OfficeService } from './office/office-service.ts';
import { PrintService } from './printing/print-service.ts';
import { ProfileService } from './profile/profile-service.ts';
import { SessionService } from './session/session-service.ts';
import { StaffService } from './staff/staff-service.ts';
import { STORED_KINDS } from './stored-kinds.ts';
import type { KdfCost } from './vault/crypto-params.ts';
import { VaultService } from './vault/vault-service.ts';

export interface ServicesOptions {
  dataDir: string;
  appVersion: string;
  clock: Clock;
  random: RandomBytes;
  dialogs: Dialogs;
  printer: Printer;
  // Which fonts print each role: the system's Chinese fonts in the app, the bundled ones in tests.
  fonts: FontResolver;
  // Argon2id cost for new vaults and the floor for opening; production leaves both at the default.
  kdfCost?: KdfCost;
}

export interface Services {
  about: AboutService;
  vault: VaultService;
  session: SessionService;
  backup: BackupService;
  profile: ProfileService;
  calendar: CalendarService;
  records: RecordService;
  // The records' versions and digests under the service (for tools that work below the 记录表 screens).
  recordVersions: RecordVersions;
  printing: PrintService;
  exchangeKeys: ExchangeKeyService;
  intake: IntakeService;
  exports: ExportService;
  receipts: ReceiptService;
  forwarding: ForwardingService;
  signedCalendar: SignedCalendarService;
  casework: CaseworkService;
  // The body's summary sealed to the 领导小组办公室, and the office's own side.
  sealedSummaries: SealedSummaryExport;
  office: OfficeService;
  staff: StaffService;
}

// The composition root: everything the core needs from the world comes in through these options.
export function createServices(options: ServicesOptions): Services {
  const vault = new VaultService({
    dataDir: options.dataDir,
    clock: options.clock,
    random: options.random,
    kinds: STORED_KINDS,
    ...(options.kdfCost ? { kdfCost: options.kdfCost } : {}),
  });
  const profile = new ProfileService(vault);
  const calendar = new CalendarService(vault, options.dialogs);
  const renderer = createPdfRenderer(options.fonts);
  const recordVersions = new RecordVersions(vault, options.random);
  vault.onUnlocked(() => recordVersions.afterUnlock());
  const records = new RecordService(vault, recordVersions, calendar, options.clock);
  const { random, clock, dialogs, printer } = options;
  const exchangeKeys = new ExchangeKeyService({ vault, random, clock, dialogs, renderer, printer });
  const exchange: ExchangeParts = { vault, records, keys: exchangeKeys, calendar, clock, random, dialogs };
  const intake = new IntakeService(exchange);
  const staff = new StaffService(vault, clock, random);
  const casework = new CaseworkService({
    staff,
    store: vaultCaseStore(vault),
    sessionEvents: vault,
    calendar,
    renderer,
    dialogs,
    clock,
    random,
  });
  intake.onStored((rows) => casework.linkArrivals(rows.map(fileArrivalOf)));
  return {
    about: createAboutService({ name: '留痕', version: options.appVersion, dataDir: options.dataDir }),
    vault,
    session: new SessionService(vault, profile, exchangeKeys, staff),
    backup: new BackupService(vault, options.dialogs),
    profile,
    calendar,
    records,
    recordVersions,
    printing: new PrintService({
      vault,
      records: recordVersions,
      calendar,
      renderer,
      printer: options.printer,
      dialogs: options.dialogs,
      clock: options.clock,
      handlerKeyFingerprint: async () => (await exchangeKeys.handlerKey()).fingerprint,
    }),
    exchangeKeys,
    intake,
    exports: new ExportService(exchange),
    receipts: new ReceiptService(exchange),
    forwarding: new ForwardingService(exchange),
    signedCalendar: new SignedCalendarService(exchange),
    casework,
    sealedSummaries: new SealedSummaryExport({ casework, keys: exchangeKeys, vault, dialogs, clock }),
    office: new OfficeService({ vault, keys: exchangeKeys, clock, dialogs, renderer, printer }),
    staff,
  };
}
