import { describe, expect, it } from 'vitest';
import { createPdfRenderer } from '../../../src-main/core/pdf/pdf-renderer.ts';
import { bundledFonts } from '../../../src-main/core/pdf/fonts/bundled-fonts.ts';
import { FORM_NOTES } from '../../../src-main/shared/form/form-labels.ts';
import { FIRST_LAYOUT, recordFormDocument } from '../../../src-main/core/pdf/record-form.ts';
import { renderRecordForm } from '../../../src-main/core/pdf/print-record.ts';
import { decodeQr, pdfInfo, pdfPages, renderPages, squash } from './support/pdf-tools.ts';
import { FINGERPRINT, PRINTED_AT, RECORD_ID, entryAt, finalizedRecord, formInput, renderer } from './support/records.ts';

const typical = finalizedRecord();

// Long records are laid out twice (the 附页 page numbers) and read back with poppler: seconds on a busy machine.
describe('the 记录表 as the annex lays it out', { timeout: 60_000 }, () => {
  it('prints every element of the annex, in the annex’s order and words, with every field of the record', async () => {
    const { bytes, pageCount } = await renderRecordForm(renderer, formInput(typical));
    expect(pageCount).toBe(1);
    const [page] = pdfPages(bytes).map(squash);
    const inOrder = [
      '领导干部插手干预重大事项情况记录表',
      '填报时间：2026年9月30日',
      '填报人：李某',
      '重大事项承办人员基本情况',
      '干预具体情况',
      '填表说明',
      '本人对填报内容的真实性负责。',
      '填报人（签字）',
    ];
    const positions = inOrder.map((text) => page?.indexOf(text) ?? -1);
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const fields = [
      // 基本情况: labels and values.
      '姓名',
      '政治面貌',
      '中国共产党党员',
      '工作单位',
      '某省通信管理局网络安全管理处',
      '现任职务',
      '一级主任科员',
      '本人岗位职责',
      '负责工程建设项目的招标组织和合同管理。',
      // The six columns of 干预具体情况.
      '时间',
      '插手干预人情况（姓名、单位、职务）',
      '插手干预方式',
      '重大事项名称',
      '具体干预内容',
      '处置方式',
      // The entry.
      '2026年9月28日15:30',
      '王某某',
      '某省通信管理局',
      '副局长',
      '厅局级副职，现职',
      '电话',
      '某数据中心机房改造工程招标',
      '（工程建设·招标投标）',
      '来电要求在评标中对某公司“多加关照”，并询问评标专家名单。',
      '情形：第六条（二）为他人……向重大事项承办人员说情、打招呼、通风报信的',
      '当场拒绝，告知须按程序办理，并于当日向分管领导报告。',
      // 填表说明 1–5, verbatim.
      ...FORM_NOTES.map(squash),
    ];
    for (const field of fields) expect(page, field).toContain(squash(field));
  });

  it('prints 编号, version, fingerprint and an official page number in the footer of every page', async () => {
    const record = finalizedRecord((raw) => {
      // Each content cell short enough to stay whole in the table (no 附页), the rows together longer than a page.
      raw.entries = Array.from({ length: 8 }, () => entryAt('divisionPrincipal', (entry) => (entry.content = '要求在评审中予以照顾。'.repeat(12))));
    });
    const { bytes, pageCount } = await renderRecordForm(renderer, formInput(record));
    expect(pageCount).toBeGreaterThan(2);
    const pages = pdfPages(bytes).map(squash);
    expect(pages.join('')).not.toContain('附页');
    pages.forEach((page, index) => {
      expect(page).toContain('编号：3f9c-2a7e-5b1d-4c60-8e2f-7a9b-0c1d-2e3f第1版');
      expect(page).toContain(`指纹：${squash(FINGERPRINT)}`);
      expect(page).toContain(`—${index + 1}—`);
      // The column header row is repeated on every page the table flows onto.
      expect(page).toContain('插手干预人情况（姓名、单位、职务）');
    });
  });

  it('wraps long content and flows it over more pages, losing none of it', async () => {
    const pagesFor = async (entries: number, repeat: number) => {
      const record = finalizedRecord((raw) => {
        raw.entries = Array.from({ length: entries }, (_, index) =>
          entryAt('divisionDeputy', (entry) => (entry.content = `第${index + 1}段：${'对某公司予以关照。'.repeat(repeat)}终。`)),
        );
      });
      const { bytes, pageCount } = await renderRecordForm(renderer, formInput(record));
      return { pageCount, text: pdfPages(bytes).map(squash).join('') };
    };
    const one = await pagesFor(1, 2);
    const more = await pagesFor(3, 60);
    const most = await pagesFor(8, 60);
    expect(one.pageCount).toBe(1);
    expect(more.pageCount).toBeGreaterThan(one.pageCount);
    expect(most.pageCount).toBeGreaterThan(more.pageCount);
    for (let index = 1; index <= 8; index += 1) {
      expect(most.text).toContain(`第${index}段：对某公司予以关照。`);
    }
    expect(most.text.split('终。').length - 1).toBe(8);
  });

  it('shows 修订说明 with the reason and the amended version’s digest on an amended version', async () => {
    const amendsDigest = 'c'.repeat(64);
    const record = finalizedRecord((raw) => {
      raw.version = 2;
      raw.amendsDigest = amendsDigest;
      raw.amendmentReason = '更正插手干预人的职务。';
    });
    const page = squash(pdfPages((await renderRecordForm(renderer, formInput(record))).bytes).join(''));
    expect(page).toContain('修订说明');
    expect(page).toContain('本表为第2版，修订第1版。');
    expect(page).toContain(`被修订版本的指纹（BLAKE2b-256）：${amendsDigest}`);
    expect(page).toContain('修订原因：更正插手干预人的职务。');
    expect(page).toContain('第2版');
  });
});

describe('verifiability', () => {
  it('carries the fingerprint as a QR code that decodes back to it', async () => {
    const { bytes } = await renderRecordForm(renderer, formInput(typical));
    const [page] = renderPages(bytes, 150);
    expect(page && decodeQr(page)?.toLowerCase()).toBe(FINGERPRINT);
  });

  it('writes title, subject, keywords and the injected creation date as metadata, and no names', async () => {
    const { bytes } = await renderRecordForm(renderer, formInput(typical));
    const info = pdfInfo(bytes);
    expect(info['Title']).toBe('领导干部插手干预重大事项情况记录表');
    expect(info['Subject']).toContain('记录表');
    expect(info['Keywords']).toContain(FINGERPRINT);
    expect(info['Keywords']).toContain('3f9c-2a7e');
    expect(info['CreationDate']).toMatch(/^2026-09-30T02:00:00(Z|\+00)/);
    expect(info['Author']).toBeUndefined();
    const metadata = Object.values(info).join('\n');
    for (const name of ['李某', '王某某', '某省通信管理局']) expect(metadata).not.toContain(name);
  });

  it('is deterministic: the same record and clock give byte-identical files, whichever renderer prints them', async () => {
    const first = await renderRecordForm(renderer, formInput(typical));
    const second = await renderRecordForm(renderer, formInput(typical));
    const fresh = await createPdfRenderer(bundledFonts).render(recordFormDocument(formInput(typical), FIRST_LAYOUT));
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect(Buffer.from(fresh.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    const later = await renderRecordForm(renderer, { ...formInput(typical), printedAt: new Date(PRINTED_AT.getTime() + 1000) });
    expect(Buffer.from(later.bytes).equals(Buffer.from(first.bytes))).toBe(false);
    expect(RECORD_ID).toHaveLength(32);
  });
});
