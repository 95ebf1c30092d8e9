import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../src-main/core/calendar/built-in-calendar.ts';
import { deadlineStatus } from '../../src-main/shared/calendar/deadline-status.ts';
import { addDays, dayNumberOf, isoDateOf } from '../../src-main/shared/calendar/iso-date.ts';

const calendar = builtInCalendar();

describe('how a record stands against its deadline', () => {
  it.each([
    ['the day it was learned', '2026-09-30', 5, false],
    ['in the 国庆 break, no working day used yet', '2026-10-05', 5, false],
    ['the first working day after the break', '2026-10-08', 4, false],
    ['the 10-10 调休 Saturday', '2026-10-10', 2, false],
    ['the deadline itself', '2026-10-13', 0, false],
    ['one working day late', '2026-10-14', -1, true],
    ['the Saturday after, three working days late', '2026-10-17', -3, true],
  ])('learned 2026-09-30, today %s (%s): %i working days, overdue %s', (_label, today, remaining, overdue) => {
    expect(deadlineStatus({ learnedOn: '2026-09-30', today, calendar })).toEqual({
      deadline: '2026-10-13',
      workingDaysRemaining: remaining,
      overdue,
      estimated: false,
    });
  });

  it('is overdue on the rest day straight after a Friday deadline, by 0 working days', () => {
    const status = deadlineStatus({ learnedOn: '2026-03-06', today: '2026-03-14', calendar });
    expect(status).toEqual({ deadline: '2026-03-13', workingDaysRemaining: 0, overdue: true, estimated: false });
    expect(Object.is(status.workingDaysRemaining, 0)).toBe(true);
  });

  it('is estimated when the deadline is exact but today lies in an unloaded year', () => {
    const status = deadlineStatus({ learnedOn: '2026-12-18', today: '2027-01-08', calendar });
    expect(status).toMatchObject({ deadline: '2026-12-25', overdue: true, estimated: true });
    expect(status.workingDaysRemaining).toBe(-9);
    expect(status.explanation).toMatch(/^2027年的/);
  });

  it('is estimated when the deadline itself is', () => {
    expect(deadlineStatus({ learnedOn: '2026-12-28', today: '2026-12-29', calendar })).toMatchObject({
      deadline: '2027-01-05',
      workingDaysRemaining: 4,
      overdue: false,
      estimated: true,
    });
  });

  it('always: 5 on the day learned; never negative before the deadline, never positive after', () => {
    const days = fc.integer({ min: dayNumberOf('2004-01-01'), max: dayNumberOf('2028-12-31') }).map(isoDateOf);
    fc.assert(
      fc.property(days, fc.integer({ min: -10, max: 40 }), (learnedOn, offsetDays) => {
        expect(deadlineStatus({ learnedOn, today: learnedOn, calendar }).workingDaysRemaining).toBe(5);
        const status = deadlineStatus({ learnedOn, today: addDays(learnedOn, offsetDays), calendar });
        expect(status.overdue).toBe(addDays(learnedOn, offsetDays) > status.deadline);
        if (status.overdue) expect(status.workingDaysRemaining).toBeLessThanOrEqual(0);
        else expect(status.workingDaysRemaining).toBeGreaterThanOrEqual(0);
        expect(status.explanation !== undefined).toBe(status.estimated);
      }),
      { numRuns: 300 },
    );
  });
});
