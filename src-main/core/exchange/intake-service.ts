import { basename } from 'node:path';
import { UserError } from '../../shared/errors.ts';
import { canonicalJson } from '../../shared/canonical-json.ts';
import { EXCHANGE_FILE_MAX_BYTES } from '../../shared/exchange/exchange-limits.ts';
import { EXCHANGE_PROBLEMS, type Checked, type ExchangeProblemCode } from '../../shared/exchange/exchange-problem.ts';
import { fingerprintMatches } from '../../shared/exchange/fingerprint-comparison.ts';
import { FORWARDED_RECORD_FORMAT, splitSealedFile } from '../../shared/exchange/sealed-envelope.ts';
import { utf8 } from '../vault/bytes.ts';
import { loadSodium, type Sodium } from '../vault/sodium.ts';
import { exchangeFilesIn, readExchangeFile } from './exchange-file-io.ts';
import { handlerIdentityKind, receivedRecordKind, type HandlerIdentityRow, type ReceivedRecordRow } from './exchange-kinds.ts';
import { digestHexOf, type BodyKeys, type TrustedBody } from './exchange-keys.ts';
import { openForwardFile } from './forward-file.ts';
import { decideIntake, type HeldVersion } from './intake-decision.ts';
import { readAhead } from './read-ahead.ts';
import { openRecordFile, type OpenedRecord } from './record-file.ts';
import type { ExchangeParts } from './exchange-parts.ts';

// Files on a stick that are meant for import: the neutral names the handler's export writes.
export const RECORD_FILE_EXTENSION = '.liuhen';

export type IntakeOutcome = 'imported' | 'skipped' | 'refused';

export interface FileReport {
  file: string;
  outcome: IntakeOutcome;
  code: ExchangeProblemCode | null;
  message: string;
  recordId: string | null;
  version: number | null;
  // The imported file's digest, by which a receipt or a forward names it.
  fileDigest: string | null;
  flags: ReceivedRecordRow['flags'];
}

export type ImportProgress = (done: number, total: number) => void;

// How far the import under way has come, for the page to poll while it waits for the report.
export interface IntakeProgress {
  running: boolean;
  done: number;
  total: number;
}

const RECORD_FILE_FILTERS = [{ name: '留痕记录文件', extensions: [RECORD_FILE_EXTENSION.slice(1)] }];

interface Arrival {
  record: OpenedRecord;
  forwardedBy: ReceivedRecordRow['forwardedBy'];
}

// Files are decided one by one against what is held plus what the batch has taken so far, and written in
// chunks, each one transaction with one audit entry naming its files: a per-file transaction would spend the
// import in fsyncs. A chunk holds only files that passed, so a refused file never writes anything. A chunk is a
// fraction of a second of work: what a crash takes back is imported again from the stick, the files already
// committed skipped as duplicates; fewer commits (each a WAL fsync and a signed audit entry) leave more of the
// import to the checks.
const FILES_PER_WRITE = 250;
const AUDIT_NOTE_FILES_SHOWN = 20;
// Files read from the stick while the one before is verified and stored: enough to keep the disk busy, few enough
// that at most this many more files' bytes (each within EXCHANGE_FILE_MAX_BYTES) wait in memory.
const FILES_READ_AHEAD = 8;

interface Batch {
  sodium: Sodium;
  own: BodyKeys;
  bodyByFingerprint: (fingerprint: string) => TrustedBody | undefined;
  rows: Map<string, ReceivedRecordRow>;
  byRecord: Map<string, HeldVersion[]>;
  handlerKeys: Map<string, string>;
  pending: { rows: Map<string, ReceivedRecordRow>; handlers: Map<string, HandlerIdentityRow>; files: string[] };
}

// The discipline body's intake: files or a whole folder, each verified, opened and checked on its own; a refused
// file writes nothing and the batch goes on, ending with one line per file.
export class IntakeService {
  private readonly parts: Pick<ExchangeParts, 'vault' | 'keys' | 'clock' | 'dialogs'>;
  private readonly storedListeners: ((rows: readonly ReceivedRecordRow[]) => void)[] = [];
  private running: { done: number; total: number } | undefined;

