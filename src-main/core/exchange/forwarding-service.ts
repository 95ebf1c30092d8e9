import { writeFile } from 'node:fs/promises';
import { UserError } from '../../shared/errors.ts';
import { FORWARD_REASON_MAX_CHARS } from '../../shared/exchange/forward-payload.ts';
import { loadSodium } from '../vault/sodium.ts';
import { receivedRecordKind } from './exchange-kinds.ts';
import { sealForward } from './forward-file.ts';
import type { ExchangeParts } from './exchange-parts.ts';

// 转送: a body passes a received record on to another body whose key file it checked (a 司局级 case to the
// stationed group, a case for another unit's jurisdiction per 第九条), logged on both sides.
export class ForwardingService {
  private readonly parts: Pick<ExchangeParts, 'vault' | 'keys' | 'clock' | 'dialogs'>;

  constructor(parts: Pick<ExchangeParts, 'vault' | 'keys' | 'clock' | 'dialogs'>) {
    this.parts = parts;
  }

  async forwardChosen(fileDigest: string, toFingerprint: string, reason: string): Promise<string | undefined> {
    const path = await this.parts.dialogs.chooseSavePath({ title: '保存转送文件', defaultName: 'forward.liuhen', filters: [{ name: '留痕加密文件', extensions: ['liuhen'] }] });
    if (path === undefined) return undefined;
    await this.forward(fileDigest, toFingerprint, reason, path);
    return path;
  }

  async forward(fileDigest: string, toFingerprint: string, reason: string, path: string): Promise<void> {
    const row = this.parts.vault.table(receivedRecordKind).get(fileDigest);
    if (!row) throw new UserError('RECEIVED_FILE_NOT_FOUND');
    const trimmed = reason.trim();
    if (trimmed.length === 0 || [...trimmed].length > FORWARD_REASON_MAX_CHARS) {
      throw new UserError('RECORD_INCOMPLETE', `请填写转送理由（不超过${FORWARD_REASON_MAX_CHARS}字）。`);
    }
    const to = (await this.parts.keys.bodyLookup())(toFingerprint);
    if (!to) throw new UserError('RECIPIENT_UNKNOWN');
    const bytes = sealForward(await loadSodium(), await this.parts.keys.bodyKeys(), { received: row, to, reason: trimmed, forwardedAt: this.parts.clock.now() });
    try {
      await writeFile(path, bytes, { flag: 'wx' });
    } catch {
      throw new UserError('FILE_UNREADABLE', '无法写入转送文件，请确认所选位置可写入且没有同名文件。');
    }
    this.parts.vault.recordAction('recordForwarded', { recordId: row.recordId, version: row.version }, `${to.file.body.unit}${to.file.body.name}：${trimmed}`);
  }
}
