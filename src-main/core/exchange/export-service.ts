import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../shared/errors.ts';
import { exportRoutes, type ExportRoute } from '../../shared/exchange/export-routing.ts';
import { toHex } from '../../shared/exchange/hex.ts';
import { finalizedRecord, recordOfVersion } from '../records/finalized-record.ts';
import { loadSodium } from '../vault/sodium.ts';
import { RECORD_FILE_EXTENSION } from './intake-service.ts';
import { sealRecord } from './record-file.ts';
import type { ExchangeParts } from './exchange-parts.ts';

// Random, so a file name says nothing about who wrote it, about whom, or when.
const FILE_NAME_RANDOM_BYTES = 12;

export interface ExportedFile {
  recipient: string;
  recipientFingerprint: string;
  fileName: string;
}

// 导出加密文件: the latest finalized version, one file per recipient, each sealed to a key file the handler
// checked against its printed notice, named neutrally, and logged.
export class ExportService {
  private readonly parts: Pick<ExchangeParts, 'vault' | 'records' | 'keys' | 'clock' | 'random' | 'dialogs'>;

  constructor(parts: Pick<ExchangeParts, 'vault' | 'records' | 'keys' | 'clock' | 'random' | 'dialogs'>) {
    this.parts = parts;
  }

  // The person chooses the folder (a USB stick); cancelling writes nothing and is no error.
  async exportChosen(recordId: string, recipientFingerprints: readonly string[]): Promise<ExportedFile[] | undefined> {
    const folder = await this.parts.dialogs.chooseFolder({ title: '选择保存加密文件的文件夹（例如U盘）' });
    return folder === undefined ? undefined : this.exportRecord(recordId, recipientFingerprints, folder);
  }

  // Where routing sends this record (第七条, 第九条) and the checked key files of each kind of recipient.
  exportRoutes(recordId: string): ExportRoute[] {
    const { routing } = this.parts.records.detail(recordId).assessment;
    return routing === null ? [] : exportRoutes(routing, this.parts.keys.trustedBodyViews());
  }

  async exportRecord(recordId: string, recipientFingerprints: readonly string[], folder: string): Promise<ExportedFile[]> {
    const detail = this.parts.records.detail(recordId);
    if (detail.status !== 'finalized' || detail.digest === null) {
      throw new UserError('RECORD_NOT_FINALIZED', '只有已完成填报的记录表才能导出加密文件。');
    }
    const finished = finalizedRecord(recordOfVersion({ ...detail, content: detail.draft }));
    if (!finished.ok) throw new UserError('RECORD_INCOMPLETE');
    const lookup = await this.parts.keys.bodyLookup();
    const recipients = recipientFingerprints.map((fingerprint) => {
      const body = lookup(fingerprint);
      if (!body) throw new UserError('RECIPIENT_UNKNOWN');
      return body;
    });
    if (recipients.length === 0) throw new UserError('RECIPIENT_UNKNOWN', '请至少选择一个接收方。');
    const sodium = await loadSodium();
    const handlerKey = await this.parts.keys.handlerKey();
    const exported: ExportedFile[] = [];
    for (const recipient of recipients) {
      const bytes = sealRecord(sodium, { recordId, record: finished.record, fingerprint: detail.digest, exportedAt: this.parts.clock.now(), handlerKey, recipient });
      const fileName = `${toHex(this.parts.random(FILE_NAME_RANDOM_BYTES))}${RECORD_FILE_EXTENSION}`;
      try {
        await writeFile(join(folder, fileName), bytes, { flag: 'wx' });
      } catch {
        throw new UserError('FILE_UNREADABLE', `无法在所选文件夹中写入加密文件，请确认文件夹存在且可写入。已写出${exported.length}个文件。`);
      }
      const name = `${recipient.file.body.unit}${recipient.file.body.name}`;
      this.parts.vault.recordAction('recordExported', { recordId, version: detail.version }, `${name}：${fileName}`);
      exported.push({ recipient: name, recipientFingerprint: recipient.fingerprint, fileName });
    }
    return exported;
  }
}