  constructor(parts: Pick<ExchangeParts, 'vault' | 'keys' | 'clock' | 'dialogs'>) {
    this.parts = parts;
  }

  // Told inside each write's transaction, with the rows it stores: casework opens the cases there, so a file is
  // never imported without its case. A listener writes typed rows only (no change of its own); if it throws,
  // the chunk is not imported.
  onStored(listener: (rows: readonly ReceivedRecordRow[]) => void): void {
    this.storedListeners.push(listener);
  }

  async importChosenFolder(onProgress?: ImportProgress): Promise<FileReport[] | undefined> {
    const folder = await this.parts.dialogs.chooseFolder({ title: '选择要导入的文件夹（例如U盘）' });
    return folder === undefined ? undefined : this.importFolder(folder, onProgress);
  }

  async importChosenFiles(onProgress?: ImportProgress): Promise<FileReport[] | undefined> {
    const paths = await this.parts.dialogs.chooseOpenPaths({ title: '选择要导入的记录文件', filters: RECORD_FILE_FILTERS });
    return paths === undefined ? undefined : this.importFiles(paths, onProgress);
  }

  progress(): IntakeProgress {
    return this.running ? { running: true, ...this.running } : { running: false, done: 0, total: 0 };
  }

  async importFolder(folder: string, onProgress?: ImportProgress): Promise<FileReport[]> {
    return this.importFiles(await exchangeFilesIn(folder, RECORD_FILE_EXTENSION), onProgress);
  }

  async importFiles(paths: readonly string[], onProgress?: ImportProgress): Promise<FileReport[]> {
    const batch = await this.startBatch();
    const reports: FileReport[] = [];
    this.running = { done: 0, total: paths.length };
    try {
      for await (const { item: path, result: bytes } of readAhead(paths, (file) => readExchangeFile(file, EXCHANGE_FILE_MAX_BYTES), FILES_READ_AHEAD)) {
        reports.push(bytes.ok ? this.importOne(batch, basename(path), bytes.value) : refusedReport(basename(path), bytes));
        if (batch.pending.files.length >= FILES_PER_WRITE) this.write(batch);
        this.running = { done: reports.length, total: paths.length };
        onProgress?.(reports.length, paths.length);
      }
      this.write(batch);
    } finally {
      this.running = undefined;
    }
    return reports;
  }

  // Files already in memory (the CLI's stdin, the fuzz), as one batch.
  async importBytes(files: readonly { name: string; bytes: Uint8Array }[]): Promise<FileReport[]> {
    const batch = await this.startBatch();
    const reports = files.map(({ name, bytes }) => {
      const report = this.importOne(batch, name, bytes);
      if (batch.pending.files.length >= FILES_PER_WRITE) this.write(batch);
      return report;
    });
    this.write(batch);
    return reports;
  }

  list(): ReceivedRecordRow[] {
    return this.parts.vault
      .table(receivedRecordKind)
      .list()
      .map(({ value }) => value);
  }

  get(fileDigest: string): ReceivedRecordRow {
    const row = this.parts.vault.table(receivedRecordKind).get(fileDigest);
    if (!row) throw new UserError('RECEIVED_FILE_NOT_FOUND');
    return row;
  }

  // 未核对纸质件 until an officer types or scans the fingerprint printed on the sealed paper form.
  checkPaper(fileDigest: string, typedFingerprint: string): ReceivedRecordRow {
    const row = this.get(fileDigest);
    if (!fingerprintMatches(typedFingerprint, row.fingerprint)) throw new UserError('PAPER_FINGERPRINT_MISMATCH');
    const checked = { ...row, paperCheckedAt: this.parts.clock.now().toISOString() };
    this.parts.vault.change({ action: 'paperChecked', target: { recordId: row.recordId, version: row.version } }, () =>
      this.parts.vault.table(receivedRecordKind).put(fileDigest, checked),
    );
    return checked;
  }

