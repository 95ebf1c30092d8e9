import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  chinaDateOf,
  dayNumberOf,
  isIsoDate,
  isoDateOf,
  weekdayOf,
} from '../../src-main/shared/calendar/iso-date.ts';

const MS_PER_DAY = 86_400_000;
// Days 1900-01-01 … 2199-12-31, the range anything here could plausibly touch, and then some.
const dayNumbers = fc.integer({ min: -25_567, max: 84_005 });

describe('calendar dates', () => {
  it('agree with UTC Date arithmetic on every day number', () => {
    fc.assert(
      fc.property(dayNumbers, (dayNumber) => {
        const reference = new Date(dayNumber * MS_PER_DAY);
        const date = isoDateOf(dayNumber);
        expect(date).toBe(reference.toISOString().slice(0, 10));
        expect(dayNumberOf(date)).toBe(dayNumber);
        expect(weekdayOf(date)).toBe(reference.getUTCDay());
      }),
    );
  });

  it('add days across months, leap days and years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2026-10-13', -14)).toBe('2026-09-29');
  });

  it.each(['2027-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-9-1', '20260901', ' 2026-09-01', ''])(
    'refuse %j',
    (text) => {
      expect(isIsoDate(text)).toBe(false);
      expect(() => dayNumberOf(text)).toThrow(RangeError);
    },
  );

  it('take today in China from an instant, whatever the machine’s zone', () => {
    expect(chinaDateOf(new Date('2026-09-30T15:59:59Z'))).toBe('2026-09-30');
    expect(chinaDateOf(new Date('2026-09-30T16:00:00Z'))).toBe('2026-10-01');
    expect(chinaDateOf(new Date('2026-10-01T00:00:00+08:00'))).toBe('2026-10-01');
    expect(chinaDateOf(new Date('2026-09-30T23:59:59-07:00'))).toBe('2026-10-01');
  });
});
