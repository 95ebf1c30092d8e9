import { writeFile } from 'node:fs/promises';
import { annualSummary, type AnnualSummary } from '../../shared/casework/annual-summary.ts';
import { addAssessment, type AssessmentInput } from '../../shared/casework/assessment.ts';
import type { CaseFile } from '../../shared/casework/case-file.ts';
import { caseAfterArrival, type CaseLookup, type FileArrival } from '../../shared/casework/file-arrival.ts';
import type { CaseworkResult } from '../../shared/casework/casework-result.ts';
import { caseworkSettingsSchema, type CaseworkSettings } from '../../shared/casework/casework-settings.ts';
import { stepKindChangeProblem, stepKindUses, type StepKindUse } from '../../shared/casework/step-kind-changes.ts';
import { addDispositionStep, type DispositionStepInput } from '../../shared/casework/disposition.ts';
import { addFindingStep, newFinding, type Finding, type FindingInput } from '../../shared/casework/findings.ts';
import { changeReceivedOn, classifyIntervenerOrg, newInboxEntry, type ReceivedOnChangeInput } from '../../shared/casework/inbox-entry.ts';
import { filterInbox, inboxRowOf, type InboxFilter, type InboxRow } from '../../shared/casework/inbox-rows.ts';
import {
  identityMergeSchema,
  intervenerIdentities,
  repeatedIntervenerKeys,
  type IntervenerIdentity,
} from '../../shared/casework/intervener-identity.ts';
import type { OrganisationKind } from '../../shared/form/organisation-kind.ts';
import { jurisdictionDecisionSchema, type JurisdictionDecision } from '../../shared/casework/jurisdiction.ts';
import { summaryRequestSchema, type SummaryRequest } from '../../shared/casework/summary-request.ts';
import { formatRecordNumber } from '../../shared/form/record-number.ts';
import { chinaDateOf } from '../../shared/calendar/iso-date.ts';
import { UserError } from '../../shared/errors.ts';
import { normaliseTypedFingerprint } from '../../shared/exchange/fingerprint-comparison.ts';
import type { InterventionRecord } from '../../shared/form/record.ts';
import type { CalendarService } from '../calendar/calendar-service.ts';
import type { Clock, RandomBytes } from '../clock.ts';
import type { Dialogs } from '../dialogs.ts';
import type { PdfRenderer } from '../pdf/pdf-renderer.ts';
import type { StaffSigner } from '../staff/staff-service.ts';
import { loadSodium } from '../vault/sodium.ts';
import { canonicalJson } from '../../shared/canonical-json.ts';
import type { CaseAudit, CaseStore } from './case-store.ts';
import { summaryTitle } from './summary-document.ts';
import { summaryOutputs } from './summary-outputs.ts';

const RECORD_ID_BYTES = 16;

export interface CaseworkServiceParts {
  store: CaseStore;
  // Tells the service when the vault locks or unlocks, so the decrypted rows it keeps never outlive a session.
  sessionEvents: { onLocked(listener: () => void): void; onUnlocked(listener: () => void): void };
  calendar: CalendarService;
  renderer: PdfRenderer;
  dialogs: Dialogs;
  clock: Clock;
  random: RandomBytes;
  // Who is working, on an installation with staff accounts: the head alone may sign the summary.
  staff: { current(): StaffSigner | null };
}

export type IntervenerView = IntervenerIdentity & { mergeId: string | null };

export interface SavedSummary {
  pdfPath: string;
  xlsxPath: string;
}

type InboxRowOptions = Parameters<typeof inboxRowOf>[1];

// Latest received first, then by record id, so the order never depends on how the rows were built.
const inboxOrder = (a: InboxRow, b: InboxRow) => b.receivedOn.localeCompare(a.receivedOn) || a.recordId.localeCompare(b.recordId);

function accepted<T>(result: CaseworkResult<T>): T {
  if (!result.ok) throw new UserError('CASEWORK_REFUSED', result.message);
  return result.value;
}

// The discipline body's casework over its stored case files: intake of paper forms, received dates, 分析研判,
// disposition, jurisdiction, the inbox and the annual summary. Every rule is the pure one in shared/casework;
// this service only reads, applies and stores, one audited save per change.
export class CaseworkService {
  private readonly parts: CaseworkServiceParts;

  // The inbox's rows for one day, worked out from the decrypted case files on the first call after unlock and
  // kept in memory only: dropped at every lock and unlock and on every change this service makes.
  private rowsCache: { rows: InboxRow[]; options: InboxRowOptions } | undefined;

