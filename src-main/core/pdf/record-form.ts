import { formatChinaDate } from '../../shared/calendar/china-time.ts';
import { formatFingerprint } from '../../shared/form/fingerprint-text.ts';
import { CADRE_LEVEL_LABELS } from '../../shared/form/cadre-level.ts';
import {
  FORM_NOTES,
  FORM_NOTES_LABEL,
  HANDLER_PROFILE_LABELS,
  INTERVENER_LABELS,
  INTERVENTION_ENTRY_LABELS,
  RECORD_FIELD_LABELS,
  RECORD_FORM_TITLE,
} from '../../shared/form/form-labels.ts';
import type { InterventionEntry } from '../../shared/form/intervention-entry.ts';
import { LATE_NOTE_LABEL, describeLateness } from '../../shared/form/lateness.ts';
import { INTERVENTION_KIND_INFO } from '../../shared/form/intervention-kind.ts';
import { INTERVENTION_METHOD_LABELS } from '../../shared/form/intervention-method.ts';
import { MATTER_CATEGORY_INFO, MATTER_ITEM_LABELS } from '../../shared/form/matter-category.ts';
import { POLITICAL_STATUS_INFO } from '../../shared/form/political-status.ts';
import type { InterventionRecord } from '../../shared/form/record.ts';
import { TENURE_LABELS } from '../../shared/form/tenure.ts';
import { KEEP_TOGETHER, KEEP_WITH_NEXT, type Content, type ContentNode, type DocDefinition } from './doc-definition.ts';
import {
  OFFICIAL_MARGINS,
  SIZE,
  TYPE_AREA_HEIGHT,
  TYPE_AREA_WIDTH,
  formatRecordNumber,
  printable,
  verificationFooter,
  type VerificationIds,
} from './document-parts.ts';
import { estimatedLines, startFitting } from './line-estimate.ts';

export interface RecordFormInput {
  recordId: string;
  record: InterventionRecord;
  // The vault's digest of this version (recordFingerprint), 64 lowercase hex digits.
  fingerprint: string;
  // From the injected clock; becomes the PDF's creation date.
  printedAt: Date;
  // The printing installation's exchange key (64 hex digits), printed in the form's footer: decoration of this
  // print, not part of the record or its fingerprint.
  handlerKeyFingerprint?: string;
}


export const SIGNATURE_PLEDGE = '本人对填报内容的真实性负责。';
export const INTERVENER_COLUMN_LABEL = `${INTERVENTION_ENTRY_LABELS.intervener}（${INTERVENER_LABELS.name}、${INTERVENER_LABELS.unit}、${INTERVENER_LABELS.post}）`;

// The annex is one table: a narrow first column naming each block, then six columns that the 干预具体情况 rows
// use one to one and the 基本情况 rows join in pairs. It is printed as stacked tables of the same widths, so that
// the 干预具体情况 table can repeat its header row on every page it flows onto. (Not with pdfmake's
// keepWithHeaderRows: with it, a first row taller than the rest of the page was dropped from the output.)
// The narrative column 具体干预内容 takes what the short cells leave: a name, a date or 电话 need few characters a
// line, the account of what happened needs many.
const CELL_PADDING = 3;
const RULE_WIDTH = 0.75;
const FIXED_WIDTHS_PT = { label: 22, occurredAt: 40, intervener: 54, method: 22, matter: 50, handling: 64 } as const;
const COLUMN_COUNT = 7;
// pdfmake adds each column's padding and the rules to the widths it is given; a point spare for rounding.
export const CONTENT_WIDTH_PT =
  TYPE_AREA_WIDTH -
  Object.values(FIXED_WIDTHS_PT).reduce((sum, width) => sum + width, 0) -
  COLUMN_COUNT * 2 * CELL_PADDING -
  (COLUMN_COUNT + 1) * RULE_WIDTH -
  1;
