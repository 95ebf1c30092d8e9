import { describe, expect, it } from 'vitest';
import { CONTENT_MAX_CHARS, HANDLING_MAX_CHARS } from '../../../src-main/shared/form/field-limits.ts';
import { FORM_NOTES } from '../../../src-main/shared/form/form-labels.ts';
import { builtInCalendar } from '../../../src-main/core/calendar/built-in-calendar.ts';
import { renderRecordForm, renderSealedPackage } from '../../../src-main/core/pdf/print-record.ts';
import { pdfPages, squash } from './support/pdf-tools.ts';
import { FINGERPRINT, entryAt, finalizedRecord, formInput, renderer } from './support/records.ts';

// Distinct text for every entry and field, so a piece missing, doubled or put under the wrong title shows: each
// sentence carries its entry number and its place in the text.
function narrative(entryNumber: number, field: string, chars: number): string {
  let text = '';
  for (let sentence = 1; text.length < chars; sentence += 1) text += `第${entryNumber}项${field}第${sentence}句，对某公司予以关照并打招呼。`;
  return text.slice(0, chars - 1) + '终';
}

const LONG_CONTENT_CHARS = 4_900;

// The text of one 附页 section, as poppler reads it: from its title to the next title or the end of the 附页.
function sectionText(pages: string[], title: string): string {
  const all = pages.join('');
  const start = all.indexOf(title);
  if (start < 0) return '';
  const rest = all.slice(start + title.length);
  const next = rest.search(/第\d+项(具体干预内容|处置方式)（续）/);
  return next < 0 ? rest : rest.slice(0, next);
}

// The footer of each page (编号, fingerprint, 核对 line, page number) as it appears among the page's text.
const FOOTER_PARTS = /编号：[0-9a-f-]+第\d+版|指纹：[0-9a-f]+|核对：指纹是记录内容的BLAKE2b-256摘要。扫描右侧二维码或逐组比对指纹，与电子记录的指纹一致，即纸质件与电子件内容一致。|—\d+—/g;

// Eight long entries take minutes of layout on a busy machine.
describe('附页 for long entries (续页)', { timeout: 300_000 }, () => {
  it('prints 8 entries of 4,900 字 on at most 40 pages, every text whole on its 附页, every 附页 identified', async () => {
    const record = finalizedRecord((raw) => {
      raw.entries = Array.from({ length: 8 }, (_, index) =>
        entryAt('divisionPrincipal', (entry) => (entry.content = narrative(index + 1, '内容', LONG_CONTENT_CHARS))),
      );
    });
    const { bytes, pageCount } = await renderRecordForm(renderer, formInput(record));
    expect(pageCount).toBeLessThanOrEqual(40);
    const pages = pdfPages(bytes).map(squash);
    expect(pages).toHaveLength(pageCount);
    pages.forEach((page, index) => {
      expect(page, `page ${index + 1}`).toContain('编号：3f9c-2a7e-5b1d-4c60-8e2f-7a9b-0c1d-2e3f第1版');
      expect(page, `page ${index + 1}`).toContain(`指纹：${FINGERPRINT}`);
      expect(page, `page ${index + 1}`).toContain(`—${index + 1}—`);
    });
    const withoutFooters = pages.map((page) => page.replace(FOOTER_PARTS, ''));
    for (let entryNumber = 1; entryNumber <= 8; entryNumber += 1) {
      const title = `第${entryNumber}项具体干预内容（续）`;
      const first = withoutFooters.findIndex((page) => page.includes(title));
      expect(first, title).toBeGreaterThan(0);
      // The cell in the table says where the rest is, by the page number printed on that page.
      expect(withoutFooters.join('')).toContain(`（续见附页第${first + 1}页）`);
      expect(sectionText(withoutFooters, title), title).toBe(squash(narrative(entryNumber, '内容', LONG_CONTENT_CHARS)));
    }
  });

  it('continues a long 处置方式 the same way, and keeps a short cell whole in the table', async () => {
    const record = finalizedRecord((raw) => {
      raw.entries = [
        entryAt('divisionPrincipal', (entry) => (entry.handling = narrative(1, '处置', HANDLING_MAX_CHARS))),
        entryAt('divisionPrincipal', (entry) => (entry.content = narrative(2, '内容', CONTENT_MAX_CHARS))),
      ];
    });
    const { bytes } = await renderRecordForm(renderer, formInput(record));
    const pages = pdfPages(bytes).map(squash).map((page) => page.replace(FOOTER_PARTS, ''));
    expect(sectionText(pages, '第1项处置方式（续）')).toBe(squash(narrative(1, '处置', HANDLING_MAX_CHARS)));
    expect(sectionText(pages, '第2项具体干预内容（续）')).toBe(squash(narrative(2, '内容', CONTENT_MAX_CHARS)));
    const all = pages.join('');
    expect(all).not.toContain('第1项具体干预内容（续）');
    expect(all).not.toContain('第2项处置方式（续）');
    expect(all).toContain('来电要求在评标中对某公司“多加关照”，并询问评标专家名单。');
  });

  it('never leaves the notes or the signature alone on a page, nor splits a row across pages', async () => {
    // Rows of growing length move the end of the table down the page, so that for some count the last row, the
    // notes or the signature would fall at a page break.
    for (let rows = 2; rows <= 9; rows += 1) {
      const record = finalizedRecord((raw) => {
        raw.entries = Array.from({ length: rows }, (_, index) =>
          entryAt('divisionPrincipal', (entry) => (entry.content = `第${index + 1}行：${'要求予以关照。'.repeat(4 + rows)}行尾${index + 1}`)),
        );
      });
      const { bytes } = await renderRecordForm(renderer, formInput(record));
      const pages = pdfPages(bytes).map(squash);
      expect(pages.join(''), 'every row short enough to stay whole in the table').not.toContain('附页');
      const notesPage = pages.findIndex((page) => page.includes(squash(FORM_NOTES[0])));
      const signaturePage = pages.findIndex((page) => page.includes('填报人（签字）'));
      expect(signaturePage, `${rows} rows`).toBe(notesPage);
      expect(pages[notesPage], `${rows} rows: the last row with the notes`).toContain(`第${rows}行：`);
      for (let row = 1; row <= rows; row += 1) {
        const start = pages.findIndex((page) => page.includes(`第${row}行：`));
        const end = pages.findIndex((page) => page.includes(`行尾${row}`));
        expect(end, `${rows} rows: row ${row} on one page`).toBe(start);
      }
    }
  });
});

