import { describe, expect, it } from 'vitest';
import type { Content, DocDefinition } from '../../../src-main/core/pdf/doc-definition.ts';
import { assignFontRuns, type GlyphCoverage } from '../../../src-main/core/pdf/font-runs.ts';
import { renderRecordForm } from '../../../src-main/core/pdf/print-record.ts';
import { UserError } from '../../../src-main/shared/errors.ts';
import { pdfFontNames, pdfPages, squash } from './support/pdf-tools.ts';
import { entryAt, finalizedRecord, formInput, renderer } from './support/records.ts';

// 𠮷 (U+20BB7) is CJK Extension B, 䶮 (U+4DAE) Extension A, 龘 (U+9F98) the basic block.
const RARE_NAME = '吉𠮷';
const RARE_UNIT = '刘䶮龘研究所';

describe('no tofu: every character prints in a font that has it', () => {
  it('prints names with 𠮷, 䶮 and 龘, taking 𠮷 from the fallback font that has it', async () => {
    const record = finalizedRecord((raw) => {
      raw.filer = RARE_NAME;
      raw.handler.name = RARE_NAME;
      raw.entries = [entryAt('divisionDeputy', (entry) => ((entry.intervener.name = '龘䶮'), (entry.intervener.unit = RARE_UNIT)))];
    });
    const { bytes } = await renderRecordForm(renderer, formInput(record));
    const text = squash(pdfPages(bytes).join(''));
    expect(text).toContain(`填报人：${RARE_NAME}`);
    expect(text).toContain('龘䶮');
    expect(text).toContain(RARE_UNIT);
    // Noto Serif SC has 䶮 and 龘 but not 𠮷; Source Han Sans SC draws it.
    expect(pdfFontNames(bytes).some((name) => name.endsWith('+SourceHanSansSC-Regular'))).toBe(true);
  });

  it('refuses a character no font has, naming it, instead of printing a box', async () => {
    const privateUse = String.fromCodePoint(0x10fffd);
    const record = finalizedRecord((raw) => (raw.entries[0]!.content = `在评标中提到${privateUse}公司。`));
    const error = await renderRecordForm(renderer, formInput(record)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('PDF_MISSING_GLYPHS');
    expect((error as UserError).message).toContain(`“${privateUse}”（U+10FFFD）`);
    expect((error as UserError).message).toContain('未生成 PDF');
  });
});

describe('assignFontRuns', () => {
  const coverage: GlyphCoverage = {
    has: (family, codePoint) => (family === 'body' ? codePoint < 0x20000 : family === 'fallback-0' ? codePoint !== 0x10fffd : false),
    fallbackFamilies: ['fallback-0'],
  };
  const doc = (part: Content): DocDefinition => ({
    info: { title: '', subject: '', keywords: '', creationDate: new Date(0) },
    pageMargins: [0, 0, 0, 0],
    defaultStyle: { font: 'body', fontSize: 10 },
    parts: [part],
  });

  it('leaves text its font can draw untouched', () => {
    const { doc: out, missing } = assignFontRuns(doc(['王某', { text: '李某', font: 'body' }]), coverage);
    expect(out.parts).toEqual([['王某', { text: '李某', font: 'body' }]]);
    expect(missing).toEqual([]);
  });

  it('moves only the characters the font lacks into runs of the fallback font, in tables and stacks too', () => {
    const { doc: out } = assignFontRuns(doc({ table: { widths: ['*'], body: [[{ stack: ['吉𠮷祥'] }]] } }), coverage);
    expect(out.parts).toEqual([
      { table: { widths: ['*'], body: [[{ stack: [{ text: ['吉', { text: '𠮷', font: 'fallback-0' }, '祥'] }] }]] } },
    ]);
  });

  it('collects every character that no font has, once, in order', () => {
    const lost = String.fromCodePoint(0x10fffd);
    const { missing } = assignFontRuns(doc({ text: `甲${lost}乙${lost}`, footer: undefined }), coverage);
    expect(missing).toEqual([lost]);
  });
});
