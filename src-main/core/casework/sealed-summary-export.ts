import { writeFile } from 'node:fs/promises';
import { UserError } from '../../shared/errors.ts';
import { OFFICE_BODY_KIND } from '../../shared/office/office-kind.ts';
import type { Clock } from '../clock.ts';
import type { Dialogs } from '../dialogs.ts';
import type { ExchangeKeyService } from '../exchange/exchange-key-service.ts';
import type { TrustedBody } from '../exchange/exchange-keys.ts';
import { RECORD_FILE_EXTENSION } from '../exchange/intake-service.ts';
import { sealSummary } from '../exchange/summary-file.ts';
import { loadSodium } from '../vault/sodium.ts';
import type { VaultService } from '../vault/vault-service.ts';
import type { CaseworkService } from './casework-service.ts';

export interface SealedSummaryRequest {
  year: number;
  // Names of handlers and interveners travel only when the unit chooses so (issue 15, item 8); off by default.
  includeNames: boolean;
  // Which office key, when the body checked more than one.
  office?: string | undefined;
}

export interface SealedSummaryParts {
  casework: CaseworkService;
  keys: ExchangeKeyService;
  vault: VaultService;
  dialogs: Dialogs;
  clock: Clock;
}

// The body's 第八条 summary as a file only the 领导小组办公室 can open, signed with the body's own key, so the
// office knows which unit sent it and that nobody changed it on the way.
export class SealedSummaryExport {
  private readonly parts: SealedSummaryParts;

  constructor(parts: SealedSummaryParts) {
    this.parts = parts;
  }

  async sealed(request: SealedSummaryRequest): Promise<{ bytes: Uint8Array; defaultName: string }> {
    const office = await this.office(request.office);
    const own = await this.parts.keys.bodyKeys();
    const { summary, includeNames } = await this.parts.casework.signedSummary(request.year);
    if (includeNames !== request.includeNames) {
      throw new UserError(
        'CASEWORK_REFUSED',
        `报送的汇总须与签批的一致：签批时记录清单${includeNames ? '列出' : '不列'}姓名。请按签批时的选择导出，或由主要负责人重新签批。`,
      );
    }
    const bytes = sealSummary(await loadSodium(), own, { summary, includesNames: includeNames, issuedAt: this.parts.clock.now(), to: office });
    // A neutral name like a record file's: the file lies on a stick that may be lost.
    return { bytes, defaultName: `liuhen-summary-${request.year}${RECORD_FILE_EXTENSION}` };
  }

  async exportChosen(request: SealedSummaryRequest): Promise<string | undefined> {
    const { bytes, defaultName } = await this.sealed(request);
    const path = await this.parts.dialogs.chooseSavePath({
      title: '保存报送领导小组办公室的加密年度汇总文件',
      defaultName,
      filters: [{ name: '留痕加密文件', extensions: [RECORD_FILE_EXTENSION.slice(1)] }],
    });
    if (path === undefined) return undefined;
    try {
      await writeFile(path, bytes);
    } catch {
      throw new UserError('FILE_UNREADABLE', '无法写入所选位置，请确认该位置可写且空间充足。');
    }
    this.parts.vault.recordAction('summarySealed', undefined, `${request.year}年度${request.includeNames ? '（含姓名）' : ''}`);
    return path;
  }

  private async office(fingerprint: string | undefined): Promise<TrustedBody> {
    const offices = (await this.parts.keys.trustedBodies()).filter((body) => body.file.body.kind === OFFICE_BODY_KIND);
    const chosen = fingerprint === undefined ? (offices.length === 1 ? offices[0] : undefined) : offices.find((body) => body.fingerprint === fingerprint);
    if (chosen) return chosen;
    throw new UserError(
      'RECIPIENT_UNKNOWN',
      offices.length === 0
        ? '尚未导入领导小组办公室的公钥文件：请先在“本机密钥”页导入并核对其公钥文件，再导出加密年度汇总。'
        : '本机有多个领导小组办公室的公钥，请选择报送给哪一个。',
    );
  }
}
