import { z } from 'zod';
import type { IsoDate } from '../calendar/iso-date.ts';
import { yearOf } from '../calendar/iso-date.ts';
import { MATTER_CATEGORY_INFO, type MatterCategory } from '../form/matter-category.ts';
import { strictObject } from '../form/strict-object.ts';
import type { CaseFile } from './case-file.ts';

// Punctuation, spaces of every width and the brackets a unit name is written with in varying forms
// (（）, (), 【】) do not tell two people apart.
const IGNORED_IN_NAMES = /[\s\p{P}\p{S}]/gu;

// The key an intervener is recognised by across records: name and unit, each compared after NFKC (full-width and
// half-width forms alike) with spaces and punctuation removed. Nothing fuzzier: two different people must
// never be merged by a guess; the body merges identities it knows to be one person by hand.
export function intervenerKey(intervener: { name: string; unit: string }): string {
  const normalise = (text: string) => text.normalize('NFKC').replace(IGNORED_IN_NAMES, '').toLowerCase();
  return `${normalise(intervener.name)}|${normalise(intervener.unit)}`;
}

// A merge the body made: these keys are one person (e.g. after a change of unit, or a name written two ways).
// Splitting an identity is deleting its merge.
export const identityMergeSchema = strictObject('同一插手干预人合并', {
  keys: z
    .array(z.string().min(3).max(400))
    .min(2, '合并至少需要两个插手干预人')
    .refine((keys) => new Set(keys).size === keys.length, '同一插手干预人不能重复合并'),
});
export type IdentityMerge = z.infer<typeof identityMergeSchema>;

export interface IntervenerAppearance {
  recordId: string;
  entryIndex: number;
  occurredOn: IsoDate;
  name: string;
  unit: string;
  post: string;
  category: MatterCategory;
  matterName: string;
  handlerName: string;
}

export interface IntervenerIdentity {
  // The first key of its merge, or its only key.
  key: string;
  keys: string[];
  // As written on the most recent appearance.
  name: string;
  unit: string;
  recordIds: string[];
  // Oldest first.
  timeline: IntervenerAppearance[];
  byYear: { year: number; count: number }[];
  byMatterCategory: { category: MatterCategory; label: string; count: number }[];
  handlers: { name: string; count: number }[];
  // Named on more than one record: highlighted in the inbox.
  repeated: boolean;
}

function counted<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

// Every intervener across the body's records, grouped by key and by the body's merges, most records first.
export function intervenerIdentities(cases: readonly CaseFile[], merges: readonly IdentityMerge[]): IntervenerIdentity[] {
  const canonical = new Map<string, string>();
  for (const merge of merges) for (const key of merge.keys) canonical.set(key, merge.keys[0] ?? key);
  const groups = new Map<string, { keys: Set<string>; appearances: IntervenerAppearance[] }>();
  for (const caseFile of cases) {
    const { record, recordId } = caseFile.entry;
    record.entries.forEach((entry, entryIndex) => {
      const own = intervenerKey(entry.intervener);
      const key = canonical.get(own) ?? own;
      const group = groups.get(key) ?? { keys: new Set<string>(), appearances: [] };
      group.keys.add(own);
      group.appearances.push({
        recordId,
        entryIndex,
        occurredOn: entry.occurredAt.slice(0, 10),
        name: entry.intervener.name,
        unit: entry.intervener.unit,
        post: entry.intervener.post,
        category: entry.matter.category,
        matterName: entry.matter.name,
        handlerName: record.handler.name,
      });
      groups.set(key, group);
    });
  }
  const identities = [...groups.entries()].map(([key, group]): IntervenerIdentity => {
    const timeline = group.appearances.toSorted((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.recordId.localeCompare(b.recordId));
    const latest = timeline.at(-1);
    if (!latest) throw new RangeError('an identity has at least one appearance');
    const recordIds = [...new Set(timeline.map((appearance) => appearance.recordId))];
    const years = counted(timeline.map((appearance) => yearOf(appearance.occurredOn)));
    const categories = counted(timeline.map((appearance) => appearance.category));
    const handlers = counted(timeline.map((appearance) => appearance.handlerName));
    return {
      key,
      keys: [...group.keys].sort(),
      name: latest.name,
      unit: latest.unit,
      recordIds,
      timeline,
      byYear: [...years].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year),
      byMatterCategory: [...categories].map(([category, count]) => ({ category, label: MATTER_CATEGORY_INFO[category].label, count })),
      handlers: [...handlers].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
      repeated: recordIds.length > 1,
    };
  });
  return identities.sort((a, b) => b.recordIds.length - a.recordIds.length || a.key.localeCompare(b.key));
}

// The keys of every identity named on more than one record, for the inbox to highlight.
export function repeatedIntervenerKeys(identities: readonly IntervenerIdentity[]): Set<string> {
  return new Set(identities.filter((identity) => identity.repeated).flatMap((identity) => identity.keys));
}
