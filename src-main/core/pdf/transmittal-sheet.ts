import { formatChinaDate } from '../../shared/calendar/china-time.ts';
import { REPORT_DEADLINE_WORKING_DAYS } from '../../shared/calendar/report-deadline.ts';
import { RECORD_FORM_TITLE } from '../../shared/form/form-labels.ts';
import type { InterventionRecord } from '../../shared/form/record.ts';
import type { RecipientRoute } from '../../shared/routing/route-record.ts';
import type { Content } from './doc-definition.ts';
import { SIZE, formatRecordNumber, printable } from './document-parts.ts';
import type { SealingFacts } from './sealing-facts.ts';

export const TRANSMITTAL_SHEET_TITLE = '报送单';
const RULE_TITLE = '《领导干部插手干预重大事项记录办法（试行）》';

// How tightly a 报送单 is set. They are tried from the roomiest density on, and the first at which every sheet
// fits its page is printed (print-record.ts): long names, a long routing reason or an estimated deadline make the
// gaps and type smaller instead of pushing the end of a sheet onto a page of its own.
export interface SheetDensity {
  // Multiplies every vertical gap between the blocks of the sheet.
  gapScale: number;
  rowFontSize: number;
  rowLineHeight: number;
}

export const SHEET_DENSITIES: readonly [SheetDensity, ...SheetDensity[]] = [
  { gapScale: 1, rowFontSize: SIZE.si, rowLineHeight: 1.3 },
  { gapScale: 0.4, rowFontSize: SIZE.xiaoSi, rowLineHeight: 1.15 },
];

// Short and of bounded length whatever the record: it says the date is an estimate and why. How to make it exact
// (import a calendar pack) is for the handler in the app, not for the paper.
export function estimateNote(estimatedYears: readonly number[]): string {
  const years = estimatedYears.map((year) => `${year}年`).join('、');
  return `报送截止日期为预估：${years}的国务院节假日安排尚未载入本程序，按周末和法定节假日推算，未计补假和调休，仅供参考。`;
}

export interface TransmittalInput {
  recordId: string;
  record: InterventionRecord;
  sealing: SealingFacts;
  recipient: RecipientRoute;
  copy: number;
  // Pages of the 记录表 behind the sheet (the form rendered on its own).
  formPageCount: number;
}

function row(name: string, content: Content): Content[] {
  return [{ text: name, font: 'heading', alignment: 'justify' }, content];
}

// The page inside the envelope, on top of the form: everything the outside must not show (who filed it, when it
// was sealed, the deadline and its basis, why it goes to this recipient), for the recipient's office to log.
export function transmittalSheet(input: TransmittalInput, density: SheetDensity): Content[] {
  const { recordId, record, sealing, recipient, copy, formPageCount } = input;
  const estimated = sealing.estimatedYears.length > 0;
  const deadlineNote = estimated ? '（预估）' : `（${REPORT_DEADLINE_WORKING_DAYS}个工作日内）`;
  const gap = (points: number) => points * density.gapScale;
  return [
    { text: TRANSMITTAL_SHEET_TITLE, font: 'title', fontSize: SIZE.er, alignment: 'center', characterSpacing: 8, margin: [0, 0, 0, gap(4)] },
    { text: '（装于信封内，随记录表报送）', fontSize: SIZE.xiaoSi, alignment: 'center', margin: [0, 0, 0, gap(20)] },
    {
      fontSize: density.rowFontSize,
      lineHeight: density.rowLineHeight,
      layout: { hLineWidth: () => 0.75, vLineWidth: () => 0.75, paddingTop: () => gap(5), paddingBottom: () => gap(5) },
      table: {
        widths: [100, '*'],
        body: [
          row('报送单位', recipient.name),
          row('内含材料', `《${RECORD_FORM_TITLE}》，共${formPageCount}页`),
          row('记录表编号', formatRecordNumber(recordId)),
          row('版本', `第${record.version}版`),
          row('填报人', printable(record.filer)),
          row('填报时间', formatChinaDate(record.filedAt)),
          row('封装日期', formatChinaDate(sealing.sealedOn)),
          row('报送截止日期', `${formatChinaDate(sealing.deadline)}${deadlineNote}`),
          row('报送依据', `${RULE_TITLE}${recipient.clause}。${recipient.reason}`),
          row('份数', `第${copy}份，共${sealing.recipients.length}份`),
        ],
      },
    },
    ...(estimated ? [{ text: estimateNote(sealing.estimatedYears), fontSize: SIZE.xiaoWu, margin: [0, gap(6), 0, 0] }] : []),
  ];
}
