import { HANDLER_PROFILE_LABELS, INTERVENER_LABELS, INTERVENTION_DETAIL_LABELS, INTERVENTION_ENTRY_LABELS, RECORD_FIELD_LABELS } from '../../../src-main/shared/form/form-labels.ts';

export type FieldName = (string | number)[];

export interface MissingField {
  name: FieldName;
  label: string;
}

// The fields of one part of the form that still fail their rule; `title` names the part (none for 填报时间 and
// 填报人, which need none).
export interface MissingGroup {
  title: string | null;
  fields: MissingField[];
}

// 插手干预人情况（姓名、单位、职务） in the annex: each of its fields is named after that cell.
const intervener = (label: string) => `${INTERVENTION_ENTRY_LABELS.intervener}（${label}）`;

// Each part's fields in the order the editor lays them out, with their names in the rule's words.
const RECORD_FIELDS: readonly (readonly [string, string])[] = [
  ['filedAt', RECORD_FIELD_LABELS.filedAt],
  ['filer', RECORD_FIELD_LABELS.filer],
];
const HANDLER_FIELDS: readonly (readonly [string, string])[] = [
  ['name', HANDLER_PROFILE_LABELS.name],
  ['politicalStatus', HANDLER_PROFILE_LABELS.politicalStatus],
  ['currentPost', HANDLER_PROFILE_LABELS.currentPost],
  ['workUnit', HANDLER_PROFILE_LABELS.workUnit],
  ['dutyScope', HANDLER_PROFILE_LABELS.dutyScope],
];
const ENTRY_FIELDS: readonly (readonly [string, string])[] = [
  ['occurredAt', INTERVENTION_ENTRY_LABELS.occurredAt],
  ['learnedOn', INTERVENTION_DETAIL_LABELS.learnedOn],
  ['intervener.name', intervener(INTERVENER_LABELS.name)],
  ['intervener.unit', intervener(INTERVENER_LABELS.unit)],
  ['intervener.post', intervener(INTERVENER_LABELS.post)],
  ['intervener.organisationKind', intervener(INTERVENTION_DETAIL_LABELS.organisationKind)],
  ['intervener.level', intervener(INTERVENTION_DETAIL_LABELS.level)],
  ['intervener.tenure', intervener(INTERVENTION_DETAIL_LABELS.tenure)],
  ['method', INTERVENTION_ENTRY_LABELS.method],
  ['methodNote', INTERVENTION_DETAIL_LABELS.methodNote],
  ['matter.category', INTERVENTION_DETAIL_LABELS.matterCategory],
  ['matter.item', INTERVENTION_DETAIL_LABELS.matterItem],
  ['matter.name', INTERVENTION_ENTRY_LABELS.matterName],
  ['kinds', INTERVENTION_DETAIL_LABELS.kinds],
  ['content', INTERVENTION_ENTRY_LABELS.content],
  ['handling', INTERVENTION_ENTRY_LABELS.handling],
];

interface Placed extends MissingField {
  group: number;
  title: string | null;
  order: number;
}

// Where a failing field sits: which part of the form, its place in that part and its name. A field this list
// does not know (a rule added without a name here) is still listed, last in its part, by its own message.
function place({ name, errors }: { name: FieldName; errors: string[] }): Placed {
  const [head, ...rest] = name;
  const fallback = { name, label: errors[0] ?? name.join('.'), order: Number.MAX_SAFE_INTEGER };
  if (head === 'handler') return { ...lookup(HANDLER_FIELDS, rest, fallback), group: 1, title: RECORD_FIELD_LABELS.handler };
  if (head === 'entries' && typeof rest[0] === 'number') {
    const [index, ...inEntry] = rest;
    return { ...lookup(ENTRY_FIELDS, inEntry, fallback), group: 2 + index, title: `第${index + 1}项${RECORD_FIELD_LABELS.entries}` };
  }
  return { ...lookup(RECORD_FIELDS, name, fallback), group: 0, title: null };
}

function lookup(
  fields: readonly (readonly [string, string])[],
  path: FieldName,
  fallback: MissingField & { order: number },
): MissingField & { order: number } {
  const order = fields.findIndex(([key]) => key === path.join('.'));
  const known = fields[order];
  return known ? { name: fallback.name, label: known[1], order } : fallback;
}

// antd's validation failures, in the order a reader meets them on the form, grouped by part.
export function missingFieldGroups(errorFields: readonly { name: FieldName; errors: string[] }[]): MissingGroup[] {
  const placed = errorFields.map(place).sort((a, b) => a.group - b.group || a.order - b.order);
  const groups: (MissingGroup & { group: number })[] = [];
  for (const { group, title, name, label } of placed) {
    const last = groups[groups.length - 1];
    if (last?.group === group) last.fields.push({ name, label });
    else groups.push({ group, title, fields: [{ name, label }] });
  }
  return groups.map(({ title, fields }) => ({ title, fields }));
}

// The id antd gives a field's control in a form without a name of its own: the path joined with underscores.
export function fieldId(name: FieldName): string {
  return name.join('_');
}
