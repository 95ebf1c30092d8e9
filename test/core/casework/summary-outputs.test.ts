import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../../src-main/core/calendar/built-in-calendar.ts';
import { RECORD_LIST_ON_PAPER_MAX, ZERO_REPORT_STATEMENT, recordListElsewhere } from '../../../src-main/core/casework/summary-document.ts';
import { summaryOutputs } from '../../../src-main/core/casework/summary-outputs.ts';
import { WORKBOOK_SHEETS } from '../../../src-main/core/casework/summary-workbook.ts';
import { annualSummary } from '../../../src-main/shared/casework/annual-summary.ts';
import { DEFAULT_DISPOSITION_STEP_KINDS } from '../../../src-main/shared/casework/disposition.ts';
import { CATEGORIES, caseOf, planOf } from '../../shared/casework/support/generated-cases.ts';
import { pdfPages, renderPages, squash, type Raster } from '../pdf/support/pdf-tools.ts';
import { PRINTED_AT, renderer } from '../pdf/support/records.ts';

const plans = Array.from({ length: 60 }, (_, index) => planOf(index));
const inYear = plans.filter((plan) => plan.year === 2026);
const base = {
  year: 2026,
  bodyName: '某省通信管理局纪检组',
  cases: plans.map(caseOf),
  calendar: builtInCalendar(),
  stepKinds: DEFAULT_DISPOSITION_STEP_KINDS,
  signOff: null,
  includeNames: false,
};
const CATEGORY_LABELS = { personnel: '干部人事', projectArrangement: '项目安排', construction: '工程建设', disciplineSupervision: '监督执纪', other: '其他' };

