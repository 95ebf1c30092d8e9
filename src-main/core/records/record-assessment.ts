import type { Calendar } from '../../shared/calendar/calendar.ts';
import { deadlineStatus, type DeadlineStatus } from '../../shared/calendar/deadline-status.ts';
import type { IsoDate } from '../../shared/calendar/iso-date.ts';
import { reportStartOf } from '../../shared/calendar/report-start.ts';
import { z } from 'zod';
import { cadreLevelSchema, type CadreLevel } from '../../shared/form/cadre-level.ts';
import { tenureSchema } from '../../shared/form/tenure.ts';
import { datePartOf, isFormDate } from '../../shared/form/date-fields.ts';
import { routeRecord, type Routing } from '../../shared/routing/route-record.ts';
import { assessScope, type ScopeAssessment } from '../../shared/scope/assess-scope.ts';
import { entryHasContent } from './blank-draft.ts';
import type { EntryDraft, RecordDraft } from '../../shared/form/record-draft.ts';

export interface RecordAssessment {
  // Per entry, in order: 第二条 scope, or null until level and tenure are chosen.
  scopes: (ScopeAssessment | null)[];
  // Null until the unit's discipline-body fact is known (it is asked at setup).
  routing: Routing | null;
  // Null until at least one entry has a valid date.
  deadline: DeadlineStatus | null;
  // The day in China this was answered on, by the app's clock: the editor refuses dates after it, and the
  // machine's own clock may disagree with the app's.
  today: IsoDate;
}

// What the side panel and the records list show, computed from a draft as far as it goes: every part that can
// be answered is, none is guessed.
export interface AssessmentContext {
  unitHasDisciplineBody: boolean | null;
  today: IsoDate;
  calendar: Calendar;
}

// The part of an entry the assessment reads: small enough to keep in the records list's index, so the list can
// assess a record without decrypting and parsing the whole form.
export const assessedEntrySchema = z
  .object({
    level: cadreLevelSchema.nullable(),
    tenure: tenureSchema.nullable(),
    hasContent: z.boolean(),
    occurredAt: z.string().nullable(),
    learnedOn: z.string().nullable(),
  })
  .strict();

export type AssessedEntry = z.infer<typeof assessedEntrySchema>;

export function assessedEntryOf(entry: EntryDraft): AssessedEntry {
  return {
    level: entry.intervener?.level ?? null,
    tenure: entry.intervener?.tenure ?? null,
    hasContent: entryHasContent(entry),
    occurredAt: entry.occurredAt ?? null,
    learnedOn: entry.learnedOn ?? null,
  };
}

export function assessDraft(draft: RecordDraft, context: AssessmentContext): RecordAssessment {
  return assessEntries(draft.entries.map(assessedEntryOf), context);
}

export function assessEntries(entries: readonly AssessedEntry[], context: AssessmentContext): RecordAssessment {
  const scopes = entries.map(({ level, tenure }) => (level && tenure ? assessScope({ level, tenure }) : null));
  const routing =
    context.unitHasDisciplineBody === null
      ? null
      : routeRecord({
          entries: entries.map((entry) => ({ intervener: { level: routingLevelOf(entry) } })),
          unitHasDisciplineBody: context.unitHasDisciplineBody,
        });
  return { scopes, routing, deadline: deadlineOf(entries, context), today: context.today };
}

// An entry with nothing in it yet says nothing; once anything is entered, a level not chosen is not known.
function routingLevelOf(entry: AssessedEntry): CadreLevel | null {
  if (!entry.hasContent) return null;
  return entry.level ?? 'unknown';
}

function deadlineOf(entries: readonly AssessedEntry[], context: { today: IsoDate; calendar: Calendar }): DeadlineStatus | null {
  const dated = entries.flatMap((entry) => {
    const occurredAt = entry.occurredAt ?? '';
    if (!isFormDate(datePartOf(occurredAt))) return [];
    const learnedOn = entry.learnedOn && isFormDate(entry.learnedOn) ? entry.learnedOn : null;
    return [{ occurredAt, learnedOn }];
  });
  if (dated.length === 0) return null;
  return deadlineStatus({ learnedOn: reportStartOf(dated), today: context.today, calendar: context.calendar });
}
