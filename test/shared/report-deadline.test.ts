import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCalendarPacks } from '../../src-main/shared/calendar/apply-calendar-packs.ts';
import { builtInCalendar } from '../../src-main/core/calendar/built-in-calendar.ts';
import type { Calendar } from '../../src-main/shared/calendar/calendar.ts';
import { parseCalendarPack } from '../../src-main/shared/calendar/calendar-pack.ts';
import { estimatedCalendar } from '../../src-main/core/calendar/estimated-calendar.ts';
import { addDays, dayNumberOf, isoDateOf, yearOf } from '../../src-main/shared/calendar/iso-date.ts';
import { reportDeadline } from '../../src-main/shared/calendar/report-deadline.ts';
import { reportStartOf } from '../../src-main/shared/calendar/report-start.ts';

const builtIn = builtInCalendar();
const examplePack = parseCalendarPack(
  readFileSync(new URL('../../docs/examples/calendar-pack-2027.json', import.meta.url), 'utf8'),
);
if (!examplePack.ok) throw new Error(examplePack.message);
const withPack2027 = applyCalendarPacks(builtIn, [examplePack.pack]);

describe('the 5-working-day deadline with the built-in calendar', () => {
  it.each([
    ['春节 2026: Thursday before the break', '2026-02-12', '2026-02-26'],
    ['春节 2026: the eve of the break, across the 2-14 调休 Saturday', '2026-02-13', '2026-02-27'],
    ['春节 2026: learned during the break, ending on the 2-28 调休 Saturday', '2026-02-20', '2026-02-28'],
    ['国庆 2026: the issue’s example, via the 10-10 调休 Saturday', '2026-09-30', '2026-10-13'],
    ['国庆 2026: learned the day before the 10-10 调休 Saturday', '2026-10-09', '2026-10-15'],
    ['中秋 2026: across the 9-20 调休 Sunday and the 9-25 break', '2026-09-18', '2026-09-24'],
    ['元旦 2026: across 1-1 to 1-3 and the 1-4 调休 Sunday', '2025-12-30', '2026-01-07'],
    ['元旦 2026: learned on New Year’s Eve', '2025-12-31', '2026-01-08'],
    ['a plain week: learned on a Saturday', '2026-03-07', '2026-03-13'],
    ['the last deadline inside the built-in years', '2026-12-24', '2026-12-31'],
  ])('%s: %s → %s, exact', (_label, learnedOn, deadline) => {
    expect(reportDeadline({ learnedOn, calendar: builtIn })).toEqual({ deadline, estimated: false });
  });

  it.each([
    ['2026-12-25', '2027-01-04'],
    ['2026-12-28', '2027-01-05'],
    ['2027-02-04', '2027-02-15'],
    ['2027-09-30', '2027-10-08'],
  ])('into 2027, which it has no schedule for: %s → %s, estimated and explained', (learnedOn, deadline) => {
    const result = reportDeadline({ learnedOn, calendar: builtIn });
    expect(result.deadline).toBe(deadline);
    expect(result.estimated).toBe(true);
    expect(result.explanation).toMatch(/^2027年的国务院节假日安排尚未载入本程序。/);
    expect(result.explanation).toContain('《全国年节及纪念日放假办法》（2024年修订）');
    expect(result.explanation).toContain('请导入包含该年安排的日历包');
  });
});

describe('the deadline once a 2027 pack is imported', () => {
  it.each([
    ['across 元旦 2027', '2026-12-28', '2027-01-05'],
    ['across 春节 2027 as the pack sets it, not as estimated', '2027-02-04', '2027-02-19'],
    ['across 国庆 2027 and its 10-09 调休 Saturday', '2027-09-30', '2027-10-13'],
    ['onto the 2-20 调休 Saturday', '2027-02-15', '2027-02-20'],
  ])('%s: %s → %s, exact', (_label, learnedOn, deadline) => {
    expect(reportDeadline({ learnedOn, calendar: withPack2027 })).toEqual({ deadline, estimated: false });
  });

  it('is estimated again past the pack’s last year, naming only that year', () => {
    const result = reportDeadline({ learnedOn: '2027-12-29', calendar: withPack2027 });
    expect(result).toMatchObject({ deadline: '2028-01-05', estimated: true });
    expect(result.explanation).toMatch(/^2028年的/);
  });
});

describe('properties', () => {
  const startsAround = (first: string, last: string) =>
    fc.integer({ min: dayNumberOf(first), max: dayNumberOf(last) }).map(isoDateOf);
  const calendars: [string, Calendar][] = [
    ['built-in', builtIn],
    ['built-in + 2027 pack', withPack2027],
    ['estimate only', estimatedCalendar()],
  ];

  function walk(calendar: Calendar, after: string, through: string) {
    const days: string[] = [];
    for (let date = addDays(after, 1); date <= through; date = addDays(date, 1)) days.push(date);
    return {
      workingDays: days.filter((date) => calendar.dayKind(date) === 'workday').length,
      anyUnloaded: days.some((date) => calendar.coverage(yearOf(date)) === 'none'),
    };
  }

  it.each(calendars)(
    'with the %s calendar: the deadline is after the start, (start, deadline] holds exactly 5 working days ending on one, and estimated is set exactly when a day in it is unloaded',
    (_name, calendar) => {
      fc.assert(
        fc.property(startsAround('2003-06-01', '2028-06-30'), (learnedOn) => {
          const { deadline, estimated, explanation } = reportDeadline({ learnedOn, calendar });
          expect(deadline > learnedOn).toBe(true);
          const { workingDays, anyUnloaded } = walk(calendar, learnedOn, deadline);
          expect(workingDays).toBe(5);
          expect(calendar.dayKind(deadline)).toBe('workday');
          expect(estimated).toBe(anyUnloaded);
          expect(explanation !== undefined).toBe(estimated);
        }),
        { numRuns: 500 },
      );
    },
  );

  it('holds across the whole century the calendar reasons about', () => {
    fc.assert(
      fc.property(startsAround('2000-01-01', '2099-12-20'), (learnedOn) => {
        const { deadline } = reportDeadline({ learnedOn, calendar: builtIn });
        expect(walk(builtIn, learnedOn, deadline).workingDays).toBe(5);
      }),
      { numRuns: 300 },
    );
  });
});

describe('at the end of the calendar’s century', () => {
  // A form may be dated up to 2099-12-31, so its window may run into 2100, where neither 清明 nor the lunar
  // festivals are computed: the estimate skips weekends and 元旦 only, and says so, rather than fail.
  it.each([
    ['2099-12-28', '2100-01-05'],
    ['2099-12-30', '2100-01-07'],
    ['2099-12-31', '2100-01-08'],
  ])('gives an estimated deadline for %s, skipping 元旦 2100', (learnedOn, deadline) => {
    const result = reportDeadline({ learnedOn, calendar: builtIn });
    expect(result).toMatchObject({ deadline, estimated: true });
    expect(result.explanation).toContain('2100年');
  });
});

describe('where a record’s count starts', () => {
  it('from the earliest day the handler learned of any of its interventions', () => {
    expect(
      reportStartOf([
        { occurredAt: '2026-09-28T15:30', learnedOn: null },
        { occurredAt: '2026-09-20T09:00', learnedOn: '2026-09-29' },
        { occurredAt: '2026-09-27', learnedOn: null },
      ]),
    ).toBe('2026-09-27');
  });
});