function imageCount(bytes: Uint8Array): number {
  const dir = mkdtempSync(join(tmpdir(), 'liuhen-summary-'));
  try {
    writeFileSync(join(dir, 'summary.pdf'), bytes);
    const listing = execFileSync('pdfimages', ['-list', join(dir, 'summary.pdf')], { encoding: 'utf8' });
    return listing.trim().split('\n').length - 2;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The chart's bars are drawn in one blue; counting its pixels finds them on the rendered page.
function barPixels(raster: Raster): number {
  let count = 0;
  for (let i = 0; i < raster.data.length; i += 4) {
    const [r, g, b] = [raster.data[i] ?? 0, raster.data[i + 1] ?? 0, raster.data[i + 2] ?? 0];
    if (Math.abs(r - 0x4a) < 12 && Math.abs(g - 0x6f) < 12 && Math.abs(b - 0xa5) < 12) count += 1;
  }
  return count;
}

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

// Every code → count pair of the counts sheet, read back from the cells.
function countsByCode(workbook: ExcelJS.Workbook): Map<string, number> {
  const sheet = workbook.getWorksheet(WORKBOOK_SHEETS.counts);
  if (!sheet) throw new Error('no counts sheet');
  const counts = new Map<string, number>();
  sheet.eachRow((row) => {
    const [count, code] = [row.getCell(2).value, row.getCell(3).value];
    if (typeof count !== 'number' || typeof code !== 'string') return;
    if (counts.has(code)) throw new Error(`code ${code} twice in the counts sheet`);
    counts.set(code, count);
  });
  return counts;
}

describe('the annual summary’s PDF and workbook', () => {
  it('print and hold the same numbers as the records, with vector charts and a 签批 block', async () => {
    const summary = annualSummary(base);
    const { pdf, xlsx } = await summaryOutputs(renderer, summary, PRINTED_AT);

    const text = squash(pdfPages(pdf.bytes).join(''));
    expect(text).toContain('2026年度领导干部插手干预重大事项记录、处置情况汇总');
    expect(text).toContain('某省通信管理局纪检组');
    const entries = inYear.flatMap((plan) => plan.entries);
    const late = inYear.filter((plan) => plan.late).length;
    expect(text).toContain(
      `共收到领导干部插手干预重大事项记录表${inYear.length}份，涉及干预事项${entries.length}项；于5个工作日内报告${inYear.length - late}份，逾期报告${late}份。`,
    );
    for (const category of CATEGORIES) {
      expect(text).toContain(`${CATEGORY_LABELS[category]}${entries.filter((entry) => entry.category === category).length}`);
    }
    for (const row of summary.records) expect(text).toContain(row.recordNumber);
    expect(text).toContain('纪检组织主要负责人（签批）：');
    expect(text).not.toContain('王某某');

    expect(imageCount(pdf.bytes)).toBe(0);
    const [firstPage] = renderPages(pdf.bytes, 50, { first: 1, last: 1 });
    expect(barPixels(firstPage as Raster)).toBeGreaterThan(50);

    const workbook = await readWorkbook(xlsx);
    const counts = countsByCode(workbook);
    for (const category of CATEGORIES) {
      expect([category, counts.get(`matterCategory.${category}`)]).toEqual([category, entries.filter((entry) => entry.category === category).length]);
    }
    expect(counts.get('method.other')).toBe(entries.filter((entry) => entry.method === 'other').length);
    expect(counts.get('timeliness.late')).toBe(late);
    expect(counts.get('assessment.notAssessed')).toBe(inYear.filter((plan) => plan.conclusion === null).length);
    for (const [tableKey, table] of Object.entries(summary.tables)) {
      for (const row of table.rows) expect([`${tableKey}.${row.key}`, counts.get(`${tableKey}.${row.key}`)]).toEqual([`${tableKey}.${row.key}`, row.count]);
    }
    expect(counts.size).toBe(Object.values(summary.tables).reduce((sum, table) => sum + table.rows.length, 0));
    const records = workbook.getWorksheet(WORKBOOK_SHEETS.records);
    expect(records?.rowCount).toBe(inYear.length + 1);
    expect(records?.getRow(1).getCell(1).value).toBe('编号');
  });

  it('print the head’s name and date once signed, and names only when the unit includes them', async () => {
    const summary = annualSummary({ ...base, signOff: { headName: '周某', signedOn: '2027-01-15' }, includeNames: true });
    const { pdf, xlsx } = await summaryOutputs(renderer, summary, PRINTED_AT);
    const text = squash(pdfPages(pdf.bytes).join(''));
    expect(text).toContain('纪检组织主要负责人（签批）：周某');
    expect(text).toContain('日期：2027年1月15日');
    expect(text).toContain('王某某');
    const overview = (await readWorkbook(xlsx)).getWorksheet(WORKBOOK_SHEETS.overview);
    const values = overview?.getSheetValues().flat().filter((value) => typeof value === 'string');
    expect(values).toEqual(expect.arrayContaining(['纪检组织主要负责人（签批）', '周某', '2027年1月15日']));
  });

  it('make a one-page 零报告 for a year without records', async () => {
    const summary = annualSummary({ ...base, year: 2024 });
    const { pdf, xlsx } = await summaryOutputs(renderer, summary, PRINTED_AT);
    expect(pdf.pageCount).toBe(1);
    const text = squash(pdfPages(pdf.bytes).join(''));
    expect(text).toContain('2024年度领导干部插手干预重大事项记录、处置情况零报告');
    expect(text).toContain(squash(ZERO_REPORT_STATEMENT(2024)));
    expect(text).toContain('纪检组织主要负责人（签批）：');
    expect(text).not.toContain('记录清单');
    const workbook = await readWorkbook(xlsx);
    const overview = workbook.getWorksheet(WORKBOOK_SHEETS.overview);
    const rows = (overview?.getSheetValues() ?? []).map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(rows).toEqual(expect.arrayContaining([['零报告', '是'], ['记录表（份）', 0]]));
    expect([...countsByCode(workbook).values()].every((count) => count === 0)).toBe(true);
    expect(workbook.getWorksheet(WORKBOOK_SHEETS.records)?.rowCount).toBe(1);
  });

  it('leave a list longer than paper can usefully hold to the workbook, and say where it is', async () => {
    const many = Array.from({ length: (RECORD_LIST_ON_PAPER_MAX + 1) * 2 }, (_, index) => index).filter((index) => planOf(index).year === 2026);
    const cases = many.slice(0, RECORD_LIST_ON_PAPER_MAX + 1).map((index) => caseOf(planOf(index), index));
    const summary = annualSummary({ ...base, cases });
    const { pdf, xlsx } = await summaryOutputs(renderer, summary, PRINTED_AT);
    const text = squash(pdfPages(pdf.bytes).join(''));
    expect(text).toContain(squash(recordListElsewhere(RECORD_LIST_ON_PAPER_MAX + 1)));
    expect(text).not.toContain(summary.records[0]?.recordNumber);
    const records = (await readWorkbook(xlsx)).getWorksheet(WORKBOOK_SHEETS.records);
    expect(records?.rowCount).toBe(RECORD_LIST_ON_PAPER_MAX + 2);
  });
});
