// A calendar date in China, written 'YYYY-MM-DD'. Dates are never JavaScript Date objects inside the domain:
// arithmetic runs on whole day numbers with the proleptic Gregorian rules, so the machine's time zone never enters.
export type IsoDate = string;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export const DAYS_PER_WEEK = 7;
const MS_PER_DAY = 86_400_000;
// China has kept UTC+8 without daylight saving since 1992; every date this app handles is later than that.
export const CHINA_UTC_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// Day 0 (1970-01-01) was a Thursday; weekdays are numbered 0 = Sunday … 6 = Saturday.
const WEEKDAY_OF_DAY_ZERO = 4;
const DAYS_PER_400_YEARS = 146_097;
const DAYS_FROM_YEAR_ZERO_TO_EPOCH = 719_468;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// The parts of a well-formed, existing date ('2027-02-30' and '2026-9-1' are not); undefined otherwise.
export function parseIsoDate(text: string): CivilDate | undefined {
  const match = ISO_DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

function requireIsoDate(date: IsoDate): CivilDate {
  const civil = parseIsoDate(date);
  if (!civil) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
  return civil;
}

// Howard Hinnant's days_from_civil: whole days since 1970-01-01, exact for every Gregorian date.
export function dayNumberOf(date: IsoDate): number {
  const { year, month, day } = requireIsoDate(date);
  const marchBasedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchBasedYear / 400);
  const yearOfEra = marchBasedYear - era * 400;
  const marchBasedMonth = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * marchBasedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_400_YEARS + dayOfEra - DAYS_FROM_YEAR_ZERO_TO_EPOCH;
}

// The inverse, civil_from_days.
export function isoDateOf(dayNumber: number): IsoDate {
  const shifted = dayNumber + DAYS_FROM_YEAR_ZERO_TO_EPOCH;
  const era = Math.floor(shifted / DAYS_PER_400_YEARS);
  const dayOfEra = shifted - era * DAYS_PER_400_YEARS;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchBasedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * marchBasedMonth + 2) / 5) + 1;
  const month = marchBasedMonth < 10 ? marchBasedMonth + 3 : marchBasedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate({ year, month, day });
}

export function formatIsoDate({ year, month, day }: CivilDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDateOf(dayNumberOf(date) + days);
}

export function yearOf(date: IsoDate): number {
  return requireIsoDate(date).year;
}

export function weekdayOf(date: IsoDate): number {
  // % keeps the dividend's sign (and makes -0 of -7); adding a week before the second % folds both away.
  return (((dayNumberOf(date) + WEEKDAY_OF_DAY_ZERO) % DAYS_PER_WEEK) + DAYS_PER_WEEK) % DAYS_PER_WEEK;
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

// Today's date in China for an instant, e.g. from the injected clock. Never the machine's local date.
export function chinaDateOf(instant: Date): IsoDate {
  return isoDateOf(Math.floor((instant.getTime() + CHINA_UTC_OFFSET_MS) / MS_PER_DAY));
}
