import { describe, expect, it } from 'vitest';
import { KEEP_TOGETHER, KEEP_WITH_NEXT, type Content, type DocDefinition } from '../../../src-main/core/pdf/doc-definition.ts';
import { OFFICIAL_MARGINS } from '../../../src-main/core/pdf/document-parts.ts';
import { pdfPages, squash } from './support/pdf-tools.ts';
import { PRINTED_AT, renderer } from './support/records.ts';

// Lines of filler push what follows down a line at a time, across the foot of the first page.
const filler = (lines: number): Content[] => Array.from({ length: lines }, (_, index) => `填充第${index + 1}行`);

function doc(content: Content[]): DocDefinition {
  return {
    info: { title: '测试', subject: '测试', keywords: '测试', creationDate: PRINTED_AT },
    pageMargins: OFFICIAL_MARGINS,
    defaultStyle: { font: 'body', fontSize: 10.5, lineHeight: 1.15 },
    parts: [content],
  };
}

const pageOf = (pages: string[], text: string) => pages.findIndex((page) => page.includes(text));

describe('keeping nodes with their neighbours across page breaks', { timeout: 120_000 }, () => {
  it('moves a heading that would end a page onto the next, with its text', async () => {
    const pagesMoved = new Set<number>();
    for (let lines = 30; lines <= 46; lines += 1) {
      const pdf = await renderer.render(
        doc([...filler(lines), { text: '小标题', font: 'heading', headlineLevel: KEEP_WITH_NEXT }, '正文首行', ...filler(3)]),
      );
      const pages = pdfPages(pdf.bytes).map(squash);
      expect(pageOf(pages, '小标题'), `${lines} lines`).toBe(pageOf(pages, '正文首行'));
      pagesMoved.add(pageOf(pages, '小标题'));
    }
    // The range crossed the page break: the heading was on the first page for some fillers, on the second for others.
    expect([...pagesMoved].sort()).toEqual([0, 1]);
  });

  it('moves a block that would break onto the next page whole, and reports where it went', async () => {
    const starts = new Set<boolean>();
    for (let lines = 22; lines <= 40; lines += 2) {
      const block = { anchor: 'block', headlineLevel: KEEP_TOGETHER, stack: ['块首行', ...filler(5), '块末行'] };
      const pdf = await renderer.render(doc([...filler(lines), block]));
      const pages = pdfPages(pdf.bytes).map(squash);
      const first = pageOf(pages, '块首行');
      expect(pageOf(pages, '块末行'), `${lines} lines`).toBe(first);
      const place = pdf.anchors.get('block');
      expect(place?.first.page, `${lines} lines`).toBe(first + 1);
      expect(place?.startsPage, `${lines} lines`).toBe(pages[first]?.startsWith('块首行'));
      starts.add(place?.startsPage ?? false);
    }
    // The range held blocks that stayed after the filler and blocks that began the next page.
    expect([...starts].sort()).toEqual([false, true]);
  });
});
