import type { Calendar } from '../../shared/calendar/calendar.ts';
import { deadlineStatus, type DeadlineStatus } from '../../shared/calendar/deadline-status.ts';
import type { IsoDate } from '../../shared/calendar/iso-date.ts';
import { reportStartOf } from '../../shared/calendar/report-start.ts';
import { isBeforeRule } from '../../shared/calendar/rule-in-force.ts';
import type { CadreLevel } from '../../shared/form/cadre-level.ts';
import { datePartOf, isFormDate } from '../../shared/form/date-fields.ts';
import { routeRecord, type Routing } from '../../shared/routing/route-record.ts';
import type { UnitSettings } from '../../shared/form/unit-settings.ts';
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

export function assessDraft(draft: RecordDraft, context: AssessmentContext): RecordAssessment {
  const scopes = draft.entries.map(({ intervener }) =>
    intervener?.level && intervener.tenure
      ? assessScope({
          level: intervener.level,
          tenure: intervener.tenure,
          ...(intervener.organisationKind ? { organisationKind: intervener.organisationKind } : {}),
        })
      : null,
  );
  const routing =
    context.unit === null
      ? null
      : routeRecord({
          entries: draft.entries.map((entry) => ({
            intervener: {
              level: routingLevelOf(entry),
              ...(entry.intervener?.organisationKind ? { organisationKind: entry.intervener.organisationKind } : {}),
            },
          })),
          unit: context.unit,
        });
  const dated = datedEntries(draft);
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
function routingLevelOf(entry: EntryDraft): CadreLevel | null {
  if (!entryHasContent(entry)) return null;
  return entry.intervener?.level ?? 'unknown';
}

interface DatedEntry {
  number: number;
  occurredAt: string;
  learnedOn: IsoDate | null;
}

function datedEntries(draft: RecordDraft): DatedEntry[] {
  return draft.entries.flatMap((entry, index) => {
    const occurredAt = entry.occurredAt ?? '';
    if (!isFormDate(datePartOf(occurredAt))) return [];
    const learnedOn = entry.learnedOn && isFormDate(entry.learnedOn) ? entry.learnedOn : null;
    return [{ number: index + 1, occurredAt, learnedOn }];
  });
}
