import type { IsoDate } from '../domain/calendar/iso-date.ts';
import type { Calendar } from '../domain/calendar/calendar.ts';
import { reportDeadline, REPORT_DEADLINE_WORKING_DAYS } from '../domain/calendar/report-deadline.ts';
import { reportStartOf } from '../domain/calendar/report-start.ts';
import { RECORD_FORM_TITLE } from '../domain/form/form-labels.ts';
import type { InterventionRecord } from '../domain/form/record.ts';
import { routeRecord, type RecipientRoute } from '../domain/routing/route-record.ts';
import { MM, type Content, type ContentNode, type DocDefinition } from './doc-definition.ts';
import { OFFICIAL_MARGINS, SIZE, formatChinaDate, formatRecordNumber, printable, verificationFooter } from './document-parts.ts';
import { recordFormContent, recordInfo, verificationIds, type RecordFormInput } from './record-form.ts';

export interface SealingFacts {
  // One cover per recipient, in routeRecord's order.
  recipients: RecipientRoute[];
  sealedOn: IsoDate;
  deadline: IsoDate;
  // The deadline falls in or runs through a year whose holiday schedule is not loaded.
  deadlineEstimated: boolean;
  deadlineExplanation?: string;
}

// Where the sealed form goes and by when: 第七条/第九条 routing and the 5-working-day deadline counted from the
// day the handler learned of the earliest intervention on the form.
export function sealingFacts(
  record: InterventionRecord,
  { unitHasDisciplineBody, calendar, sealedOn }: { unitHasDisciplineBody: boolean; calendar: Calendar; sealedOn: IsoDate },
): SealingFacts {
  const { recipients } = routeRecord({ entries: record.entries, unitHasDisciplineBody });
  const { deadline, estimated, explanation } = reportDeadline({ learnedOn: reportStartOf(record.entries), calendar });
  return {
    recipients,
    sealedOn,
    deadline,
    deadlineEstimated: estimated,
    ...(explanation === undefined ? {} : { deadlineExplanation: explanation }),
  };
}

export interface CoverSheetInput extends RecordFormInput {
  sealing: SealingFacts;
  // Pages of the 记录表 inside the envelope (the form rendered on its own).
  formPageCount: number;
}

export const COVER_WARNING = '非收件人不得拆封';
export const SEAL_MARK = '密　封';
// The flap line runs across the top margin, above the type area.
const FLAP_Y = 24 * MM;

function flapLine(pageWidth: number): ContentNode[] {
  const mark = (x: number): ContentNode => ({
    absolutePosition: { x, y: FLAP_Y - 13 },
    table: { widths: [58], body: [[{ text: SEAL_MARK, font: 'heading', fontSize: SIZE.si, alignment: 'center', fillColor: '#ffffff' }]] },
    layout: { hLineWidth: () => 1.2, vLineWidth: () => 1.2, paddingTop: () => 4, paddingBottom: () => 2 },
  });
  return [
    {
      absolutePosition: { x: 0, y: FLAP_Y },
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: pageWidth, y2: 0, lineWidth: 0.8, dash: { length: 6, space: 4 } }],
    },
    { absolutePosition: { x: 10 * MM, y: FLAP_Y + 4 }, text: '封口线', fontSize: SIZE.xiaoWu },
    ...[0.3, 0.5, 0.7].map((fraction) => mark(pageWidth * fraction - 35)),
  ];
}

function coverRow(name: string, content: Content): Content[] {
  return [{ text: name, font: 'heading', alignment: 'justify' }, content];
}