export const HANDLING_WIDTH_PT = FIXED_WIDTHS_PT.handling;
const WIDTHS = [
  FIXED_WIDTHS_PT.label,
  FIXED_WIDTHS_PT.occurredAt,
  FIXED_WIDTHS_PT.intervener,
  FIXED_WIDTHS_PT.method,
  FIXED_WIDTHS_PT.matter,
  CONTENT_WIDTH_PT,
  FIXED_WIDTHS_PT.handling,
] as const;

// A narrative cell longer than this many lines prints its start and "（续见附页第N页）", and its whole text on the
// 附页: a row then takes at most about half a page, two rows fit a page, and no row is taller than a page.
export const CELL_LINES_MAX = 12;
// Heights are estimated from line counts: a CJK font's line is up to 1.45 em, times the lineHeight of 1.15.
const LINE_HEIGHT_PT = SIZE.wu * 1.15 * 1.45;
// A row estimated taller than this would not fit a page under the header row; such rows (only the longest names
// and units the form accepts in every short cell come near it) may break between lines rather than overflow.
const ROW_HEIGHT_MAX_PT = TYPE_AREA_HEIGHT * 0.75;

const tableLayout = {
  hLineWidth: () => RULE_WIDTH,
  vLineWidth: () => RULE_WIDTH,
  paddingLeft: () => CELL_PADDING,
  paddingRight: () => CELL_PADDING,
  paddingTop: () => CELL_PADDING,
  paddingBottom: () => CELL_PADDING,
};

// What the layout itself reported on an earlier pass (print-record.ts lays the form out until it stops
// changing): the printed page on which each 附页 section begins, and whether the last entry row, which keeps the
// notes and the signature with it, begins a page (it then repeats the column header row).
export interface FormLayout {
  continuationPages: ReadonlyMap<string, number>;
  tailStartsPage: boolean;
}

export const FIRST_LAYOUT: FormLayout = { continuationPages: new Map(), tailStartsPage: false };

export const CONTINUED_FIELDS = ['content', 'handling'] as const;
export type ContinuedField = (typeof CONTINUED_FIELDS)[number];

const CONTINUED_WIDTHS_PT: Readonly<Record<ContinuedField, number>> = { content: CONTENT_WIDTH_PT, handling: HANDLING_WIDTH_PT };

export function continuationAnchor(entryNumber: number, field: ContinuedField): string {
  return `continuation-${entryNumber}-${field}`;
}

export function continuationTitle(entryNumber: number, field: ContinuedField): string {
  return `第${entryNumber}项 ${INTERVENTION_ENTRY_LABELS[field]}（续）`;
}

export const FORM_TAIL_ANCHOR = 'form-tail';

function continues(entry: InterventionEntry, field: ContinuedField): boolean {
  return estimatedLines(printable(entry[field]), CONTINUED_WIDTHS_PT[field], SIZE.wu) > CELL_LINES_MAX;
}

function label(text: string, extra: ContentNode = {}): ContentNode {
  return { text, font: 'heading', alignment: 'center', ...extra };
}

function value(text: string, extra: ContentNode = {}): ContentNode {
  return { text: printable(text), ...extra };
}

// pdfmake cuts a line's leading spaces unless told not to; a narrative keeps the customary two U+3000 of each paragraph.
function prose(text: string): ContentNode {
  return value(text, { preserveLeadingSpaces: true });
}

const span = (colSpan: number, cell: ContentNode): ContentNode[] => [
  { ...cell, colSpan },
  ...Array.from({ length: colSpan - 1 }, () => ({})),
];

function handlerTable(record: InterventionRecord): ContentNode {
  const { handler } = record;
  const blockLabel = label(RECORD_FIELD_LABELS.handler, { rowSpan: 3 });
  return {
    layout: tableLayout,
    table: {
      // No dontBreakRows here: with a row span it gave the rows wrong heights whenever the table began after a page
      // break (as it does after a cover sheet).
      widths: WIDTHS,
      body: [
        [
          blockLabel,
          label(HANDLER_PROFILE_LABELS.name),
          value(handler.name),
          ...span(2, label(HANDLER_PROFILE_LABELS.politicalStatus)),
          ...span(2, value(POLITICAL_STATUS_INFO[handler.politicalStatus].label)),
        ],
        [
          {},
          label(HANDLER_PROFILE_LABELS.workUnit),
          value(handler.workUnit),
          ...span(2, label(HANDLER_PROFILE_LABELS.currentPost)),
          ...span(2, value(handler.currentPost)),
        ],
        [{}, label(HANDLER_PROFILE_LABELS.dutyScope), ...span(COLUMN_COUNT - 2, value(handler.dutyScope))],
      ],
    },
  };
}

