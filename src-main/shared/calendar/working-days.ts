import type { Calendar } from './calendar.ts';
import { addDays, yearOf, type IsoDate } from './iso-date.ts';

export interface WorkingDaySpan {
  count: number;
  // Years of days in the span whose schedule is not loaded, so `count` may be off; ascending.
  estimatedYears: number[];
}

// Working days in (after, through]: `after` itself is not counted, `through` is. Empty when through ≤ after.
export function workingDaysBetween(calendar: Calendar, after: IsoDate, through: IsoDate): WorkingDaySpan {
  let count = 0;
  const estimatedYears = new Set<number>();
  for (let date = addDays(after, 1); date <= through; date = addDays(date, 1)) {
    if (calendar.coverage(yearOf(date)) === 'none') estimatedYears.add(yearOf(date));
    if (calendar.dayKind(date) === 'workday') count += 1;
  }
  return { count, estimatedYears: [...estimatedYears].sort((a, b) => a - b) };
}
