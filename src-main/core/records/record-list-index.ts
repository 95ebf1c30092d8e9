import { z } from 'zod';
import { latenessSchema } from '../../shared/form/lateness.ts';
import { recordDraftSchema } from '../../shared/form/record-draft.ts';
import { storedKind } from '../vault/stored-kind.ts';
import { assessedEntryOf, assessedEntrySchema } from './record-assessment.ts';
import type { StoredVersion } from './record-versions.ts';

// One small encrypted row per record with what the records list shows of its latest version, written in the
// same change as the version itself, so listing 10,000 records decrypts 10,000 short rows instead of 10,000 forms
// and parses none of them. The assessment is not stored: it depends on today, the unit and the calendar.
// The status and content version are what the content migration after unlock looks at, so an unlock finds the
// drafts to upgrade without decrypting a single form.
export const recordListEntrySchema = z
  .object({
    version: z.number().int().positive(),
    status: z.enum(['draft', 'finalized']),
    // The version's content version as stored; absent in entries written before the index kept it, when every
    // record's content was at version 1.
    contentVersion: z.number().int().positive().optional(),
    savedAt: z.string(),
    // Null when the stored content is no draft this program can read: the list names the record unreadable.
    draft: z
      .object({
        filedAt: z.string().nullable(),
        matters: z.array(z.string()),
        interveners: z.array(z.string()),
        entries: z.array(assessedEntrySchema),
        // A first report finalized late (rows written before lateness was kept have none).
        lateness: latenessSchema.optional(),
      })
      .strict()
      .nullable(),
  })
  .strict();

export type RecordListEntry = z.infer<typeof recordListEntrySchema>;

export const recordListKind = storedKind({ name: 'record-list', label: '记录表列表索引', schema: recordListEntrySchema });

// `storedContentVersion`: the content version the row holds when `stored` is a draft read upgraded in memory and
// not yet rewritten, so the content migration still finds it.
export function listEntryOf(stored: StoredVersion, storedContentVersion = stored.contentVersion ?? 1): RecordListEntry {
  const parsed = recordDraftSchema.safeParse(stored.content);
  const { version, status, savedAt } = stored;
  const contentVersion = storedContentVersion;
  if (!parsed.success) return { version, status, contentVersion, savedAt, draft: null };
  const draft = parsed.data;
  return {
    version,
    status,
    contentVersion,
    savedAt,
    draft: {
      filedAt: draft.filedAt ?? null,
      matters: distinct(draft.entries.map((entry) => entry.matter?.name)),
      interveners: distinct(draft.entries.map((entry) => entry.intervener?.name)),
      entries: draft.entries.map(assessedEntryOf),
      ...(draft.lateness ? { lateness: draft.lateness } : {}),
    },
  };
}

// Several entries about one matter (or by one person) are listed once.
function distinct(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))];
}