const small = (text: string): ContentNode => ({ text: printable(text), fontSize: SIZE.xiaoWu });

// Year, day and minute on lines of their own, so the narrow column never breaks inside a date.
function timeCell(entry: InterventionEntry): ContentNode {
  const [date, time] = entry.occurredAt.split('T');
  const [year, monthDay] = formatChinaDate(date as string).split('年');
  const stack: Content[] = [`${year}年`, monthDay as string, ...(time === undefined ? [] : [time])];
  if (entry.learnedOn !== null) stack.push(small(`（发现于${formatChinaDate(entry.learnedOn)}）`));
  return { stack };
}

function intervenerCell(entry: InterventionEntry): ContentNode {
  const { name, unit, post, level, tenure } = entry.intervener;
  return {
    stack: [value(name), value(unit), value(post), small(`${CADRE_LEVEL_LABELS[level]}，${TENURE_LABELS[tenure]}`)],
  };
}

function methodCell(entry: InterventionEntry): ContentNode {
  const method = INTERVENTION_METHOD_LABELS[entry.method];
  return value(entry.methodNote === null ? method : `${method}（${entry.methodNote}）`);
}

function matterCell(entry: InterventionEntry): ContentNode {
  const { category, item, name } = entry.matter;
  const kind = item === null ? MATTER_CATEGORY_INFO[category].label : `${MATTER_CATEGORY_INFO[category].label}·${MATTER_ITEM_LABELS[item]}`;
  return { stack: [value(name), small(`（${kind}）`)] };
}

// The cell's whole text, or, when it would make the row too tall, its start and where the rest is: the 附页 page
// the layout reported, or a blank of the same width on the first pass.
function narrative(entry: InterventionEntry, entryNumber: number, field: ContinuedField, layout: FormLayout): ContentNode {
  if (!continues(entry, field)) return prose(entry[field]);
  const start = startFitting(printable(entry[field]), CONTINUED_WIDTHS_PT[field], SIZE.wu, CELL_LINES_MAX - 2);
  const page = layout.continuationPages.get(continuationAnchor(entryNumber, field));
  return { preserveLeadingSpaces: true, text: [start, { text: `（续见附页第${page ?? '\u2002\u2002'}页）`, font: 'heading' }] };
}

function contentCell(entry: InterventionEntry, entryNumber: number, layout: FormLayout): ContentNode {
  const kinds = entry.kinds.map((kind) => `第六条${INTERVENTION_KIND_INFO[kind].printedText}`);
  return { stack: [narrative(entry, entryNumber, 'content', layout), { ...small(`情形：${kinds.join('；')}`), margin: [0, 3, 0, 0] }] };
}

// A conservative height of the row, from the longest of its cells.
function estimatedRowHeight(entry: InterventionEntry): number {
  const { intervener, matter } = entry;
  const lines = (text: string, width: number) => estimatedLines(printable(text), width, SIZE.wu);
  const capped = (field: ContinuedField) => Math.min(lines(entry[field], CONTINUED_WIDTHS_PT[field]), CELL_LINES_MAX);
  const cells = [
    4,
    lines(intervener.name, FIXED_WIDTHS_PT.intervener) + lines(intervener.unit, FIXED_WIDTHS_PT.intervener) +
      lines(intervener.post, FIXED_WIDTHS_PT.intervener) + 2,
    lines(entry.methodNote ?? '', FIXED_WIDTHS_PT.method) + 1,
    lines(matter.name, FIXED_WIDTHS_PT.matter) + 2,
    capped('content') + 3,
    capped('handling'),
  ];
  return Math.max(...cells) * LINE_HEIGHT_PT + 2 * CELL_PADDING;
}

