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
import type { Content, ContentNode, DocDefinition } from './doc-definition.ts';
import {
  OFFICIAL_MARGINS,
  SIZE,
  formatRecordNumber,
  printable,
  verificationFooter,
  type VerificationIds,
} from './document-parts.ts';

export interface RecordFormInput {
  recordId: string;
  record: InterventionRecord;
  // The vault's digest of this version (recordFingerprint), 64 lowercase hex digits.
  fingerprint: string;
  // From the injected clock; becomes the PDF's creation date.
  printedAt: Date;
}


export const SIGNATURE_PLEDGE = '本人对填报内容的真实性负责。';
export const INTERVENER_COLUMN_LABEL = `${INTERVENTION_ENTRY_LABELS.intervener}（${INTERVENER_LABELS.name}、${INTERVENER_LABELS.unit}、${INTERVENER_LABELS.post}）`;

// The annex is one table: a narrow first column naming each block, then six columns that the 干预具体情况 rows
// use one to one and the 基本情况 rows join in pairs. It is printed as three tables of the same widths, stacked,
// so that the 干预具体情况 table can repeat its header row on every page it flows onto. (Not with pdfmake's
// keepWithHeaderRows: with it, a first row taller than the rest of the page was dropped from the output.)
const WIDTHS = [22, 46, 66, 30, 58, '*', 62] as const;
const COLUMN_COUNT = WIDTHS.length;
const CELL_PADDING = 3;

const tableLayout = {
  hLineWidth: () => 0.75,
  vLineWidth: () => 0.75,
  paddingLeft: () => CELL_PADDING,
  paddingRight: () => CELL_PADDING,
  paddingTop: () => CELL_PADDING,
  paddingBottom: () => CELL_PADDING,
};

function label(text: string, extra: ContentNode = {}): ContentNode {
  return { text, font: 'heading', alignment: 'center', ...extra };
}

function value(text: string, extra: ContentNode = {}): ContentNode {
  return { text: printable(text), ...extra };
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

function contentCell(entry: InterventionEntry): ContentNode {
  const kinds = entry.kinds.map((kind) => `第六条${INTERVENTION_KIND_INFO[kind].printedText}`);
  return { stack: [value(entry.content), { ...small(`情形：${kinds.join('；')}`), margin: [0, 3, 0, 0] }] };
}

function entriesTable(record: InterventionRecord): ContentNode {
  const header = [
    label(RECORD_FIELD_LABELS.entries),
    label(INTERVENTION_ENTRY_LABELS.occurredAt),
    label(INTERVENER_COLUMN_LABEL),
    label(INTERVENTION_ENTRY_LABELS.method),
    label(INTERVENTION_ENTRY_LABELS.matterName),
    label(INTERVENTION_ENTRY_LABELS.content),
    label(INTERVENTION_ENTRY_LABELS.handling),
  ];
  const rows = record.entries.map((entry, index) => [
    { text: String(index + 1), alignment: 'center' },
    timeCell(entry),
    intervenerCell(entry),
    methodCell(entry),
    matterCell(entry),
    contentCell(entry),
    value(entry.handling),
  ]);
  return {
    layout: tableLayout,
    table: { widths: WIDTHS, headerRows: 1, body: [header, ...rows] },
  };
}

// Two columns of the same outer width: the notes need no alignment with the six entry columns.
function notesTable(): ContentNode {
  return {
    layout: tableLayout,
    table: {
      widths: [WIDTHS[0], '*'],
      dontBreakRows: true,
      body: [[label(FORM_NOTES_LABEL), { stack: [...FORM_NOTES], fontSize: SIZE.xiaoWu, lineHeight: 1.3 }]],
    },
  };
}

function signature(): ContentNode {
  return {
    unbreakable: true,
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

// The form's body: everything but the footer, for use on its own or after a cover sheet.
export function recordFormContent(record: InterventionRecord): Content[] {
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
    entriesTable(record),
    notesTable(),
    signature(),
    ...lateNoteLine(record),
    ...amendmentNote(record),
  ];
}

export function verificationIds({ recordId, record, fingerprint }: RecordFormInput): VerificationIds {
  return { recordId, version: record.version, fingerprint };
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

export function recordFormDocument(input: RecordFormInput): DocDefinition {
  return {
    info: recordInfo(input, '领导干部插手干预重大事项情况记录表（填报件）'),
    pageMargins: OFFICIAL_MARGINS,
    defaultStyle: { font: 'body', fontSize: SIZE.wu, lineHeight: 1.15 },
    parts: [recordFormContent(input.record)],
    footer: verificationFooter(verificationIds(input), ({ page }) => page),
  };
}