describe('附页 in the sealed package', { timeout: 300_000 }, () => {
  it('points each copy of the form to its own 附页, numbered from the copy’s first page', async () => {
    const record = finalizedRecord((raw) => {
      raw.entries = [entryAt('departmentDeputy', (entry) => (entry.content = narrative(1, '内容', LONG_CONTENT_CHARS)))];
    });
    // 司局级, copied to the unit's body as the unit chose: two copies of the form, each with its 附页.
    const unit = { unitHasDisciplineBody: true, alsoReportBureauLevelToUnitBody: true };
    const pack = await renderSealedPackage(renderer, { ...formInput(record), ...unit, calendar: builtInCalendar() });
    expect(pack.sealing.recipients).toHaveLength(2);
    const pages = pdfPages(pack.bytes).map(squash);
    const perCopy = pack.formPageCount + 2;
    for (let copy = 0; copy < 2; copy += 1) {
      const form = pages.slice(copy * perCopy + 2, (copy + 1) * perCopy).map((page) => page.replace(FOOTER_PARTS, ''));
      const sheet = form.findIndex((page) => page.includes('第1项具体干预内容（续）'));
      expect(sheet, `copy ${copy + 1}`).toBeGreaterThan(0);
      expect(form.slice(0, sheet).join(''), `copy ${copy + 1}`).toContain(`（续见附页第${sheet + 1}页）`);
      expect(sectionText(form, '第1项具体干预内容（续）')).toBe(squash(narrative(1, '内容', LONG_CONTENT_CHARS)));
    }
  });
});

describe('the block of the last row, the notes and the signature', { timeout: 300_000 }, () => {
  it('repeats the column header when it begins a page, and only then', async () => {
    for (let rows = 2; rows <= 9; rows += 1) {
      const record = finalizedRecord((raw) => {
        raw.entries = Array.from({ length: rows }, (_, index) =>
          entryAt('divisionPrincipal', (entry) => (entry.content = `第${index + 1}行：${'要求予以关照。'.repeat(4 + rows)}行尾${index + 1}`)),
        );
      });
      const { bytes } = await renderRecordForm(renderer, formInput(record));
      for (const page of pdfPages(bytes).map(squash)) {
        const headers = page.split('插手干预人情况（姓名、单位、职务）').length - 1;
        expect(headers, `${rows} rows: one header row on every page of the table`).toBe(1);
      }
    }
  });
});
