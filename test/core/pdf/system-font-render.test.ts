import { describe, expect, it } from 'vitest';
import { systemFontResolver } from '../../../src-main/core/pdf/fonts/system-fonts.ts';
import { createPdfRenderer } from '../../../src-main/core/pdf/pdf-renderer.ts';
import { renderRecordForm } from '../../../src-main/core/pdf/print-record.ts';
import { pdfFontNames, pdfPages, squash } from './support/pdf-tools.ts';
import { finalizedRecord, formInput } from './support/records.ts';

// The app prints with the machine's own Chinese fonts, which on Linux and Windows are mostly collections (.ttc).
// CI installs Debian's fonts-noto-cjk (collections) so this path is exercised, not only the bundled fonts.
describe('printing with the system fonts', () => {
  it('finds the machine’s Chinese fonts through fontconfig and prints with them, collections included', async () => {
    const renderer = createPdfRenderer(systemFontResolver());
    const { roles } = renderer.fonts();
    expect(roles.body.source).toBe('system');
    expect(Object.values(roles).some((face) => face.file.endsWith('.ttc'))).toBe(true);
    const pdf = await renderRecordForm(renderer, formInput(finalizedRecord()));
    expect(pdfFontNames(pdf.bytes).some((name) => name.includes('CJK'))).toBe(true);
    expect(squash(pdfPages(pdf.bytes).join(''))).toContain('领导干部插手干预重大事项情况记录表');
  });
});
