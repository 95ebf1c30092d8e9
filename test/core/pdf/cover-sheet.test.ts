import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../../src-main/core/domain/calendar/built-in-calendar.ts';
import { renderCoverSheets, renderSealedPackage } from '../../../src-main/core/pdf/print-record.ts';
import { decodeQr, pdfPages, renderPages, squash } from './support/pdf-tools.ts';
import { FINGERPRINT, entryAt, finalizedRecord, formInput, renderer } from './support/records.ts';

const calendar = builtInCalendar();
const UNIT_BODY = '本单位纪检组织';
const ORGANS_COMMISSION = '部直属机关纪委';
const STATIONED_GROUP = '中央纪委国家监委驻工业和信息化部纪检监察组';

async function coverTexts(level: string, unitHasDisciplineBody: boolean) {
  const record = finalizedRecord((raw) => (raw.entries = [entryAt(level)]));
  const covers = await renderCoverSheets(renderer, { ...formInput(record), unitHasDisciplineBody, calendar });
  return { covers, pages: pdfPages(covers.bytes).map(squash) };
}

// The recipient is printed on its own line under 报送单位, before the clause that requires it.
const recipientOf = (page: string) => /报送单位(.+?)依据：/.exec(page)?.[1];

describe('cover sheet: one per recipient, routed by 第七条 and 第九条', () => {
  it('goes to the unit’s own discipline body when it has one and no 司局级 cadre is involved', async () => {
    const { covers, pages } = await coverTexts('divisionPrincipal', true);
    expect(covers.pageCount).toBe(1);
    expect(pages.map(recipientOf)).toEqual([UNIT_BODY]);
    expect(pages[0]).toContain('第七条、填表说明5');
  });

  it('goes to 部直属机关纪委 for a unit without a discipline body', async () => {
    const { pages } = await coverTexts('divisionDeputy', false);
    expect(pages.map(recipientOf)).toEqual([ORGANS_COMMISSION]);
    expect(pages[0]).toContain('本单位不设纪委（纪检组）');
  });

  it('adds a cover for the stationed inspection group directly when a 司局级 cadre is involved', async () => {
    const { covers, pages } = await coverTexts('departmentDeputy', false);
    expect(covers.pageCount).toBe(2);
    expect(pages.map(recipientOf)).toEqual([ORGANS_COMMISSION, STATIONED_GROUP]);
    expect(pages[1]).toContain('第九条、填表说明5');
    expect(pages[1]).toContain('径报');
    expect(pages[0]).toContain('份数第1份，共2份');
    expect(pages[1]).toContain('份数第2份，共2份');
  });

  it('shows what is inside, who filed it, when it was sealed and the deadline, with the warning and seal marks', async () => {
    const { pages } = await coverTexts('divisionPrincipal', true);
    const page = pages[0] ?? '';
    for (const text of [
      '领导干部插手干预重大事项情况记录表',
      '内含材料《领导干部插手干预重大事项情况记录表》，共1页',
      '记录表编号3f9c-2a7e-5b1d-4c60-8e2f-7a9b-0c1d-2e3f',
      '版本第1版',
      '填报人李某',
      '封装日期2026年9月30日',
      // 2026-09-28 + 5 working days, across the National Day holiday and its 调休 Saturday.
      '报送截止日期2026年10月10日（5个工作日内）',
      '非收件人不得拆封',
      '密封',
      '封口线',
    ]) {
      expect(page, text).toContain(text);
    }
    expect(page).not.toContain('预估');
  });

  it('marks the deadline 预估 when the year’s holiday schedule is not loaded', async () => {
    const record = finalizedRecord((raw) => {
      raw.filedAt = '2027-09-30';
      raw.entries = [entryAt('divisionPrincipal', (entry) => (entry.occurredAt = '2027-09-28T09:00'))];
    });
    const covers = await renderCoverSheets(renderer, { ...formInput(record), unitHasDisciplineBody: true, calendar });
    const [page] = pdfPages(covers.bytes).map(squash);
    expect(covers.sealing.deadlineEstimated).toBe(true);
    expect(page).toMatch(/报送截止日期2027年\d+月\d+日（预估）/);
    expect(page).toContain('2027年的国务院节假日安排尚未载入本程序');
  });

  it('packs, for each recipient, its cover and a full copy of the form with its own page numbers', async () => {
    const record = finalizedRecord((raw) => {
      raw.entries = [entryAt('departmentPrincipal', (entry) => (entry.content = '要求予以关照。'.repeat(200)))];
    });
    const pack = await renderSealedPackage(renderer, { ...formInput(record), unitHasDisciplineBody: true, calendar });
    expect(pack.formPageCount).toBeGreaterThan(1);
    expect(pack.pageCount).toBe(2 * (pack.formPageCount + 1));
    const pages = pdfPages(pack.bytes).map(squash);
    pages.forEach((page, index) => {
      const inCopy = index % (pack.formPageCount + 1);
      if (inCopy === 0) {
        expect(page).toContain(`共${pack.formPageCount}页`);
        expect(page).not.toMatch(/—\d+—/);
      } else {
        expect(page).toContain(`—${inCopy}—`);
      }
      expect(page).toContain('编号：3f9c-2a7e');
    });
    const [cover] = renderPages(pack.bytes, 150, { last: 1 });
    expect(cover && decodeQr(cover)?.toLowerCase()).toBe(FINGERPRINT);
  });
});