  // Which case holds a handler's record id or a paper form's printed fingerprint, built on the first file after
  // unlock, kept up to date by every link and paper form, dropped at lock: an import of many files then reads
  // each case once, not once per file.
  private linkIndex: { byRecordId: Map<string, string>; byPaperFingerprint: Map<string, string>; byFileFingerprint: Map<string, string> } | undefined;

  constructor(parts: CaseworkServiceParts) {
    this.parts = parts;
    const forget = () => {
      this.rowsCache = undefined;
      this.linkIndex = undefined;
    };
    parts.sessionEvents.onLocked(forget);
    parts.sessionEvents.onUnlocked(forget);
  }

  private today(): string {
    return chinaDateOf(this.parts.clock.now());
  }

  todayInChina(): string {
    return this.today();
  }

  private require(recordId: string): CaseFile {
    const caseFile = this.parts.store.get(recordId);
    if (!caseFile) throw new UserError('CASE_NOT_FOUND');
    return caseFile;
  }

  private update(recordId: string, audit: CaseAudit, change: (caseFile: CaseFile) => CaseworkResult<CaseFile>): CaseFile {
    const updated = accepted(change(this.require(recordId)));
    this.parts.store.save(updated, audit);
    this.refreshRow(updated);
    return updated;
  }

  settings(): CaseworkSettings {
    return this.parts.store.settings();
  }

  // The step kinds the body has used, so the settings screen retires rather than removes them.
  stepKindUses(): StepKindUse[] {
    const cases = this.parts.store.list().map((caseFile) => caseFile.disposition);
    return stepKindUses([...cases, ...this.parts.store.findings().map(({ finding }) => finding.disposition)]);
  }

  saveSettings(input: unknown): CaseworkSettings {
    const settings = caseworkSettingsSchema.parse(input);
    const problem = stepKindChangeProblem(this.settings().stepKinds, settings.stepKinds, this.stepKindUses());
    if (problem !== undefined) throw new UserError('CASEWORK_REFUSED', problem);
    this.parts.store.saveSettings(settings, { action: 'settingsChanged', note: '案件办理设置' });
    this.rowsCache = undefined;
    return settings;
  }

  // 纸质记录表录入: a paper form keyed in by staff becomes a case of its own, received today unless changed. The
  // fingerprint printed on the paper is kept, so the handler's file, when it arrives, joins this case.
  keyInPaper(record: InterventionRecord, typedFingerprint: string | null): CaseFile {
    const recordId = Buffer.from(this.parts.random(RECORD_ID_BYTES)).toString('hex');
    const paperFingerprint = typedFingerprint === null || typedFingerprint.trim() === '' ? null : normaliseTypedFingerprint(typedFingerprint);
    if (paperFingerprint !== null && !/^[0-9a-f]{64}$/.test(paperFingerprint)) {
      throw new UserError('CASEWORK_REFUSED', '纸质件上的记录表指纹应为64位十六进制数字（8位一组，共8组），请按纸质件核对后重新输入');
    }
    if (paperFingerprint !== null && this.links().byPaperFingerprint.has(paperFingerprint)) {
      throw new UserError('CASEWORK_REFUSED', '已有纸质记录表录入了这一指纹，请勿重复录入');
    }
    const filed = paperFingerprint === null ? undefined : this.links().byFileFingerprint.get(paperFingerprint);
    if (filed !== undefined) {
      throw new UserError(
        'CASEWORK_REFUSED',
        `这份记录表的加密文件已经导入（${formatRecordNumber(filed)}），无需再录入纸质件；纸质件送达更早的，请在该案卷中更改收到日期`,
      );
    }
    const entry = accepted(newInboxEntry({ recordId, source: 'paperEntry', record, importedOn: this.today(), paperFingerprint }));
    const caseFile: CaseFile = { entry, assessments: [], disposition: [], jurisdiction: null };
    this.parts.store.save(caseFile, { action: 'paperEntryKeyedIn' });
    this.rowsCache = undefined;
    this.indexLinks(caseFile);
    return caseFile;
  }

