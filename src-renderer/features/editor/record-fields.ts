import { formatChinaDate } from '../../../src-main/shared/calendar/china-time.ts';
import { CADRE_LEVEL_LABELS } from '../../../src-main/shared/form/cadre-level.ts';
import {
  HANDLER_PROFILE_LABELS,
  INTERVENER_LABELS,
  INTERVENTION_DETAIL_LABELS,
  INTERVENTION_ENTRY_LABELS,
  RECORD_FIELD_LABELS,
} from '../../../src-main/shared/form/form-labels.ts';
import { INTERVENTION_KIND_INFO } from '../../../src-main/shared/form/intervention-kind.ts';
import { INTERVENTION_METHOD_LABELS } from '../../../src-main/shared/form/intervention-method.ts';
import { MATTER_CATEGORY_INFO, MATTER_ITEM_LABELS } from '../../../src-main/shared/form/matter-category.ts';
import { POLITICAL_STATUS_INFO } from '../../../src-main/shared/form/political-status.ts';
import type { EntryDraft, RecordDraft } from '../../../src-main/shared/form/record-draft.ts';
import { TENURE_LABELS } from '../../../src-main/shared/form/tenure.ts';

// One cell of the 记录表 as a person reads it: the annex's label and the text it holds, an empty string when the
// cell is empty. `key` is stable across versions, so two versions can be compared cell by cell.
export interface RecordField {
  key: string;
  label: string;
  text: string;
  // Long text keeps its line breaks and takes the whole width.
  long?: true;
}

export interface RecordSection {
  key: string;
  title: string;
  fields: RecordField[];
}

const NOT_FILLED = '';

// 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm', as the printed form writes it.
export function dateText(value: string | null | undefined): string {
  if (!value) return NOT_FILLED;
  const [day = '', time] = value.split('T');
  return time ? `${formatChinaDate(day)} ${time}` : formatChinaDate(day);
}

// The draft as sections of labelled text, in the order of the annex: what a finished version shows, and what two
// versions are compared by. Only ticked 第六条 situations are named; an unticked one is no part of the record.
export function recordSections(draft: RecordDraft): RecordSection[] {
  const { handler } = draft;
  return [
    {
      key: 'filing',
      title: '填报信息',
      fields: [
        { key: 'filedAt', label: RECORD_FIELD_LABELS.filedAt, text: dateText(draft.filedAt) },
        { key: 'filer', label: RECORD_FIELD_LABELS.filer, text: draft.filer ?? NOT_FILLED },
      ],
    },
    {
      key: 'handler',
      title: RECORD_FIELD_LABELS.handler,
      fields: [
        { key: 'handler.name', label: HANDLER_PROFILE_LABELS.name, text: handler.name ?? NOT_FILLED },
        {
          key: 'handler.politicalStatus',
          label: HANDLER_PROFILE_LABELS.politicalStatus,
          text: handler.politicalStatus ? POLITICAL_STATUS_INFO[handler.politicalStatus].label : NOT_FILLED,
        },
        { key: 'handler.currentPost', label: HANDLER_PROFILE_LABELS.currentPost, text: handler.currentPost ?? NOT_FILLED },
        { key: 'handler.workUnit', label: HANDLER_PROFILE_LABELS.workUnit, text: handler.workUnit ?? NOT_FILLED },
        { key: 'handler.dutyScope', label: HANDLER_PROFILE_LABELS.dutyScope, text: handler.dutyScope ?? NOT_FILLED, long: true },
      ],
    },
    ...draft.entries.map((entry, index) => entrySection(entry, index)),
  ];
}

function entrySection(entry: EntryDraft, index: number): RecordSection {
  const at = `entries.${index}`;
  const { intervener, matter } = entry;
  const method = entry.method ? INTERVENTION_METHOD_LABELS[entry.method] : NOT_FILLED;
  const category = matter?.category ? `${MATTER_CATEGORY_INFO[matter.category].ordinal}${MATTER_CATEGORY_INFO[matter.category].label}` : NOT_FILLED;
  const kinds = (entry.kinds ?? []).map((kind) => `${INTERVENTION_KIND_INFO[kind].ordinal}${INTERVENTION_KIND_INFO[kind].label}`);
  const fields: RecordField[] = [
    { key: `${at}.occurredAt`, label: INTERVENTION_ENTRY_LABELS.occurredAt, text: dateText(entry.occurredAt) },
    ...(entry.learnedOn ? [{ key: `${at}.learnedOn`, label: INTERVENTION_DETAIL_LABELS.learnedOn, text: dateText(entry.learnedOn) }] : []),
    { key: `${at}.intervener.name`, label: `插手干预人${INTERVENER_LABELS.name}`, text: intervener?.name ?? NOT_FILLED },
    { key: `${at}.intervener.unit`, label: `插手干预人${INTERVENER_LABELS.unit}`, text: intervener?.unit ?? NOT_FILLED },
    { key: `${at}.intervener.post`, label: `插手干预人${INTERVENER_LABELS.post}`, text: intervener?.post ?? NOT_FILLED },
    {
      key: `${at}.intervener.level`,
      label: INTERVENTION_DETAIL_LABELS.level,
      text: intervener?.level ? CADRE_LEVEL_LABELS[intervener.level] : NOT_FILLED,
    },
    { key: `${at}.intervener.tenure`, label: INTERVENTION_DETAIL_LABELS.tenure, text: intervener?.tenure ? TENURE_LABELS[intervener.tenure] : NOT_FILLED },
    {
      key: `${at}.method`,
      label: INTERVENTION_ENTRY_LABELS.method,
      text: entry.method === 'other' && entry.methodNote ? `${method}（${entry.methodNote}）` : method,
    },
    { key: `${at}.matter.category`, label: INTERVENTION_DETAIL_LABELS.matterCategory, text: category },
    ...(matter?.item ? [{ key: `${at}.matter.item`, label: INTERVENTION_DETAIL_LABELS.matterItem, text: MATTER_ITEM_LABELS[matter.item] }] : []),
    { key: `${at}.matter.name`, label: INTERVENTION_ENTRY_LABELS.matterName, text: matter?.name ?? NOT_FILLED },
    { key: `${at}.kinds`, label: INTERVENTION_DETAIL_LABELS.kinds, text: kinds.join('\n'), long: true },
    { key: `${at}.content`, label: INTERVENTION_ENTRY_LABELS.content, text: entry.content ?? NOT_FILLED, long: true },
    { key: `${at}.handling`, label: INTERVENTION_ENTRY_LABELS.handling, text: entry.handling ?? NOT_FILLED, long: true },
  ];
  return { key: at, title: `第${index + 1}项干预具体情况`, fields };
}
