import type { Calendar } from './calendar.ts';
import { estimateExplanation } from './estimate-explanation.ts';
import { addDays, yearOf, type IsoDate } from './iso-date.ts';

// 第七条, 填表说明5: the sealed form reaches the discipline body "于5个工作日内".
export const REPORT_DEADLINE_WORKING_DAYS = 5;

export interface ReportDeadline {
  deadline: IsoDate;
  // True when some day in (learnedOn, deadline] lies in a year whose schedule is not loaded.
  estimated: boolean;
  // Present exactly when estimated: which years, how the date was reckoned, how to make it exact.
  explanation?: string;
}

// The last day to report: counting starts the day after the handler learned of the intervention, and only
// working days count (weekends and statutory holidays skipped, 调休 weekend working days counted). Dates are
// those the form accepts (2000–2099); a window reaching into 2100 is estimated from its fixed-date holidays.
export function reportDeadline({ learnedOn, calendar }: { learnedOn: IsoDate; calendar: Calendar }): ReportDeadline {
  let date = learnedOn;
  let counted = 0;
  const estimatedYears = new Set<number>();
  while (counted < REPORT_DEADLINE_WORKING_DAYS) {
    date = addDays(date, 1);
    if (calendar.coverage(yearOf(date)) === 'none') estimatedYears.add(yearOf(date));
    if (calendar.dayKind(date) === 'workday') counted += 1;
  }
  return withEstimate(date, [...estimatedYears]);
}

function withEstimate(deadline: IsoDate, estimatedYears: number[]): ReportDeadline {
  if (estimatedYears.length === 0) return { deadline, estimated: false };
  return { deadline, estimated: true, explanation: estimateExplanation(estimatedYears.sort((a, b) => a - b)) };
}
