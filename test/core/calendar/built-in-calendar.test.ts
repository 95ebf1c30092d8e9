import { vi } from 'vitest';

// chinese-days builds its lookup maps through local-time Date fields at import, which is only right at or east
// of Greenwich; the cross-checks below need the library right, so it is loaded as China would load it.
vi.hoisted(() => {
  process.env.TZ = 'Asia/Shanghai';
});

import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../../src-main/core/calendar/built-in-calendar.ts';
import { chineseDaysSchedules } from '../../../src-main/core/calendar/chinese-days-source.ts';
import { addDays, isWeekend } from '../../../src-main/shared/calendar/iso-date.ts';
import { reportDeadline } from '../../../src-main/shared/calendar/report-deadline.ts';

const FIRST_YEAR = 2004;
const LAST_YEAR = 2026;

function* daysOf(first: string, last: string) {
  for (let date = first; date <= last; date = addDays(date, 1)) yield date;
}

function localMidnight(date: string): Date {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

describe('the built-in calendar', () => {
  const calendar = builtInCalendar();

  it(`covers exactly ${FIRST_YEAR}–${LAST_YEAR} with chinese-days 1.5.7 (a newer chinese-days will fail this: check its years, then update the docs)`, () => {
    expect([...chineseDaysSchedules().keys()].sort()).toEqual(
      Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, index) => FIRST_YEAR + index),
    );
    expect(calendar.coverage(FIRST_YEAR - 1)).toBe('none');
    expect(calendar.coverage(FIRST_YEAR)).toBe('builtIn');
    expect(calendar.coverage(LAST_YEAR)).toBe('builtIn');
    expect(calendar.coverage(LAST_YEAR + 1)).toBe('none');
  });

  it('agrees with chinese-days’ isWorkday on every day it covers', () => {
    const disagreements: string[] = [];
    for (const date of daysOf(`${FIRST_YEAR}-01-01`, `${LAST_YEAR}-12-31`)) {
      const expected = chineseDays.isWorkday(localMidnight(date)) ? 'workday' : 'restday';
      if (calendar.dayKind(date) !== expected) disagreements.push(date);
    }
    expect(disagreements).toEqual([]);
  });

  it('lists only weekends as 调休 working days', () => {
    const weekdays = [...chineseDaysSchedules().values()].flatMap(({ adjustedWorkdays }) =>
      [...adjustedWorkdays].filter((date) => !isWeekend(date)),
    );
    expect(weekdays).toEqual([]);
  });

  it('gives the same deadline as chinese-days’ findWorkday(5, day) for every day whose deadline it covers', () => {
    const disagreements: string[] = [];
    for (const learnedOn of daysOf(`${FIRST_YEAR}-01-01`, `${LAST_YEAR}-12-20`)) {
      const { deadline, estimated } = reportDeadline({ learnedOn, calendar });
      if (estimated) continue;
      const expected = chineseDays.findWorkday(5, localMidnight(learnedOn));
      if (deadline !== expected) disagreements.push(`${learnedOn}: ${deadline} ≠ ${expected}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('is a plain week outside holidays: weekends rest, weekdays work', () => {
    expect(calendar.dayKind('2026-03-07')).toBe('restday');
    expect(calendar.dayKind('2026-03-09')).toBe('workday');
    expect(calendar.dayKind('2026-10-10')).toBe('workday');
    expect(calendar.dayKind('2026-10-05')).toBe('restday');
  });
});
