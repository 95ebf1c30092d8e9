import ExcelJS from 'exceljs';
import type { AnnualSummary, CountTable } from '../../shared/casework/annual-summary.ts';
import { formatChinaDate } from '../../shared/calendar/china-time.ts';
import { recordColumns } from './summary-record-columns.ts';
import { SUMMARY_BASIS, ZERO_REPORT_STATEMENT, summaryTitle } from './summary-document.ts';

export const WORKBOOK_SHEETS = { overview: '概况', counts: '分类统计', records: '记录清单' } as const;

const LABEL_COLUMN_WIDTH_CHARS = 48;
const VALUE_COLUMN_WIDTH_CHARS = 16;
const RECORD_COLUMN_WIDTH_CHARS = 18;

function overviewSheet(workbook: ExcelJS.Workbook, summary: AnnualSummary): void {
  const sheet = workbook.addWorksheet(WORKBOOK_SHEETS.overview);
  sheet.columns = [{ width: LABEL_COLUMN_WIDTH_CHARS }, { width: VALUE_COLUMN_WIDTH_CHARS * 2 }];
  sheet.addRow([summaryTitle(summary)]).font = { bold: true, size: 14 };
  sheet.addRow([SUMMARY_BASIS]);
  sheet.addRow([]);
  sheet.addRow(['纪检组织', summary.bodyName]);
  sheet.addRow(['年度（以填报时间为准）', summary.year]);
  sheet.addRow(['零报告', summary.zeroReport ? '是' : '否']);
  sheet.addRow(['记录表（份）', summary.recordCount]);
  sheet.addRow(['干预事项（项）', summary.entryCount]);
  sheet.addRow(['时限按推算计算的记录表（份）', summary.estimatedTimelinessCount]);
  if (summary.zeroReport) sheet.addRow(['说明', ZERO_REPORT_STATEMENT(summary.year)]);
  sheet.addRow([]);
  sheet.addRow([`${summary.signOff.role}（签批）`, summary.signOff.headName ?? '']);
  sheet.addRow(['签批日期', summary.signOff.signedOn ? formatChinaDate(summary.signOff.signedOn) : '']);
}

// One block per table: its title, a header, then every row with a code (table and row key, e.g. method.other),
// so an office adding up units can match rows by code rather than by wording.
function countsSheet(workbook: ExcelJS.Workbook, summary: AnnualSummary): void {
  const sheet = workbook.addWorksheet(WORKBOOK_SHEETS.counts);
  sheet.columns = [{ width: LABEL_COLUMN_WIDTH_CHARS }, { width: VALUE_COLUMN_WIDTH_CHARS }, { width: VALUE_COLUMN_WIDTH_CHARS * 2 }];
  for (const [tableKey, table] of Object.entries<CountTable>(summary.tables)) {
    sheet.addRow([table.title]).font = { bold: true };
    sheet.addRow(['项目', table.counts === 'records' ? '记录表（份）' : '干预事项（项）', '代码']);
    for (const row of table.rows) sheet.addRow([row.label, row.count, `${tableKey}.${row.key}`]);
    sheet.addRow([]);
  }
}

function recordsSheet(workbook: ExcelJS.Workbook, summary: AnnualSummary): void {
  const sheet = workbook.addWorksheet(WORKBOOK_SHEETS.records);
  const columns = recordColumns(summary.records, { withSource: true });
  sheet.columns = columns.map(([header]) => ({ header, width: RECORD_COLUMN_WIDTH_CHARS }));
  sheet.getRow(1).font = { bold: true };
  for (const row of summary.records) sheet.addRow(columns.map(([, valueOf]) => valueOf(row)));
}

// The same figures as the PDF, as a workbook the 领导小组办公室 can sort and add up.
export async function summaryWorkbook({ summary, createdAt }: { summary: AnnualSummary; createdAt: Date }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '留痕';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  workbook.title = summaryTitle(summary);
  overviewSheet(workbook, summary);
  countsSheet(workbook, summary);
  recordsSheet(workbook, summary);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
