import { overlaySchedules, type Calendar, type YearSchedule } from './calendar.ts';
import type { CalendarPack } from './calendar-pack.ts';

// Imported packs over a calendar: each pack replaces whatever the calendar had for the years it covers, later
// packs over earlier ones. Pure: the calendar passed in is left as it was, so refusing a pack changes nothing.
export function applyCalendarPacks(calendar: Calendar, packs: readonly CalendarPack[]): Calendar {
  return packs.reduce((below, pack) => overlaySchedules(below, schedulesOf(pack), 'pack'), calendar);
}

function schedulesOf(pack: CalendarPack): ReadonlyMap<number, YearSchedule> {
  return new Map(
    pack.years.map((year) => {
      const inYear = ({ date }: { date: string }) => date.startsWith(`${year}-`);
      return [
        year,
        {
          holidays: new Set(pack.holidays.filter(inYear).map(({ date }) => date)),
          adjustedWorkdays: new Set(pack.adjustedWorkdays.filter(inYear).map(({ date }) => date)),
        },
      ];
    }),
  );
}
