import chineseDays from 'chinese-days';
import { z } from 'zod';
import type { YearSchedule } from '../../shared/calendar/calendar.ts';
import { isIsoDate, yearOf, type IsoDate } from '../../shared/calendar/iso-date.ts';
import { builtInCalendarTable } from '../../../resources/bundled-files.ts';

// The only file that touches chinese-days (its data table through resources/), so the rest of the calendar stays
// in src-main/shared, importable from a web page.
//
// chinese-days ships the State Council schedules it knows as a JSON table. We read that table instead of calling
// isWorkday(): the library rebuilds its lookup maps through local-time Date fields, and west of Greenwich every
// date comes out one day early.

const dateKey = z.string().refine(isIsoDate);
const tableSchema = z.object({
  holidays: z.record(dateKey, z.string()),
  workdays: z.record(dateKey, z.string()),
});

let schedules: ReadonlyMap<number, YearSchedule> | undefined;

// Every year the table lists any day of, with its holidays and 调休 working days.
export function chineseDaysSchedules(): ReadonlyMap<number, YearSchedule> {
  schedules ??= schedulesFromTable(tableSchema.parse(builtInCalendarTable()));
  return schedules;
}

function schedulesFromTable(table: z.infer<typeof tableSchema>): ReadonlyMap<number, YearSchedule> {
  const byYear = new Map<number, { holidays: Set<IsoDate>; adjustedWorkdays: Set<IsoDate> }>();
  const yearEntry = (date: IsoDate) => {
    const year = yearOf(date);
    let entry = byYear.get(year);
    if (!entry) {
      entry = { holidays: new Set(), adjustedWorkdays: new Set() };
      byYear.set(year, entry);
    }
    return entry;
  };
  for (const date of Object.keys(table.holidays)) yearEntry(date).holidays.add(date);
  for (const date of Object.keys(table.workdays)) yearEntry(date).adjustedWorkdays.add(date);
  return byYear;
}

// The Gregorian date of a lunar date (not in a leap month). getSolarDateFromLunar reads its argument and writes
// its answer through local-time Date fields, so a Date built from local fields round-trips in every time zone,
// where a 'YYYY-MM-DD' string would be read as UTC and shift. Its tables cover lunar years 1900–2100.
export function solarDateOfLunar(lunarYear: number, lunarMonth: number, lunarDay: number): IsoDate {
  const { date } = chineseDays.getSolarDateFromLunar(new Date(lunarYear, lunarMonth - 1, lunarDay));
  if (!isIsoDate(date)) throw new Error(`chinese-days gave no date for lunar ${lunarYear}-${lunarMonth}-${lunarDay}`);
  return date;
}