function entriesHeader(): ContentNode[] {
  return [
    label(RECORD_FIELD_LABELS.entries),
    label(INTERVENTION_ENTRY_LABELS.occurredAt),
    label(INTERVENER_COLUMN_LABEL),
    label(INTERVENTION_ENTRY_LABELS.method),
    label(INTERVENTION_ENTRY_LABELS.matterName),
    label(INTERVENTION_ENTRY_LABELS.content),
    label(INTERVENTION_ENTRY_LABELS.handling),
  ];
}

function entryRow(entry: InterventionEntry, index: number, layout: FormLayout): ContentNode[] {
  const entryNumber = index + 1;
  return [
    { text: String(entryNumber), alignment: 'center' },
    timeCell(entry),
    intervenerCell(entry),
    methodCell(entry),
    matterCell(entry),
    contentCell(entry, entryNumber, layout),
    narrative(entry, entryNumber, 'handling', layout),
  ];
}

// Rows never break across pages (a row's last line alone on the next page reads as a new row), unless one is
// estimated taller than a page.
function entriesTable(rows: ContentNode[][], withHeader: boolean, dontBreakRows: boolean): ContentNode {
  return {
    layout: tableLayout,
    table: {
      widths: WIDTHS,
      headerRows: withHeader ? 1 : 0,
      dontBreakRows,
      body: withHeader ? [entriesHeader(), ...rows] : rows,
    },
  };
}

// Two columns of the same outer width: the notes need no alignment with the six entry columns.
function notesTable(): ContentNode {
  return {
    layout: tableLayout,
    table: {
      widths: [WIDTHS[0], '*'],
      body: [[label(FORM_NOTES_LABEL), { stack: [...FORM_NOTES], fontSize: SIZE.xiaoWu, lineHeight: 1.3 }]],
    },
  };
}

function signature(): ContentNode {
  return {
    margin: [0, 12, 0, 0],
    fontSize: SIZE.xiaoSi,
    stack: [
      { text: SIGNATURE_PLEDGE, alignment: 'right' },
      { text: `${RECORD_FIELD_LABELS.filer}（签字）：＿＿＿＿＿＿＿＿\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日`, alignment: 'right', margin: [0, 10, 0, 0] },
    ],
  };
}

// The annex has no cell for lateness, so a 逾期说明 prints as one 备注 line under the table, and nothing at all
// prints without one.
function lateNoteLine(record: InterventionRecord): ContentNode[] {
  if (record.lateNote === undefined) return [];
  const lateness = record.lateness ? `${describeLateness(record.lateness)}完成填报。` : '';
  return [value(`备注：${lateness}${LATE_NOTE_LABEL}：${record.lateNote}`, { margin: [0, 12, 0, 0] })];
}

function amendmentNote(record: InterventionRecord): ContentNode[] {
  if (record.version === 1 || record.amendsDigest === null || record.amendmentReason === null) return [];
  return [
    {
      // Kept whole: a heading at the foot of one page and the reason on the next would read as two notes.
      unbreakable: true,
      margin: [0, 18, 0, 0],
      layout: tableLayout,
      table: {
        widths: ['*'],
        body: [
          [
            {
              fontSize: SIZE.wu,
              stack: [
                { text: '修订说明', font: 'heading', margin: [0, 0, 0, 4] },
                `本表为第${record.version}版，修订第${record.version - 1}版。`,
                `被修订版本的指纹（BLAKE2b-256）：${formatFingerprint(record.amendsDigest)}`,
                value(`修订原因：${record.amendmentReason}`),
              ],
            },
          ],
        ],
      },
    },
  ];
}

