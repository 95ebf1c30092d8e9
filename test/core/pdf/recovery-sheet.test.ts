import { describe, expect, it } from 'vitest';
import { recoverySheetDocument, RECOVERY_INSTRUCTIONS } from '../../../src-main/core/pdf/recovery-sheet.ts';
import { generateRecoveryKey } from '../../../src-main/core/vault/recovery-key.ts';
import { loadSodium } from '../../../src-main/core/vault/sodium.ts';
import { decodeQr, pdfInfo, pdfPages, renderPages, squash } from './support/pdf-tools.ts';
import { PRINTED_AT, renderer } from './support/records.ts';

describe('recovery sheet', () => {
  it('prints the key in its groups with the check group, as text and QR, with instructions and 请密封保存', async () => {
    const sodium = await loadSodium();
    const key = generateRecoveryKey(sodium, (length) => new Uint8Array(length).map((_, index) => index * 37));
    const { bytes, pageCount } = await renderer.render(recoverySheetDocument({ recoveryKey: key.display, printedAt: PRINTED_AT }));
    expect(pageCount).toBe(1);
    const page = squash(pdfPages(bytes)[0] ?? '');
    const groups = key.display.split('-');
    expect(groups).toHaveLength(9);
    expect(page).toContain(`校验位${key.checkDigits}`);
    for (const group of groups) expect(page).toContain(group);
    expect(page).toContain('请密封保存');
    expect(page).toContain('打印日期：2026年9月30日');
    for (const instruction of RECOVERY_INSTRUCTIONS) expect(page).toContain(squash(instruction));
    const [image] = renderPages(bytes, 100);
    expect(image && decodeQr(image)).toBe(key.display);
    // The key is on the paper only, never in the file's metadata.
    const metadata = Object.values(pdfInfo(bytes)).join('\n');
    for (const group of groups) expect(metadata).not.toContain(group);
  });

  it('refuses anything that is not a recovery key in its display form', () => {
    expect(() => recoverySheetDocument({ recoveryKey: 'ABCD-EFGH', printedAt: PRINTED_AT })).toThrow(RangeError);
  });
});
