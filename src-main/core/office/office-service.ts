import { basename } from 'node:path';
import { chinaDateOf } from '../../shared/calendar/iso-date.ts';
import { describeBody, type BodyIdentity } from '../../shared/exchange/exchange-body.ts';
import { EXCHANGE_FILE_MAX_BYTES } from '../../shared/exchange/exchange-limits.ts';
import { EXCHANGE_PROBLEMS, type Checked, type ExchangeProblemCode } from '../../shared/exchange/exchange-problem.ts';
import { OFFICE_BODY_KIND } from '../../shared/office/office-kind.ts';
import { aggregateSummaries, type ExpectedUnit, type OfficeSummary, type ReceivedUnitSummary } from '../../shared/office/summary-aggregation.ts';
import type { Clock } from '../clock.ts';
import type { Dialogs } from '../dialogs.ts';
import { keyNoticeDocument } from '../exchange/key-notice.ts';
import type { PdfRenderer } from '../pdf/pdf-renderer.ts';
import type { Printer } from '../printer.ts';
import { exchangeFilesIn, readExchangeFile } from '../exchange/exchange-file-io.ts';
import type { ExchangeKeyService, KeyFileView } from '../exchange/exchange-key-service.ts';
import { openSummaryFile } from '../exchange/summary-file.ts';
import { RECORD_FILE_EXTENSION } from '../exchange/intake-service.ts';
import { loadSodium } from '../vault/sodium.ts';
import type { VaultService } from '../vault/vault-service.ts';
import { OFFICE_KEY_NOTICE } from './office-key-notice.ts';
import { receivedSummaryKind, type ReceivedSummaryRow } from './office-kinds.ts';
import { decideSummary } from './summary-intake-decision.ts';


export interface SummaryFileReport {
  file: string;
  outcome: 'imported' | 'skipped' | 'refused';
  code: ExchangeProblemCode | null;
  message: string;
  unitName: string | null;
  year: number | null;
  fileDigest: string | null;
}

export interface SummaryImportProgress {
  running: boolean;
  done: number;
  total: number;
}

export interface OfficeServiceParts {
  vault: VaultService;
  keys: ExchangeKeyService;
  clock: Clock;
  dialogs: Dialogs;
  renderer: PdfRenderer;
  printer: Printer;
}

const SUMMARY_FILE_FILTERS = [{ name: '留痕加密文件', extensions: [RECORD_FILE_EXTENSION.slice(1)] }];

// The 领导小组办公室's installation: it names itself and makes its keys as a body does, takes in the units'
// sealed summaries (each file verified on its own, a refused one writing nothing) and adds them up by year.
export class OfficeService {
  private readonly parts: OfficeServiceParts;
  private running: { done: number; total: number } | undefined;

  constructor(parts: OfficeServiceParts) {
    this.parts = parts;
  }

  setUp(identity: Omit<BodyIdentity, 'kind'>): Promise<KeyFileView> {
    return this.parts.keys.setUpBody({ kind: OFFICE_BODY_KIND, ...identity });
  }

  async printKeyNotice(): Promise<void> {
    const { identity, fingerprint } = await this.parts.keys.bodyKeys();
    const notice = keyNoticeDocument({ body: identity, fingerprint, printedAt: this.parts.clock.now(), wording: OFFICE_KEY_NOTICE });
    await this.parts.printer.showPrintPreview((await this.parts.renderer.render(notice)).bytes, OFFICE_KEY_NOTICE.title);
  }

  // The discipline bodies whose key files the office checked: the units it expects a summary from each year.
  expectedUnits(): ExpectedUnit[] {
    return this.parts.keys
      .trustedBodyViews()
      .filter(({ body }) => body.kind !== OFFICE_BODY_KIND)
      .map(({ body, fingerprint }) => ({ fingerprint, name: describeBody(body) }));
  }

  today(): string {
    return chinaDateOf(this.parts.clock.now());
  }

  progress(): SummaryImportProgress {
    return this.running ? { running: true, ...this.running } : { running: false, done: 0, total: 0 };
  }

  async importChosenFiles(): Promise<SummaryFileReport[] | undefined> {
    const paths = await this.parts.dialogs.chooseOpenPaths({ title: '选择要导入的年度汇总文件', filters: SUMMARY_FILE_FILTERS });
    return paths === undefined ? undefined : this.importFiles(paths);
  }

