import type { Calendar } from '../../shared/calendar/calendar.ts';
import { deadlineStatus, type DeadlineStatus } from '../../shared/calendar/deadline-status.ts';
import type { IsoDate } from '../../shared/calendar/iso-date.ts';
import { reportStartOf } from '../../shared/calendar/report-start.ts';
import { isBeforeRule } from '../../shared/calendar/rule-in-force.ts';
import { z } from 'zod';
import { cadreLevelSchema, type CadreLevel } from '../../shared/form/cadre-level.ts';
import { organisationKindSchema } from '../../shared/form/organisation-kind.ts';
import { tenureSchema } from '../../shared/form/tenure.ts';
import { datePartOf, isFormDate } from '../../shared/form/date-fields.ts';
import type { UnitSettings } from '../../shared/form/unit-settings.ts';
import { routeRecord, type Routing } from '../../shared/routing/route-record.ts';
import { assessScope, type ScopeAssessment } from '../../shared/scope/assess-scope.ts';
import { entryHasContent } from './blank-draft.ts';
import type { EntryDraft, RecordDraft } from '../../shared/form/record-draft.ts';

export interface RecordAssessment {
  // Per entry, in order: 第二条 scope, or null until level and tenure are chosen.
  scopes: (ScopeAssessment | null)[];
  // Null until the unit's settings are known (they are asked at setup).
  routing: Routing | null;
  // Null until at least one entry the rule covers has a valid date.
  deadline: DeadlineStatus | null;
  // 1-based numbers of the entries that happened before the rule took effect (第十二条): recorded, flagged, and
  // left out of the deadline.
  beforeRule: number[];
  // The day in China this was answered on, by the app's clock: the editor refuses dates after it, and the
  // machine's own clock may disagree with the app's.
  today: IsoDate;
}

// What the side panel and the records list show, computed from a draft as far as it goes: every part that can
// be answered is, none is guessed.
export interface AssessmentContext {
  unit: UnitSettings | null;
  today: IsoDate;
  calendar: Calendar;
}

// The part of an entry the assessment reads: small enough to keep in the records list's index, so the list can
// assess a record without decrypting and parsing the whole form. The organisation kind is optional: index rows
// written before it existed stay readable.
export const assessedEntrySchema = z
  .object({
    level: cadreLevelSchema.nullable(),
    tenure: tenureSchema.nullable(),
    organisationKind: organisationKindSchema.optional(),
    hasContent: z.boolean(),
    occurredAt: z.string().nullable(),
    learnedOn: z.string().nullable(),
  })
  .strict();

export type AssessedEntry = z.infer<typeof assessedEntrySchema>;

export function assessedEntryOf(entry: EntryDraft): AssessedEntry {
  const organisationKind = entry.intervener?.organisationKind;
  return {
    level: entry.intervener?.level ?? null,
    tenure: entry.intervener?.tenure ?? null,
    ...(organisationKind ? { organisationKind } : {}),
    hasContent: entryHasContent(entry),
    occurredAt: entry.occurredAt ?? null,
    learnedOn: entry.learnedOn ?? null,
  };
}

export function assessDraft(draft: RecordDraft, context: AssessmentContext): RecordAssessment {
  return assessEntries(draft.entries.map(assessedEntryOf), context);
}

export function assessEntries(entries: readonly AssessedEntry[], context: AssessmentContext): RecordAssessment {
  const scopes = entries.map(({ level, tenure, organisationKind }) =>
    level && tenure ? assessScope({ level, tenure, ...(organisationKind ? { organisationKind } : {}) }) : null,
  );
  const routing =
    context.unit === null
      ? null
      : routeRecord({
          entries: entries.map((entry) => ({
            intervener: {
              level: routingLevelOf(entry),
              ...(entry.organisationKind ? { organisationKind: entry.organisationKind } : {}),
            },
          })),
          unit: context.unit,
        });
  const dated = datedEntries(entries);
  const covered = dated.filter(({ occurredAt }) => !isBeforeRule(datePartOf(occurredAt)));
  return {
    scopes,
    routing,
    deadline: covered.length === 0 ? null : deadlineStatus({ learnedOn: reportStartOf(covered), today: context.today, calendar: context.calendar }),
    beforeRule: dated.filter(({ occurredAt }) => isBeforeRule(datePartOf(occurredAt))).map(({ number }) => number),
    today: context.today,
  };
}

// An entry with nothing in it yet says nothing; once anything is entered, a level not chosen is not known.
function routingLevelOf(entry: AssessedEntry): CadreLevel | null {
  if (!entry.hasContent) return null;
  return entry.level ?? 'unknown';
}

interface DatedEntry {
  number: number;
  occurredAt: string;
  learnedOn: IsoDate | null;
}

function datedEntries(entries: readonly AssessedEntry[]): DatedEntry[] {
  return entries.flatMap((entry, index) => {
    const occurredAt = entry.occurredAt ?? '';
    if (!isFormDate(datePartOf(occurredAt))) return [];
    const learnedOn = entry.learnedOn && isFormDate(entry.learnedOn) ? entry.learnedOn : null;
    return [{ number: index + 1, occurredAt, learnedOn }];
  });
}