  // The officer has confirmed the handler's new key in person: it becomes the key trusted for that handler.
  async acceptKeyChange(fileDigest: string): Promise<ReceivedRecordRow> {
    const row = this.get(fileDigest);
    const sodium = await loadSodium();
    const accepted = { ...row, flags: row.flags.filter((flag) => flag !== 'KEY_CHANGED') };
    const { name, workUnit } = row.record.handler;
    this.parts.vault.change({ action: 'keyChangeAccepted', target: { recordId: row.recordId, version: row.version } }, () => {
      this.parts.vault.table(receivedRecordKind).put(fileDigest, accepted);
      for (const listener of this.storedListeners) listener([accepted]);
      this.parts.vault
        .table(handlerIdentityKind)
        .put(handlerIdOf(sodium, name, workUnit), { name, workUnit, trustedKeyFingerprint: row.senderKeyFingerprint, since: this.parts.clock.now().toISOString() });
    });
    return accepted;
  }

  private async startBatch(): Promise<Batch> {
    const rows = new Map(this.list().map((row) => [row.fileDigest, row]));
    const handlerKeys = new Map(
      this.parts.vault
        .table(handlerIdentityKind)
        .list()
        .map(({ id, value }) => [id, value.trustedKeyFingerprint]),
    );
    const byRecord = new Map<string, HeldVersion[]>();
    for (const row of rows.values()) byRecord.set(row.recordId, [...(byRecord.get(row.recordId) ?? []), heldVersionOf(row)]);
    return {
      sodium: await loadSodium(),
      own: await this.parts.keys.bodyKeys(),
      bodyByFingerprint: await this.parts.keys.bodyLookup(),
      rows,
      byRecord,
      handlerKeys,
      pending: { rows: new Map(), handlers: new Map(), files: [] },
    };
  }

  private write(batch: Batch): void {
    const { rows, handlers, files } = batch.pending;
    if (files.length === 0) return;
    const shown = files.slice(0, AUDIT_NOTE_FILES_SHOWN).join('、');
    const note = `${files.length}个文件：${shown}${files.length > AUDIT_NOTE_FILES_SHOWN ? '等' : ''}`;
    this.parts.vault.change({ action: 'recordImported', note }, () => {
      const table = this.parts.vault.table(receivedRecordKind);
      for (const [id, row] of rows) table.put(id, row);
      const identities = this.parts.vault.table(handlerIdentityKind);
      for (const [id, identity] of handlers) identities.put(id, identity);
      for (const listener of this.storedListeners) listener([...rows.values()]);
    });
    batch.pending = { rows: new Map(), handlers: new Map(), files: [] };
  }

  private importOne(batch: Batch, file: string, bytes: Uint8Array): FileReport {
    const arrival = openArrival(batch, bytes);
    if (!arrival.ok) return refusedReport(file, arrival);
    const { record, forwardedBy } = arrival.value;
    const handlerId = handlerIdOf(batch.sodium, record.record.handler.name, record.record.handler.workUnit);
    const trusted = batch.handlerKeys.get(handlerId);
    const decision = decideIntake(record, batch.byRecord.get(record.recordId) ?? [], trusted === undefined ? undefined : { trustedKeyFingerprint: trusted });
    const where = { file, recordId: record.recordId, version: record.version, fileDigest: record.fileDigest };
    if (!decision.store) return { ...where, outcome: decision.code === 'DUPLICATE' ? 'skipped' : 'refused', code: decision.code, message: EXCHANGE_PROBLEMS[decision.code], flags: [] };
    const row: ReceivedRecordRow = {
      ...record,
      importedAt: this.parts.clock.now().toISOString(),
      flags: decision.flags,
      paperCheckedAt: null,
      forwardedBy,
    };
    const updated = [
      ...decision.completes.map((held) => withoutFlag(batch.rows.get(held.fileDigest), 'WAITING_FOR_EARLIER')),
      ...decision.contradicts.map((held) => withFlag(batch.rows.get(held.fileDigest), 'EQUIVOCATION')),
    ].filter((changed): changed is ReceivedRecordRow => changed !== undefined);
    for (const stored of [row, ...updated]) {
      batch.rows.set(stored.fileDigest, stored);
      batch.pending.rows.set(stored.fileDigest, stored);
    }
    batch.byRecord.set(record.recordId, [...(batch.byRecord.get(record.recordId) ?? []).filter((held) => held.fileDigest !== row.fileDigest), heldVersionOf(row)]);
    batch.pending.files.push(file);
    if (trusted === undefined) {
      const { name, workUnit } = record.record.handler;
      batch.handlerKeys.set(handlerId, record.senderKeyFingerprint);
      batch.pending.handlers.set(handlerId, { name, workUnit, trustedKeyFingerprint: record.senderKeyFingerprint, since: row.importedAt });
    }
    return {
      ...where,
      outcome: 'imported',
      code: null,
      message: decision.flags.length === 0 ? '已导入（未核对纸质件）' : decision.flags.map((flag) => EXCHANGE_PROBLEMS[flag]).join(' '),
      flags: decision.flags,
    };
  }
}