  // Every record file the intake stores becomes a case, or brings its case up to date, in the intake's own
  // transaction: a file is in the inbox as soon as it is imported, or not imported at all.
  linkArrivals(arrivals: readonly FileArrival[]): void {
    const index = this.links();
    const lookup: CaseLookup = {
      byRecordId: (recordId) => this.caseAt(index.byRecordId.get(recordId)),
      byPaperFingerprint: (fingerprint) => this.caseAt(index.byPaperFingerprint.get(fingerprint)),
    };
    for (const arrival of arrivals) {
      const linked = caseAfterArrival(lookup, arrival);
      if (linked === null) continue;
      const caseFile = accepted(linked);
      this.parts.store.putWithinChange(caseFile);
      this.indexLinks(caseFile);
    }
    this.rowsCache = undefined;
  }

  private caseAt(recordId: string | undefined): CaseFile | undefined {
    return recordId === undefined ? undefined : this.parts.store.get(recordId);
  }

  private links(): NonNullable<CaseworkService['linkIndex']> {
    if (!this.linkIndex) {
      this.linkIndex = { byRecordId: new Map(), byPaperFingerprint: new Map(), byFileFingerprint: new Map() };
      for (const caseFile of this.parts.store.list()) this.indexLinks(caseFile);
    }
    return this.linkIndex;
  }

  private indexLinks({ entry }: CaseFile): void {
    if (!this.linkIndex) return;
    this.linkIndex.byRecordId.set(entry.recordId, entry.recordId);
    if (entry.file) {
      this.linkIndex.byRecordId.set(entry.file.recordId, entry.recordId);
      this.linkIndex.byFileFingerprint.set(entry.file.fingerprint, entry.recordId);
    }
    if (entry.paperFingerprint) {
      if (entry.file) this.linkIndex.byPaperFingerprint.delete(entry.paperFingerprint);
      else this.linkIndex.byPaperFingerprint.set(entry.paperFingerprint, entry.recordId);
    }
  }

  // Records are confidential (第十一条): every opening is on the trail, with who opened it.
  get(recordId: string): CaseFile {
    const caseFile = this.require(recordId);
    this.parts.store.recordAction({ action: 'caseOpened', target: { recordId, version: caseFile.entry.record.version } });
    return caseFile;
  }

  changeReceivedOn(recordId: string, input: ReceivedOnChangeInput): CaseFile {
    return this.update(recordId, { action: 'receivedOnChanged', note: input.reason }, (caseFile) => {
      const entry = changeReceivedOn(caseFile.entry, input, this.today());
      return entry.ok ? { ok: true, value: { ...caseFile, entry: entry.value } } : entry;
    });
  }

  classifyIntervenerOrg(recordId: string, entryIndex: number, orgKind: OrganisationKind | null): CaseFile {
    return this.update(recordId, { action: 'intervenerOrgClassified' }, (caseFile) => {
      const entry = classifyIntervenerOrg(caseFile.entry, entryIndex, orgKind);
      return entry.ok ? { ok: true, value: { ...caseFile, entry: entry.value } } : entry;
    });
  }

  assess(recordId: string, input: AssessmentInput): CaseFile {
    return this.update(recordId, { action: 'caseAssessed' }, (caseFile) => {
      const assessments = addAssessment(caseFile.assessments, input, this.today());
      return assessments.ok ? { ok: true, value: { ...caseFile, assessments: assessments.value } } : assessments;
    });
  }

  addStep(recordId: string, input: DispositionStepInput): CaseFile {
    const { stepKinds } = this.settings();
    return this.update(recordId, { action: 'dispositionStepAdded' }, (caseFile) => {
      const disposition = addDispositionStep({
        steps: caseFile.disposition,
        kinds: stepKinds,
        input,
        receivedOn: caseFile.entry.receivedOn,
        today: this.today(),
      });
      return disposition.ok ? { ok: true, value: { ...caseFile, disposition: disposition.value } } : disposition;
    });
  }

  decideJurisdiction(recordId: string, input: unknown): CaseFile {
    return this.update(recordId, { action: 'jurisdictionDecided' }, (caseFile) => {
      const decision = jurisdictionDecisionSchema.safeParse(input);
      if (!decision.success) return { ok: false, message: decision.error.issues[0]?.message ?? '管辖判断有误' };
      const made: JurisdictionDecision = decision.data;
      if (made.decidedOn > this.today()) return { ok: false, message: '判断日期不能晚于今天' };
      return { ok: true, value: { ...caseFile, jurisdiction: made } };
    });
  }

  // Rows are never stored; the cache holds them in memory for the session (see rowsCache).
  inbox(filter: InboxFilter): InboxRow[] {
    const today = this.today();
    if (this.rowsCache?.options.today !== today) this.rowsCache = this.buildRows(today);
    return filterInbox(this.rowsCache.rows, filter);
  }

