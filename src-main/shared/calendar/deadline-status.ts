import type { Calendar } from './calendar.ts';
import { estimateExplanation } from './estimate-explanation.ts';
import type { IsoDate } from './iso-date.ts';
import { reportDeadline } from './report-deadline.ts';
import { workingDaysBetween } from './working-days.ts';

export interface DeadlineStatus {
  deadline: IsoDate;
  // Working days in (today, deadline] while not overdue: 5 on the day the handler learned, 0 on the deadline
  // itself. Once overdue, minus the working days in (deadline, today]; a rest day straight after the deadline is
  // overdue by 0 working days, so read `overdue`, not the sign.
  workingDaysRemaining: number;
  overdue: boolean;
  // True when any day between the start, today and the deadline lies in a year whose schedule is not loaded.
  estimated: boolean;
  explanation?: string;
}

export function deadlineStatus({
  learnedOn,
  today,
  calendar,
}: {
  learnedOn: IsoDate;
  today: IsoDate;
  calendar: Calendar;
}): DeadlineStatus {
  const { deadline } = reportDeadline({ learnedOn, calendar });
  const overdue = today > deadline;
  const sinceStart = workingDaysBetween(calendar, learnedOn, deadline);
  const toToday = overdue ? workingDaysBetween(calendar, deadline, today) : workingDaysBetween(calendar, today, deadline);
  const estimatedYears = [...new Set([...sinceStart.estimatedYears, ...toToday.estimatedYears])].sort((a, b) => a - b);
  const status = {
    deadline,
    // 0 - n rather than -n: overdue by no working day is 0, not -0.
    workingDaysRemaining: overdue ? 0 - toToday.count : toToday.count,
    overdue,
    estimated: estimatedYears.length > 0,
  };
  return estimatedYears.length > 0 ? { ...status, explanation: estimateExplanation(estimatedYears) } : status;
}
