import type { AnnualSummary, CountTable, SummaryRecordRow } from '../../shared/casework/annual-summary.ts';
import { formatChinaDate } from '../../shared/calendar/china-time.ts';
import type { Content, ContentNode, DocDefinition } from '../pdf/doc-definition.ts';
import { OFFICIAL_MARGINS, SIZE, TYPE_AREA_WIDTH } from '../pdf/document-parts.ts';
import { barChart } from './summary-chart.ts';
import { recordColumns } from './summary-record-columns.ts';

export interface SummaryDocumentInput {
  summary: AnnualSummary;
  // From the injected clock; becomes the PDF's creation date.
  printedAt: Date;
}

// 第八条's own words for what is summed up.
export function summaryTitle(summary: Pick<AnnualSummary, 'year' | 'zeroReport'>): string {
  const kind = summary.zeroReport ? '零报告' : '汇总';
  return `${summary.year}年度领导干部插手干预重大事项记录、处置情况${kind}`;
}

export const SUMMARY_BASIS = '依据《领导干部插手干预重大事项记录办法（试行）》（工信廉组发〔2023〕2号）第八条';
export const ZERO_REPORT_STATEMENT = (year: number) =>
  `${year}年度，本单位纪检组织未收到领导干部插手干预重大事项记录表，特此零报告。`;

// Tables whose long lists of rungs and items would mostly print zeros: on paper only their non-zero rows show
// (the workbook keeps every row for adding units up).
const NON_ZERO_ROWS_ONLY: ReadonlySet<keyof AnnualSummary['tables']> = new Set(['matterItem', 'intervenerLevel']);
// pdfmake lays a page of table out in about a tenth of a second; past this many records a year's list would
// run to dozens of pages nobody reads on paper, so the paper names the workbook's sheet that holds it instead.
export const RECORD_LIST_ON_PAPER_MAX = 200;

const CHARTED: ReadonlySet<keyof AnnualSummary['tables']> = new Set(['matterCategory', 'method', 'assessment', 'timeliness']);

const cellLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

const heading = (text: string): ContentNode => ({ text, font: 'heading', fontSize: SIZE.si, margin: [0, 12, 0, 6] });

function unitOf(table: CountTable): string {
  return table.counts === 'records' ? '记录表（份）' : '干预事项（项）';
}

function countTable(key: keyof AnnualSummary['tables'], table: CountTable): Content[] {
  const rows = NON_ZERO_ROWS_ONLY.has(key) ? table.rows.filter((row) => row.count > 0) : table.rows;
  const body = [
    [
      { text: '项目', font: 'heading', alignment: 'center' },
      { text: unitOf(table), font: 'heading', alignment: 'center' },
    ],
    ...rows.map((row) => [row.label, { text: String(row.count), alignment: 'right' }]),
  ];
  const note = NON_ZERO_ROWS_ONLY.has(key) ? [{ text: '未列出的项目均为0。', fontSize: SIZE.xiaoWu, margin: [0, 2, 0, 0] }] : [];
  return [
    heading(table.title),
    ...(CHARTED.has(key) ? [barChart(table, TYPE_AREA_WIDTH)] : []),
    { layout: cellLayout, table: { headerRows: 1, widths: ['*', 90], body }, fontSize: SIZE.wu, margin: [0, 4, 0, 0] },
    ...note,
  ];
}

export const recordListElsewhere = (count: number) =>
  `本年度记录表共${count}份，逐份的编号、填报时间、收到日期、研判结论、处置情况和报告时限见同时生成的 Excel 工作簿“记录清单”工作表。`;

function recordList(records: readonly SummaryRecordRow[]): Content[] {
  if (records.length > RECORD_LIST_ON_PAPER_MAX) {
    return [heading('记录清单'), { text: recordListElsewhere(records.length), fontSize: SIZE.xiaoSi, lineHeight: 1.5 }];
  }
  const columns = recordColumns(records, { withSource: false });
  return [
    heading('记录清单'),
    {
      layout: cellLayout,
      fontSize: SIZE.xiaoWu,
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: columns.map(() => '*'),
        body: [
          columns.map(([title]) => ({ text: title, font: 'heading', alignment: 'center' })),
          ...records.map((row) => columns.map(([, valueOf]) => valueOf(row))),
        ],
      },
    },
  ];
}

function signOffBlock(summary: AnnualSummary): ContentNode {
  const { signOff } = summary;
  const name = signOff.headName ?? '＿＿＿＿＿＿＿＿';
  const date = signOff.signedOn ? formatChinaDate(signOff.signedOn) : '＿＿＿＿年＿＿月＿＿日';
  return {
    margin: [0, 24, 0, 0],
    unbreakable: true,
    fontSize: SIZE.xiaoSi,
    lineHeight: 2,
    stack: [
      { text: '签　批', font: 'heading', fontSize: SIZE.si },
      `${signOff.role}（签批）：${name}`,
      '签名：＿＿＿＿＿＿＿＿＿＿＿＿',
      `日期：${date}`,
    ],
  };
}

function overview(summary: AnnualSummary): string {
  const count = (table: CountTable, key: string) => table.rows.find((row) => row.key === key)?.count ?? 0;
  const { timeliness } = summary.tables;
  const estimated = summary.estimatedTimelinessCount > 0
    ? `其中${summary.estimatedTimelinessCount}份的时限按推算的节假日安排计算。`
    : '';
  return (
    `${summary.year}年度（以记录表填报时间为准），本单位纪检组织共收到领导干部插手干预重大事项记录表` +
    `${summary.recordCount}份，涉及干预事项${summary.entryCount}项；于5个工作日内报告${count(timeliness, 'onTime')}份，` +
    `逾期报告${count(timeliness, 'late')}份。${estimated}`
  );
}

// 第八条: the body's yearly summary for the 部党风廉政建设责任制领导小组办公室, or its 零报告 when the year had
// no record.
export function summaryDocument({ summary, printedAt }: SummaryDocumentInput): DocDefinition {
  const title = summaryTitle(summary);
  const header: Content[] = [
    { text: title, font: 'title', fontSize: SIZE.er, alignment: 'center', margin: [0, 0, 0, 8] },
    { text: summary.bodyName, alignment: 'center', fontSize: SIZE.san },
    { text: SUMMARY_BASIS, alignment: 'center', fontSize: SIZE.xiaoWu, margin: [0, 4, 0, 12] },
  ];
  const body: Content[] = summary.zeroReport
    ? [{ text: ZERO_REPORT_STATEMENT(summary.year), fontSize: SIZE.san, lineHeight: 1.6, margin: [0, 24, 0, 0] }]
    : [
        { text: overview(summary), fontSize: SIZE.xiaoSi, lineHeight: 1.5 },
        ...(Object.entries(summary.tables) as [keyof AnnualSummary['tables'], CountTable][]).flatMap(([key, table]) =>
          countTable(key, table),
        ),
        ...recordList(summary.records),
      ];
  const [left, , right] = OFFICIAL_MARGINS;
  return {
    info: {
      title: `${summary.bodyName}${title}`,
      subject: SUMMARY_BASIS,
      keywords: `留痕; 年度汇总; ${summary.year}`,
      creationDate: printedAt,
    },
    pageMargins: OFFICIAL_MARGINS,
    defaultStyle: { font: 'body', fontSize: SIZE.wu, lineHeight: 1.25 },
    parts: [[...header, ...body, signOffBlock(summary)]],
    footer: ({ page }) => ({ text: `— ${page} —`, alignment: 'center', fontSize: SIZE.si, margin: [left, 20, right, 0] }),
  };
}