function coverPage(input: CoverSheetInput, recipient: RecipientRoute, copy: number, pageWidth: number): ContentNode {
  const { record, recordId, sealing, formPageCount } = input;
  const copies = sealing.recipients.length;
  const deadlineNote = sealing.deadlineEstimated ? '（预估）' : `（${REPORT_DEADLINE_WORKING_DAYS}个工作日内）`;
  return {
    stack: [
      ...flapLine(pageWidth),
      { text: RECORD_FORM_TITLE, font: 'title', fontSize: SIZE.er, alignment: 'center', margin: [0, 8, 0, 4] },
      { text: '（密封报送件）', fontSize: SIZE.san, alignment: 'center', margin: [0, 0, 0, 28] },
      { text: '报送单位', font: 'heading', fontSize: SIZE.si, margin: [0, 0, 0, 6] },
      { text: recipient.name, font: 'heading', fontSize: 20, alignment: 'center', margin: [0, 0, 0, 6] },
      { text: `依据：《领导干部插手干预重大事项记录办法（试行）》${recipient.clause}。${recipient.reason}`, fontSize: SIZE.wu, margin: [0, 0, 0, 24] },
      {
        fontSize: SIZE.si,
        lineHeight: 1.3,
        layout: 'noBorders',
        table: {
          widths: [110, '*'],
          body: [
            coverRow('内含材料', `《${RECORD_FORM_TITLE}》，共${formPageCount}页`),
            coverRow('记录表编号', formatRecordNumber(recordId)),
            coverRow('版本', `第${record.version}版`),
            coverRow('填报人', printable(record.filer)),
            coverRow('封装日期', formatChinaDate(sealing.sealedOn)),
            coverRow('报送截止日期', `${formatChinaDate(sealing.deadline)}${deadlineNote}`),
            coverRow('份数', `第${copy}份，共${copies}份`),
          ],
        },
      },
      ...(sealing.deadlineExplanation === undefined
        ? []
        : [{ text: `报送截止日期为预估：${sealing.deadlineExplanation}`, fontSize: SIZE.xiaoWu, margin: [0, 6, 0, 0] }]),
      {
        margin: [0, 36, 0, 0],
        table: { widths: ['*'], body: [[{ text: COVER_WARNING, font: 'title', fontSize: 26, alignment: 'center', margin: [0, 8, 0, 8] }]] },
        layout: { hLineWidth: () => 1.5, vLineWidth: () => 1.5 },
      },
      {
        text: '请将记录表装入信封，沿封口线封好，在“密封”处骑缝签字或加盖印章后报送。',
        fontSize: SIZE.wu,
        alignment: 'center',
        margin: [0, 12, 0, 0],
      },
    ],
  };
}

const PAGE_WIDTH = 595.28;

function coverInfo(input: RecordFormInput) {
  return recordInfo(input, '领导干部插手干预重大事项情况记录表（密封报送件封面）');
}

const docShape = {
  pageMargins: OFFICIAL_MARGINS,
  defaultStyle: { font: 'body', fontSize: SIZE.wu, lineHeight: 1.15 },
} as const;

// The covers alone: one page per recipient, no page numbers (a cover is not a page of the form).
export function coverSheetDocument(input: CoverSheetInput): DocDefinition {
  return {
    ...docShape,
    info: coverInfo(input),
    content: input.sealing.recipients.map((recipient, index) => ({
      ...coverPage(input, recipient, index + 1, PAGE_WIDTH),
      ...(index > 0 ? { pageBreak: 'before' } : {}),
    })),
    footer: verificationFooter(verificationIds(input), () => undefined),
  };
}

// What goes into the envelopes, in printing order: for each recipient its cover, then a whole copy of the form
// with its own page numbers. Every copy starts on a fresh page and lays out alike, so physical page p is page
// (p - 1) mod (N + 1) of its copy, 0 being the cover.
export function sealedPackageDocument(input: CoverSheetInput): DocDefinition {
  const perCopy = input.formPageCount + 1;
  return {
    ...docShape,
    info: coverInfo(input),
    // Flat, not nested: pdfmake sized the 基本情况 table's spanned rows wrongly inside a nested stack.
    content: input.sealing.recipients.flatMap((recipient, index) => [
      { ...coverPage(input, recipient, index + 1, PAGE_WIDTH), ...(index > 0 ? { pageBreak: 'before' } : {}) },
      ...recordFormContent(input.record, { pageBreakBefore: true }),
    ]),
    footer: verificationFooter(verificationIds(input), (page) => {
      const inCopy = (page - 1) % perCopy;
      return inCopy === 0 ? undefined : inCopy;
    }),
  };
}
