import { formatChinaDate } from '../../shared/calendar/china-time.ts';
import { addDays, yearOf, type IsoDate } from '../../shared/calendar/iso-date.ts';
import type { Calendar } from '../../shared/calendar/calendar.ts';
import { reportDeadline, REPORT_DEADLINE_WORKING_DAYS } from '../../shared/calendar/report-deadline.ts';
import { reportStartOf } from '../../shared/calendar/report-start.ts';
import { RECORD_FORM_TITLE } from '../../shared/form/form-labels.ts';
import type { InterventionRecord } from '../../shared/form/record.ts';
import type { UnitSettings } from '../../shared/form/unit-settings.ts';
import { routeRecord, type RecipientRoute } from '../../shared/routing/route-record.ts';
import { A4, MM, type Content, type ContentNode, type DocDefinition } from './doc-definition.ts';
import { OFFICIAL_MARGINS, SIZE, formatRecordNumber, printable, verificationFooter } from './document-parts.ts';
import { recordFormContent, recordInfo, verificationIds, type RecordFormInput } from './record-form.ts';

export interface SealingFacts {
  // One cover per recipient, in routeRecord's order.
  recipients: RecipientRoute[];
  sealedOn: IsoDate;
  deadline: IsoDate;
  // The years the count of working days runs through whose holiday schedule is not loaded; when there are any,
  // the deadline is an estimate.
  estimatedYears: number[];
}

// Where the sealed form goes and by when: 第七条/第九条 routing and the 5-working-day deadline counted from the
// day the handler learned of the earliest intervention on the form.
export function sealingFacts(
  record: InterventionRecord,
  { unit, calendar, sealedOn }: { unit: UnitSettings; calendar: Calendar; sealedOn: IsoDate },
): SealingFacts {
  const { recipients } = routeRecord({ entries: record.entries, unit });
  const learnedOn = reportStartOf(record.entries);
  const { deadline, estimated } = reportDeadline({ learnedOn, calendar });
  return { recipients, sealedOn, deadline, estimatedYears: estimated ? yearsWithoutSchedule(calendar, addDays(learnedOn, 1), deadline) : [] };
}

// The counted days run without a gap from `from` to `to`, so every year in between holds some of them.
function yearsWithoutSchedule(calendar: Calendar, from: IsoDate, to: IsoDate): number[] {
  const years: number[] = [];
  for (let year = yearOf(from); year <= yearOf(to); year += 1) if (calendar.coverage(year) === 'none') years.push(year);
  return years;
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

function flapLine(): ContentNode[] {
  const pageWidth = A4.width;
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

// How tightly a cover is set. Covers are tried from the roomiest density on, and the first at which every cover
// fits its page is printed (print-record.ts): long names, a long routing reason or an estimated deadline make
// the gaps and type smaller instead of pushing the end of a cover onto a page of its own.
export interface CoverDensity {
  // Multiplies every vertical gap between the blocks of the cover.
  gapScale: number;
  rowFontSize: number;
  rowLineHeight: number;
  warningFontSize: number;
}

export const COVER_DENSITIES: readonly [CoverDensity, ...CoverDensity[]] = [
  { gapScale: 1, rowFontSize: SIZE.si, rowLineHeight: 1.3, warningFontSize: 26 },
  { gapScale: 0.4, rowFontSize: SIZE.xiaoSi, rowLineHeight: 1.15, warningFontSize: 22 },
];

// Short and of bounded length whatever the record: it says the date is an estimate and why. How to make it exact
// (import a calendar pack) is for the handler in the app, not for the envelope.
export function estimateNote(estimatedYears: readonly number[]): string {
  const years = estimatedYears.map((year) => `${year}年`).join('、');
  return `报送截止日期为预估：${years}的国务院节假日安排尚未载入本程序，按周末和法定节假日推算，未计补假和调休，仅供参考。`;
}

function coverPage(input: CoverSheetInput, recipient: RecipientRoute, copy: number, density: CoverDensity): Content[] {
  const { record, recordId, sealing, formPageCount } = input;
  const copies = sealing.recipients.length;
  const estimated = sealing.estimatedYears.length > 0;
  const deadlineNote = estimated ? '（预估）' : `（${REPORT_DEADLINE_WORKING_DAYS}个工作日内）`;
  const gap = (points: number) => points * density.gapScale;
  return [
    ...flapLine(),
    { text: RECORD_FORM_TITLE, font: 'title', fontSize: SIZE.er, alignment: 'center', margin: [0, gap(8), 0, gap(4)] },
    { text: '（密封报送件）', fontSize: SIZE.san, alignment: 'center', margin: [0, 0, 0, gap(28)] },
    { text: '报送单位', font: 'heading', fontSize: SIZE.si, margin: [0, 0, 0, gap(6)] },
    { text: recipient.name, font: 'heading', fontSize: 20, alignment: 'center', margin: [0, 0, 0, gap(6)] },
    { text: `依据：《领导干部插手干预重大事项记录办法（试行）》${recipient.clause}。${recipient.reason}`, fontSize: SIZE.wu, margin: [0, 0, 0, gap(24)] },
    {
      fontSize: density.rowFontSize,
      lineHeight: density.rowLineHeight,
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
    ...(estimated ? [{ text: estimateNote(sealing.estimatedYears), fontSize: SIZE.xiaoWu, margin: [0, gap(6), 0, 0] }] : []),
    {
      margin: [0, gap(36), 0, 0],
      table: {
        widths: ['*'],
        body: [[{ text: COVER_WARNING, font: 'title', fontSize: density.warningFontSize, alignment: 'center', margin: [0, gap(8), 0, gap(8)] }]],
      },
      layout: { hLineWidth: () => 1.5, vLineWidth: () => 1.5 },
    },
    {
      text: '请将记录表装入信封，沿封口线封好，在“密封”处骑缝签字或加盖印章后报送。',
      fontSize: SIZE.wu,
      alignment: 'center',
      margin: [0, gap(12), 0, 0],
    },
  ];
}

function coverInfo(input: RecordFormInput) {
  return recordInfo(input, '领导干部插手干预重大事项情况记录表（密封报送件封面）');
}

const docShape = {
  pageMargins: OFFICIAL_MARGINS,
  defaultStyle: { font: 'body', fontSize: SIZE.wu, lineHeight: 1.15 },
} as const;

// The covers alone: one part, so one page, per recipient, no page numbers (a cover is not a page of the form).
export function coverSheetDocument(input: CoverSheetInput, density: CoverDensity): DocDefinition {
  return {
    ...docShape,
    info: coverInfo(input),
    parts: input.sealing.recipients.map((recipient, index) => coverPage(input, recipient, index + 1, density)),
    footer: verificationFooter(verificationIds(input), () => undefined),
  };
}

// What goes into the envelopes, in printing order: for each recipient its cover, then a whole copy of the form
// with its own page numbers. The parts alternate cover, form; page numbers come from the layout itself, so they
// stay right whatever length each part turns out to have.
export function sealedPackageDocument(input: CoverSheetInput, density: CoverDensity): DocDefinition {
  return {
    ...docShape,
    info: coverInfo(input),
    parts: input.sealing.recipients.flatMap((recipient, index) => [
      coverPage(input, recipient, index + 1, density),
      recordFormContent(input.record),
    ]),
    footer: verificationFooter(verificationIds(input), ({ part, pageInPart }) => (part % 2 === 0 ? undefined : pageInPart)),
  };
}
