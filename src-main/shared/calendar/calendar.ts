import { isWeekend, yearOf, type IsoDate } from './iso-date.ts';

export const DAY_KINDS = ['workday', 'restday'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

// Where a year's schedule comes from: the data shipped with the app, an imported calendar pack, or nowhere —
// in which case the calendar's answers for that year are estimates.
export const COVERAGE_SOURCES = ['builtIn', 'pack', 'none'] as const;
export type CoverageSource = (typeof COVERAGE_SOURCES)[number];
export type LoadedSource = Exclude<CoverageSource, 'none'>;

// A day with the name a schedule gives it, e.g. { date: '2027-02-06', name: '春节' }.
export interface NamedDay {
  date: IsoDate;
  name: string;
}

export interface Calendar {
  dayKind(date: IsoDate): DayKind;
  coverage(year: number): CoverageSource;
}

// One year of a State Council holiday schedule: the days off (weekends inside a holiday run may be listed or
// not) and the 调休 weekend days that are worked.
export interface YearSchedule {
  holidays: ReadonlySet<IsoDate>;
  adjustedWorkdays: ReadonlySet<IsoDate>;
}

export function scheduledDayKind(schedule: YearSchedule, date: IsoDate): DayKind {
  if (schedule.adjustedWorkdays.has(date)) return 'workday';
  if (schedule.holidays.has(date) || isWeekend(date)) return 'restday';
  return 'workday';
}

// A calendar that answers from `schedules` for the years they hold and from `base` for every other year.
// Pure: `base` is left as it was.
export function overlaySchedules(
  base: Calendar,
  schedules: ReadonlyMap<number, YearSchedule>,
  source: LoadedSource,
): Calendar {
  return {
    dayKind: (date) => {
      const schedule = schedules.get(yearOf(date));
      return schedule ? scheduledDayKind(schedule, date) : base.dayKind(date);
    },
    coverage: (year) => (schedules.has(year) ? source : base.coverage(year)),
  };
}
