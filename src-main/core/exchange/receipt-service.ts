import { writeFile } from 'node:fs/promises';
import { UserError } from '../../shared/errors.ts';
import { SIGNED_FILE_MAX_BYTES } from '../../shared/exchange/exchange-limits.ts';
import type { ReceiptPayload } from '../../shared/exchange/receipt-payload.ts';
import { loadSodium } from '../vault/sodium.ts';
import { readExchangeFile } from './exchange-file-io.ts';
import { refused } from './exchange-key-service.ts';
import { receiptKind, receivedRecordKind } from './exchange-kinds.ts';
import { readReceipt, writeReceipt } from './receipt-file.ts';
import type { ExchangeParts } from './exchange-parts.ts';

const RECEIPT_FILTERS = [{ name: '留痕回执', extensions: ['json'] }];

export interface ReceiptView {
  receipt: ReceiptPayload;
  bodyName: string;
  importedAt: string;
}

// 回执 on both sides: the body writes one for a file it imported; the handler verifies it against the body's
// checked key and its own record, and keeps it as proof of reporting (已签收).
export class ReceiptService {
  private readonly parts: Pick<ExchangeParts, 'vault' | 'records' | 'keys' | 'clock' | 'dialogs'>;

  constructor(parts: Pick<ExchangeParts, 'vault' | 'records' | 'keys' | 'clock' | 'dialogs'>) {
    this.parts = parts;
  }

  async exportChosenReceipt(fileDigest: string): Promise<string | undefined> {
    const path = await this.parts.dialogs.chooseSavePath({ title: '保存回执', defaultName: 'liuhen-receipt.json', filters: RECEIPT_FILTERS });
    if (path === undefined) return undefined;
    await this.exportReceipt(fileDigest, path);
    return path;
  }

  async importChosenReceipt(): Promise<ReceiptView | undefined> {
    const path = await this.parts.dialogs.chooseOpenPath({ title: '选择纪检组织的回执', filters: RECEIPT_FILTERS });
    return path === undefined ? undefined : this.importReceipt(path);
  }

  // The body's side.
  async exportReceipt(fileDigest: string, path: string): Promise<void> {
    const row = this.parts.vault.table(receivedRecordKind).get(fileDigest);
    if (!row) throw new UserError('RECEIVED_FILE_NOT_FOUND');
    const text = writeReceipt(await loadSodium(), await this.parts.keys.bodyKeys(), row, new Date(row.importedAt));
    try {
      await writeFile(path, text);
    } catch {
      throw new UserError('FILE_UNREADABLE', '无法写入回执文件，请确认所选位置可写入。');
    }
    this.parts.vault.recordAction('receiptExported', { recordId: row.recordId, version: row.version });
  }

  // The handler's side: refused unless signed by a body whose key file was checked, for a version this
  // installation finalized and exported with its own key.
  async importReceipt(path: string): Promise<ReceiptView> {
    const bytes = refused(await readExchangeFile(path, SIGNED_FILE_MAX_BYTES));
    const handlerKey = await this.parts.keys.handlerKey();
    const receipt = refused(
      readReceipt(await loadSodium(), bytes, await this.parts.keys.bodyLookup(), (recordId) => {
        try {
          return this.parts.records
            .detail(recordId)
            .versions.flatMap(({ version, digest }) => (digest === null ? [] : [{ recordId, version, fingerprint: digest, handlerKey: handlerKey.fingerprint }]));
        } catch {
          return [];
        }
      }),
    );
    const view: ReceiptView = { receipt, bodyName: `${receipt.body.unit}${receipt.body.name}`, importedAt: this.parts.clock.now().toISOString() };
    this.parts.vault.change({ action: 'receiptImported', target: { recordId: receipt.recordId, version: receipt.version }, note: view.bodyName }, () =>
      this.parts.vault.table(receiptKind).put(`${receipt.recordId}-${receipt.version}-${receipt.bodyKey.slice(0, 16)}`, view),
    );
    return view;
  }

  receiptsFor(recordId: string): ReceiptView[] {
    return this.parts.vault
      .table(receiptKind)
      .list()
      .map(({ value }) => value)
      .filter((view) => view.receipt.recordId === recordId);
  }
}

export function receiptViewOf({ receipt, bodyName, importedAt }: ReceiptView) {
  return { recordId: receipt.recordId, version: receipt.version, bodyName, bodyImportedAt: receipt.importedAt, receivedAt: importedAt };
}
