import { datePartOf } from '../form/date-fields.ts';
import type { InterventionEntry } from '../form/intervention-entry.ts';
import type { IsoDate } from './iso-date.ts';

// The day a record's 5 working days count from: the earliest day the handler learned of any intervention on
// it (the day it happened, unless a later discovery date is given). The earliest one binds: each intervention
// must be reported within 5 working days of being found.
export function reportStartOf(entries: ReadonlyArray<Pick<InterventionEntry, 'occurredAt' | 'learnedOn'>>): IsoDate {
  const starts = entries.map((entry) => entry.learnedOn ?? datePartOf(entry.occurredAt));
  const earliest = starts.sort()[0];
  if (earliest === undefined) throw new RangeError('a record has at least one intervention entry');
  return earliest;
}
