import { writeFile } from 'node:fs/promises';
import type { CalendarService } from '../calendar/calendar-service.ts';
import type { Clock } from '../clock.ts';
import type { Dialogs } from '../dialogs.ts';
import { RECORD_FORM_TITLE } from '../../shared/form/form-labels.ts';
import { UserError } from '../../shared/errors.ts';
import { describeFonts, type FontRoleReport } from '../pdf/fonts/font-roles.ts';
import type { PdfRenderer, RenderedPdf } from '../pdf/pdf-renderer.ts';
import { renderRecordForm, renderSealedPackage } from '../pdf/print-record.ts';
import { recoverySheetDocument } from '../pdf/recovery-sheet.ts';
import type { Printer } from '../printer.ts';
import { readProfile } from '../profile/profile-store.ts';
import { finalizedRecord, recordOfVersion } from '../records/finalized-record.ts';
import type { RecordVersions } from '../records/record-versions.ts';
import type { VaultService } from '../vault/vault-service.ts';
import { PRINTABLE_LABELS, type Printable } from '../../shared/printables.ts';

const PDF_FILTERS = [{ name: 'PDF 文件', extensions: ['pdf'] }];

export interface PrintServiceParts {
  vault: VaultService;
  records: RecordVersions;
  calendar: CalendarService;
  renderer: PdfRenderer;
  printer: Printer;
  dialogs: Dialogs;
  clock: Clock;
  // This installation's exchange signing key, made here if no export has made it yet: the form's footer shows it
  // so the signed paper vouches for the key that signs the encrypted file.
  handlerKeyFingerprint(): Promise<string>;
}

// Printing and saving the finalized 记录表. Every print and save goes on the audit trail; nothing is written to a
// temp folder (the preview gets the bytes in memory; a saved PDF goes only where the person chose).
export class PrintService {
  private readonly parts: PrintServiceParts;

  constructor(parts: PrintServiceParts) {
    this.parts = parts;
  }

  async print(recordId: string, what: Printable, wanted?: number): Promise<void> {
    const { pdf, version } = await this.render(recordId, what, wanted);
    await this.parts.printer.showPrintPreview(pdf.bytes, RECORD_FORM_TITLE);
    this.parts.vault.recordAction('recordPrinted', { recordId, version }, PRINTABLE_LABELS[what]);
  }

  async savePdf(recordId: string, what: Printable, wanted?: number): Promise<string | undefined> {
    const { pdf, version } = await this.render(recordId, what, wanted);
    const path = await this.parts.dialogs.chooseSavePath({
      title: '另存为 PDF（未加密，请妥善保管）',
      defaultName: `${RECORD_FORM_TITLE}-${recordId.slice(0, 8)}-第${version}版.pdf`,
      filters: PDF_FILTERS,
    });
    if (!path) return undefined;
    try {
      await writeFile(path, pdf.bytes, { mode: 0o600 });
    } catch {
      throw new UserError('FILE_UNREADABLE', '无法写入所选位置，请确认该位置可写且空间充足。');
    }
    this.parts.vault.recordAction('recordSavedAsPdf', { recordId, version }, PRINTABLE_LABELS[what]);
    return path;
  }

  // Shown once at setup: the key never leaves memory except onto paper.
  async printRecoverySheet(recoveryKey: string): Promise<void> {
    const pdf = await this.parts.renderer.render(recoverySheetDocument({ recoveryKey, printedAt: this.parts.clock.now() }));
    await this.parts.printer.showPrintPreview(pdf.bytes, '留痕恢复密钥');
  }

  fonts(): FontRoleReport[] {
    return describeFonts(this.parts.renderer.fonts());
  }

  // The latest version unless another is wanted: an earlier finalized version reprints exactly as it was sealed.
  private async render(recordId: string, what: Printable, wanted?: number): Promise<{ pdf: RenderedPdf; version: number }> {
    const { vault, records, calendar, renderer, clock } = this.parts;
    const latest = records.get(recordId, wanted);
    if (latest.status !== 'finalized' || !latest.digest) {
      throw new UserError('RECORD_NOT_FINALIZED', '只有已完成填报的记录表才能打印或另存为 PDF。');
    }
    const finished = finalizedRecord(recordOfVersion(latest));
    if (!finished.ok) throw finished.invalid ?? new UserError('RECORD_NOT_FINALIZED');
    const form = {
      recordId,
      record: finished.record,
      fingerprint: latest.digest,
      printedAt: clock.now(),
      handlerKeyFingerprint: await this.parts.handlerKeyFingerprint(),
    };
    if (what === 'form') return { pdf: await renderRecordForm(renderer, form), version: latest.version };
    // The recipients depend on it; it is asked at setup, and never guessed.
    const unit = readProfile(vault).unit;
    if (!unit) throw new UserError('RECORD_INCOMPLETE', '请先在“设置”中说明本单位是否设有纪委（纪检组），以确定报送单位。');
    const pdf = await renderSealedPackage(renderer, {
      ...form,
      ...unit,
      calendar: calendar.calendar(),
    });
    return { pdf, version: latest.version };
  }
}
