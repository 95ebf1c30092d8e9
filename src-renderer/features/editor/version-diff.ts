import type { RecordDraft } from '../../../src-main/shared/form/record-draft.ts';
import { recordSections } from './record-fields.ts';

// One cell that differs between two versions, named as the form names it ("第1项干预具体情况 · 具体干预内容").
export interface FieldChange {
  key: string;
  where: string;
  label: string;
  before: string;
  after: string;
}

interface PlacedField {
  where: string;
  label: string;
  text: string;
}

function fieldsByKey(draft: RecordDraft): Map<string, PlacedField> {
  const fields = new Map<string, PlacedField>();
  for (const section of recordSections(draft)) {
    for (const field of section.fields) fields.set(field.key, { where: section.title, label: field.label, text: field.text });
  }
  return fields;
}

// Field by field, in the order of the later version, then whatever only the earlier one had (a removed entry).
export function versionChanges(before: RecordDraft, after: RecordDraft): FieldChange[] {
  const earlier = fieldsByKey(before);
  const later = fieldsByKey(after);
  const keys = [...later.keys(), ...[...earlier.keys()].filter((key) => !later.has(key))];
  return keys.flatMap((key) => {
    const was = earlier.get(key);
    const now = later.get(key);
    const placed = (now ?? was) as PlacedField;
    const beforeText = was?.text ?? '';
    const afterText = now?.text ?? '';
    return beforeText === afterText ? [] : [{ key, where: placed.where, label: placed.label, before: beforeText, after: afterText }];
  });
}