// The entry rows, the notes and the signature. The last row, the notes and the signature form one block that
// moves to the next page whole, so that neither the notes nor the signature is ever alone on a page; when the
// block begins a page, its row repeats the column header. Nothing inside the block is itself unbreakable: pdfmake
// lays such parts out apart and reports their pages wrongly, and the block is kept whole anyway.
function entriesAndTail(record: InterventionRecord, layout: FormLayout): Content[] {
  const rows = record.entries.map((entry, index) => entryRow(entry, index, layout));
  const lastRow = rows.pop() as ContentNode[];
  const heights = record.entries.map(estimatedRowHeight);
  const rowsFit = heights.every((height) => height <= ROW_HEIGHT_MAX_PT);
  const tailFits = (heights.at(-1) as number) <= ROW_HEIGHT_MAX_PT;
  const head: Content[] = rows.length > 0 ? [entriesTable(rows, true, rowsFit)] : [];
  const tailHeader = rows.length === 0 || layout.tailStartsPage;
  return [
    ...head,
    {
      anchor: FORM_TAIL_ANCHOR,
      ...(tailFits ? { headlineLevel: KEEP_TOGETHER } : {}),
      stack: [entriesTable([lastRow], tailHeader, false), notesTable(), signature()],
    },
  ];
}

// The 附页: the whole text of every cell that was cut, in full width, each under its title.
function continuationSheets(record: InterventionRecord): Content[] {
  const sections = record.entries.flatMap((entry, index) =>
    CONTINUED_FIELDS.filter((field) => continues(entry, field)).map((field) => ({
      anchor: continuationAnchor(index + 1, field),
      stack: [
        {
          text: continuationTitle(index + 1, field),
          font: 'heading',
          fontSize: SIZE.xiaoSi,
          headlineLevel: KEEP_WITH_NEXT,
          margin: [0, 12, 0, 6],
        },
        prose(entry[field]),
      ],
    })),
  );
  if (sections.length === 0) return [];
  return [
    {
      pageBreak: 'before',
      stack: [{ text: '附\u3000页', font: 'title', fontSize: SIZE.san, alignment: 'center', margin: [0, 0, 0, 4] }, ...sections],
    },
  ];
}

// The form's body: everything but the footer, for use on its own or after a cover sheet.
export function recordFormContent(record: InterventionRecord, layout: FormLayout): Content[] {
  return [
    { text: RECORD_FORM_TITLE, font: 'title', fontSize: SIZE.er, alignment: 'center', margin: [0, 0, 0, 12] },
    {
      fontSize: SIZE.xiaoSi,
      margin: [0, 0, 0, 8],
      columns: [
        { width: '*', text: `${RECORD_FIELD_LABELS.filedAt}：${formatChinaDate(record.filedAt)}` },
        { width: '*', text: `${RECORD_FIELD_LABELS.filer}：${printable(record.filer)}`, alignment: 'right' },
      ],
    },
    handlerTable(record),
    ...entriesAndTail(record, layout),
    ...lateNoteLine(record),
    ...amendmentNote(record),
    ...continuationSheets(record),
  ];
}

export function verificationIds({ recordId, record, fingerprint, handlerKeyFingerprint }: RecordFormInput): VerificationIds {
  return { recordId, version: record.version, fingerprint, ...(handlerKeyFingerprint === undefined ? {} : { handlerKeyFingerprint }) };
}

// What the PDF's document information says: what it is and which record, never who (names stay on the page).
export function recordInfo(input: RecordFormInput, what: string) {
  return {
    title: RECORD_FORM_TITLE,
    subject: what,
    keywords: `编号 ${formatRecordNumber(input.recordId)}; 第${input.record.version}版; 指纹 ${input.fingerprint}`,
    creationDate: input.printedAt,
  };
}

export function recordFormDocument(input: RecordFormInput, layout: FormLayout): DocDefinition {
  return {
    info: recordInfo(input, '领导干部插手干预重大事项情况记录表（填报件）'),
    pageMargins: OFFICIAL_MARGINS,
    defaultStyle: { font: 'body', fontSize: SIZE.wu, lineHeight: 1.15 },
    parts: [recordFormContent(input.record, layout)],
    footer: verificationFooter(verificationIds(input), ({ page }) => page),
  };
}