  async importChosenFolder(): Promise<SummaryFileReport[] | undefined> {
    const folder = await this.parts.dialogs.chooseFolder({ title: '选择存放年度汇总文件的文件夹（例如U盘）' });
    return folder === undefined ? undefined : this.importFolder(folder);
  }

  async importFolder(folder: string): Promise<SummaryFileReport[]> {
    return this.importFiles(await exchangeFilesIn(folder, RECORD_FILE_EXTENSION));
  }

  // Summaries are few (one per unit and year), so each file that passes is written in its own audited change.
  async importFiles(paths: readonly string[]): Promise<SummaryFileReport[]> {
    const sodium = await loadSodium();
    const own = await this.parts.keys.bodyKeys();
    const lookup = await this.parts.keys.bodyLookup();
    const reports: SummaryFileReport[] = [];
    this.running = { done: 0, total: paths.length };
    try {
      for (const path of paths) {
        const file = basename(path);
        const bytes = await readExchangeFile(path, EXCHANGE_FILE_MAX_BYTES);
        const opened = bytes.ok ? openSummaryFile(sodium, bytes.value, own, lookup) : bytes;
        reports.push(opened.ok ? this.take(file, opened.value) : refusedReport(file, opened));
        this.running = { done: reports.length, total: paths.length };
      }
    } finally {
      this.running = undefined;
    }
    return reports;
  }

  private take(file: string, opened: Extract<ReturnType<typeof openSummaryFile>, { ok: true }>['value']): SummaryFileReport {
    const unitName = describeBody(opened.sender.file.body);
    const { year } = opened.summary;
    const table = this.parts.vault.table(receivedSummaryKind);
    const held = table
      .list()
      .filter(({ value }) => value.unitFingerprint === opened.sender.fingerprint && value.year === year)
      .map(({ id, value }) => ({ fileDigest: id, issuedAt: value.issuedAt, payloadText: value.payloadText }));
    const decision = decideSummary(held, { fileDigest: opened.fileDigest, issuedAt: opened.issuedAt, payloadText: opened.payloadText });
    const base = { file, unitName, year, fileDigest: opened.fileDigest };
    if (!decision.store) {
      return { ...base, outcome: decision.code === 'DUPLICATE' ? 'skipped' : 'refused', code: decision.code, message: EXCHANGE_PROBLEMS[decision.code] };
    }
    const row: ReceivedSummaryRow = {
      unitFingerprint: opened.sender.fingerprint,
      unitName,
      year,
      issuedAt: opened.issuedAt,
      importedAt: this.parts.clock.now().toISOString(),
      includesNames: opened.includesNames,
      summary: opened.summary,
      payloadText: opened.payloadText,
      signature: opened.signature,
    };
    this.parts.vault.change({ action: 'summaryImported', note: `${unitName}${year}年度${opened.summary.zeroReport ? '零报告' : '汇总'}` }, () =>
      table.put(opened.fileDigest, row),
    );
    const message = decision.code === null ? `已导入${unitName}${year}年度${opened.summary.zeroReport ? '零报告' : '汇总'}。` : EXCHANGE_PROBLEMS[decision.code];
    return { ...base, outcome: 'imported', code: decision.code, message };
  }

  // For each unit, the summary issued last for the year; two different ones issued at that same instant are
  // flagged, and the one imported first is counted until the unit settles it.
  summary(year: number): OfficeSummary {
    const latest = new Map<string, { rows: ReceivedSummaryRow[]; at: number }>();
    for (const { value } of this.parts.vault.table(receivedSummaryKind).list()) {
      if (value.year !== year) continue;
      const at = Date.parse(value.issuedAt);
      const held = latest.get(value.unitFingerprint);
      if (!held || at > held.at) latest.set(value.unitFingerprint, { rows: [value], at });
      else if (at === held.at) held.rows.push(value);
    }
    const received = [...latest.values()].map(({ rows }): ReceivedUnitSummary => {
      const [first] = rows.toSorted((a, b) => a.importedAt.localeCompare(b.importedAt));
      if (!first) throw new RangeError('every unit held has a summary');
      return { fingerprint: first.unitFingerprint, name: first.unitName, issuedAt: first.issuedAt, equivocation: rows.length > 1, summary: first.summary };
    });
    return aggregateSummaries(year, this.expectedUnits(), received);
  }
}

function refusedReport(file: string, checked: Extract<Checked<unknown>, { ok: false }>): SummaryFileReport {
  return { file, outcome: 'refused', code: checked.problem.code, message: checked.problem.message, unitName: null, year: null, fileDigest: null };
}