function openArrival(batch: Batch, bytes: Uint8Array): Checked<Arrival> {
  const split = splitSealedFile(bytes);
  if (split.ok && split.value.header.format === FORWARDED_RECORD_FORMAT) {
    const forward = openForwardFile(batch.sodium, bytes, batch.own, batch.bodyByFingerprint);
    if (!forward.ok) return forward;
    const { record, forwarder, reason, forwardedAt } = forward.value;
    const name = `${forwarder.file.body.unit}${forwarder.file.body.name}`;
    return { ok: true, value: { record, forwardedBy: { fingerprint: forwarder.fingerprint, name, reason, forwardedAt } } };
  }
  const record = openRecordFile(batch.sodium, bytes, batch.own);
  return record.ok ? { ok: true, value: { record: record.value, forwardedBy: null } } : record;
}

function refusedReport(file: string, refused: { ok: false; problem: { code: ExchangeProblemCode; message: string } }): FileReport {
  return { file, outcome: 'refused', code: refused.problem.code, message: refused.problem.message, recordId: null, version: null, fileDigest: null, flags: [] };
}

function heldVersionOf({ recordId, version, fingerprint, amendsDigest, fileDigest }: ReceivedRecordRow): HeldVersion {
  return { recordId, version, fingerprint, amendsDigest, fileDigest };
}

function withoutFlag(row: ReceivedRecordRow | undefined, flag: ReceivedRecordRow['flags'][number]): ReceivedRecordRow | undefined {
  return row && row.flags.includes(flag) ? { ...row, flags: row.flags.filter((other) => other !== flag) } : undefined;
}

function withFlag(row: ReceivedRecordRow | undefined, flag: ReceivedRecordRow['flags'][number]): ReceivedRecordRow | undefined {
  return row && !row.flags.includes(flag) ? { ...row, flags: [...row.flags, flag] } : undefined;
}

// A handler is known by name and work unit, as the form gives them.
function handlerIdOf(sodium: Sodium, name: string, workUnit: string): string {
  return digestHexOf(sodium, utf8(canonicalJson({ name, workUnit })));
}

// What the intake list shows of a received file: who, which version, its dates and what is flagged; the record
// itself stays in the vault until opened.
export interface ReceivedRecordView {
  fileDigest: string;
  recordId: string;
  version: number;
  fingerprint: string;
  handlerName: string;
  handlerUnit: string;
  handlerKeyFingerprint: string;
  filedAt: string;
  reportStart: string;
  exportedAt: string;
  importedAt: string;
  flags: ReceivedRecordRow['flags'];
  paperCheckedAt: string | null;
  forwardedBy: ReceivedRecordRow['forwardedBy'];
}

export function receivedRecordView(row: ReceivedRecordRow): ReceivedRecordView {
  const { fileDigest, recordId, version, fingerprint, senderKeyFingerprint, deadline, exportedAt, importedAt, flags, paperCheckedAt, forwardedBy } = row;
  return {
    fileDigest,
    recordId,
    version,
    fingerprint,
    handlerName: row.record.handler.name,
    handlerUnit: row.record.handler.workUnit,
    handlerKeyFingerprint: senderKeyFingerprint,
    filedAt: deadline.filedAt,
    reportStart: deadline.reportStart,
    exportedAt,
    importedAt,
    flags,
    paperCheckedAt,
    forwardedBy,
  };
}
