import { vi } from 'vitest';

// As in built-in-calendar.test.ts: chinese-days is only right when loaded at or east of Greenwich.
vi.hoisted(() => {
  process.env.TZ = 'Asia/Shanghai';
});

import chineseDays from 'chinese-days';
import { afterEach, describe, expect, it } from 'vitest';
import { chineseDaysSchedules } from '../../../src-main/core/calendar/chinese-days-source.ts';
import { estimatedCalendar } from '../../../src-main/core/calendar/estimated-calendar.ts';
import { qingmingDate } from '../../../src-main/core/calendar/qingming.ts';
import { statutoryHolidays } from '../../../src-main/core/calendar/statutory-holidays.ts';

const YEARS = Array.from({ length: 100 }, (_, index) => 2000 + index);

describe('the statutory holidays of the 2024 放假办法', () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalZone;
  });

  it('for 2027: 元旦, 春节 (除夕 to 初三), 清明, 劳动节, 端午, 中秋, 国庆', () => {
    expect(statutoryHolidays(2027)).toEqual([
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-02-05', name: '春节' },
      { date: '2027-02-06', name: '春节' },
      { date: '2027-02-07', name: '春节' },
      { date: '2027-02-08', name: '春节' },
      { date: '2027-04-05', name: '清明节' },
      { date: '2027-05-01', name: '劳动节' },
      { date: '2027-05-02', name: '劳动节' },
      { date: '2027-06-09', name: '端午节' },
      { date: '2027-09-15', name: '中秋节' },
      { date: '2027-10-01', name: '国庆节' },
      { date: '2027-10-02', name: '国庆节' },
      { date: '2027-10-03', name: '国庆节' },
    ]);
  });

  it.each([2025, 2026])('are all days off in the official %i schedule, the years the 2024 rules apply to', (year) => {
    const official = chineseDaysSchedules().get(year);
    expect(official).toBeDefined();
    for (const { date } of statutoryHolidays(year)) expect(official?.holidays.has(date), date).toBe(true);
  });

  // 清明 has been a public holiday since the 2007 amendment took effect in 2008.
  it('put 清明 on a day the official schedule has off, every year since 2008', () => {
    const years = [...chineseDaysSchedules().keys()].filter((year) => year >= 2008);
    expect(years).toHaveLength(19);
    for (const year of years) {
      expect(chineseDaysSchedules().get(year)?.holidays.has(qingmingDate(year)), String(year)).toBe(true);
    }
  });

  it('put 清明 where chinese-days’ solar-term table does, for the whole century', () => {
    for (const year of YEARS) {
      expect(qingmingDate(year), String(year)).toBe(chineseDays.getSolarTermDate(year, 4, 'pure_brightness'));
    }
  });

  it('refuse to compute 清明 outside this century rather than guess', () => {
    expect(() => qingmingDate(1999)).toThrow(RangeError);
    expect(() => qingmingDate(2100)).toThrow(RangeError);
  });

  it.each(['America/Los_Angeles', 'Pacific/Pago_Pago', 'UTC', 'Europe/London', 'Pacific/Kiritimati'])(
    'come out the same when the machine is in %s',
    (zone) => {
      const inChina = YEARS.map((year) => statutoryHolidays(year));
      process.env.TZ = zone;
      expect(YEARS.map((year) => statutoryHolidays(year))).toEqual(inChina);
    },
  );
});

describe('the estimated calendar', () => {
  const calendar = estimatedCalendar();

  it('claims no year as loaded', () => {
    for (const year of [2004, 2026, 2027, 2099]) expect(calendar.coverage(year)).toBe('none');
  });

  it('rests on weekends and statutory days, works every other day, and knows no 调休', () => {
    expect(calendar.dayKind('2027-02-05')).toBe('restday');
    expect(calendar.dayKind('2027-02-08')).toBe('restday');
    expect(calendar.dayKind('2027-02-09')).toBe('workday');
    expect(calendar.dayKind('2027-10-04')).toBe('workday');
    expect(calendar.dayKind('2027-10-09')).toBe('restday');
  });
});