  private buildRows(today: string): NonNullable<CaseworkService['rowsCache']> {
    const { stepKinds, reminderAfterDays } = this.settings();
    const cases = this.parts.store.list();
    const repeatedKeys = repeatedIntervenerKeys(intervenerIdentities(cases, this.merges()));
    const options = { calendar: this.parts.calendar.calendar(), stepKinds, today, reminderAfterDays, repeatedKeys };
    return { rows: cases.map((caseFile) => inboxRowOf(caseFile, options)).sort(inboxOrder), options };
  }

  // 研判, 处置, 收到日期 and 管辖 change one case and never who intervened, so only that case's row is worked out
  // again: rebuilding every row would decrypt every case file after each click.
  private refreshRow(caseFile: CaseFile): void {
    const cache = this.rowsCache;
    if (!cache) return;
    const row = inboxRowOf(caseFile, cache.options);
    const held = cache.rows.find((each) => each.recordId === row.recordId);
    const rows = held ? cache.rows.map((each) => (each === held ? row : each)) : [...cache.rows, row];
    if (held?.receivedOn !== row.receivedOn) rows.sort(inboxOrder);
    this.rowsCache = { ...cache, rows };
  }

  private merges() {
    return this.parts.store.merges().map(({ merge }) => merge);
  }

  // Every intervener across the records, with the id of the merge that made an identity, if any.
  interveners(): IntervenerView[] {
    const merges = this.parts.store.merges();
    return intervenerIdentities(this.parts.store.list(), merges.map(({ merge }) => merge)).map((identity) => ({
      ...identity,
      mergeId: merges.find(({ merge }) => merge.keys.includes(identity.key))?.id ?? null,
    }));
  }

  // The body knows these to be one person: their records show together from now on.
  mergeInterveners(keys: readonly string[]): IntervenerView[] {
    const merge = identityMergeSchema.safeParse({ keys });
    if (!merge.success) throw new UserError('CASEWORK_REFUSED', merge.error.issues[0]?.message);
    const merged = new Set(this.parts.store.merges().flatMap(({ merge: each }) => each.keys));
    const already = merge.data.keys.find((key) => merged.has(key));
    if (already !== undefined) throw new UserError('CASEWORK_REFUSED', '所选插手干预人已与他人合并，请先拆分原合并');
    this.parts.store.saveMerge(Buffer.from(this.parts.random(RECORD_ID_BYTES)).toString('hex'), merge.data, {
      action: 'intervenersMerged',
      note: merge.data.keys.join('；'),
    });
    this.rowsCache = undefined;
    return this.interveners();
  }

  splitIntervener(mergeId: string): IntervenerView[] {
    if (!this.parts.store.deleteMerge(mergeId, { action: 'intervenerSplit' })) {
      throw new UserError('CASEWORK_REFUSED', '找不到该合并，可能已经拆分');
    }
    this.rowsCache = undefined;
    return this.interveners();
  }

  findings(): { id: string; finding: Finding }[] {
    return this.parts.store.findings().toSorted((a, b) => b.finding.foundOn.localeCompare(a.finding.foundOn) || a.id.localeCompare(b.id));
  }

  // 第十条 (瞒报、不如实记录) or 第十一条 (无端指责、打击报复、泄露): registered, then followed step by step.
  addFinding(input: FindingInput): { id: string; finding: Finding } {
    const finding = accepted(newFinding(input, this.today()));
    const id = Buffer.from(this.parts.random(RECORD_ID_BYTES)).toString('hex');
    this.parts.store.saveFinding(id, finding, { action: 'findingRegistered' });
    return { id, finding };
  }

  addFindingStep(id: string, input: DispositionStepInput): { id: string; finding: Finding } {
    const found = this.parts.store.findings().find((each) => each.id === id);
    if (!found) throw new UserError('CASEWORK_REFUSED', '找不到该事项');
    const finding = accepted(addFindingStep(found.finding, { kinds: this.settings().stepKinds, input, today: this.today() }));
    this.parts.store.saveFinding(id, finding, { action: 'findingStepAdded' });
    return { id, finding };
  }

  summary(request: SummaryRequest): AnnualSummary {
    const checked = summaryRequestSchema.safeParse(request);
    if (!checked.success) throw new UserError('CASEWORK_REFUSED', checked.error.issues[0]?.message);
    const signed = this.parts.store.signOff(checked.data.year);
    return this.unsignedSummary(checked.data, signed ? { headName: signed.headName, signedOn: signed.signedOn } : null);
  }

