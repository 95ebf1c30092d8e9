import { scheduledDayKind, type Calendar, type YearSchedule } from '../../shared/calendar/calendar.ts';
import { yearOf } from '../../shared/calendar/iso-date.ts';
import { statutoryHolidays } from './statutory-holidays.ts';

// The bottom layer, for years nobody has loaded a schedule for: weekends plus the statutory days of the 2024
// 放假办法, with no 补假 and no 调休. Every year it answers for reports coverage 'none', so no caller can take
// its answers for the official schedule.
export function estimatedCalendar(): Calendar {
  const schedules = new Map<number, YearSchedule>();
  const scheduleOf = (year: number): YearSchedule => {
    let schedule = schedules.get(year);
    if (!schedule) {
      schedule = { holidays: new Set(statutoryHolidays(year).map(({ date }) => date)), adjustedWorkdays: new Set() };
      schedules.set(year, schedule);
    }
    return schedule;
  };
  return {
    dayKind: (date) => scheduledDayKind(scheduleOf(yearOf(date)), date),
    coverage: () => 'none',
  };
}