  private unsignedSummary({ year, bodyName, includeNames }: SummaryRequest, signOff: { headName: string; signedOn: string } | null): AnnualSummary {
    return annualSummary({
      year,
      bodyName,
      includeNames,
      cases: this.parts.store.list(),
      calendar: this.parts.calendar.calendar(),
      stepKinds: this.settings().stepKinds,
      signOff,
    });
  }

  // 签批 (第八条): the head, and only the head, signs the year's summary with their own key; the signature covers
  // the summary's figures and list as they stand today.
  async signOff(request: SummaryRequest): Promise<AnnualSummary> {
    const checked = summaryRequestSchema.safeParse(request);
    if (!checked.success) throw new UserError('CASEWORK_REFUSED', checked.error.issues[0]?.message);
    const head = this.parts.staff.current();
    if (!head || head.role !== 'head') throw new UserError('CASEWORK_REFUSED', '只有纪检组织主要负责人可以签批年度汇总');
    const signedOn = this.today();
    const summary = this.unsignedSummary(checked.data, { headName: head.name, signedOn });
    const sodium = await loadSodium();
    const summaryDigest = sodium.to_hex(sodium.crypto_generichash(32, canonicalJson(summary), null));
    const signature = await head.sign(sodium.from_hex(summaryDigest));
    this.parts.store.saveSignOff(
      {
        year: summary.year,
        bodyName: checked.data.bodyName,
        includeNames: checked.data.includeNames,
        headName: head.name,
        signedOn,
        summaryDigest,
        signature,
        signPublicKey: head.signPublicKey,
      },
      { action: 'summarySigned', note: `${summary.year}年度${summary.zeroReport ? '零报告' : '汇总'}` },
    );
    return summary;
  }

  // The year's summary as the head signed it, refused when there is no 签批 or when the figures changed since
  // (a record received or assessed after signing): 第八条 sends the summary only 经…主要负责人签批后.
  async signedSummary(year: number): Promise<{ summary: AnnualSummary; includeNames: boolean }> {
    const signed = this.parts.store.signOff(year);
    if (!signed) {
      throw new UserError('CASEWORK_REFUSED', `${year}年度汇总尚未经本单位纪检组织主要负责人签批（第八条：经签批后报送），请先签批再导出。`);
    }
    const summary = this.unsignedSummary(
      { year, bodyName: signed.bodyName, includeNames: signed.includeNames },
      { headName: signed.headName, signedOn: signed.signedOn },
    );
    const sodium = await loadSodium();
    const digest = sodium.crypto_generichash(32, canonicalJson(summary), null);
    const intact =
      sodium.to_hex(digest) === signed.summaryDigest &&
      sodium.crypto_sign_verify_detached(sodium.from_hex(signed.signature), digest, sodium.from_hex(signed.signPublicKey));
    if (!intact) {
      throw new UserError('CASEWORK_REFUSED', `${year}年度汇总在签批后有了变化（如新收到或新研判的记录），请主要负责人重新签批后再导出。`);
    }
    return { summary, includeNames: signed.includeNames };
  }

  // The PDF to sign and the workbook beside it, where the person chooses; nothing goes to a temp folder. The
  // place is asked first, so a cancelled save costs no rendering.
  async saveSummary(request: SummaryRequest): Promise<SavedSummary | undefined> {
    const summary = this.summary(request);
    const pdfPath = await this.parts.dialogs.chooseSavePath({
      title: '保存年度汇总（未加密，请妥善保管）',
      defaultName: `${summary.bodyName}${summaryTitle(summary)}.pdf`,
      filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
    });
    if (!pdfPath) return undefined;
    const xlsxPath = pdfPath.replace(/\.pdf$/i, '') + '.xlsx';
    const { pdf, xlsx } = await summaryOutputs(this.parts.renderer, summary, this.parts.clock.now());
    try {
      await writeFile(pdfPath, pdf.bytes, { mode: 0o600 });
      await writeFile(xlsxPath, xlsx, { mode: 0o600 });
    } catch {
      throw new UserError('FILE_UNREADABLE', '无法写入所选位置，请确认该位置可写且空间充足。');
    }
    this.parts.store.recordAction({ action: 'summarySaved', note: `${summary.year}年度${summary.zeroReport ? '零报告' : '汇总'}` });
    return { pdfPath, xlsxPath };
  }
}
