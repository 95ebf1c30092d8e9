import type { Calendar } from '../calendar/calendar.ts';
import { estimateExplanation } from '../calendar/estimate-explanation.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import { REPORT_DEADLINE_WORKING_DAYS, reportDeadline } from '../calendar/report-deadline.ts';
import { reportStartOf } from '../calendar/report-start.ts';
import { workingDaysBetween } from '../calendar/working-days.ts';
import type { InterventionRecord } from '../form/record.ts';

export const TIMELINESS_VERDICTS = ['onTime', 'late'] as const;
export type TimelinessVerdict = (typeof TIMELINESS_VERDICTS)[number];
export const TIMELINESS_VERDICT_LABELS: Readonly<Record<TimelinessVerdict, string>> = {
  onTime: `${REPORT_DEADLINE_WORKING_DAYS}个工作日内报告`,
  late: '逾期报告',
};

export interface Timeliness {
  // The intervention's day, or the later 发现日期: the earliest of the record's entries (第七条).
  reportStart: IsoDate;
  deadline: IsoDate;
  receivedOn: IsoDate;
  verdict: TimelinessVerdict;
  // Working days in (deadline, receivedOn]; 0 when on time. A record received on a rest day straight after the
  // deadline is late by 0 working days: read `verdict`, not this count.
  lateByWorkingDays: number;
  // True when a day the count passes lies in a year whose holiday schedule is not loaded.
  estimated: boolean;
  explanation?: string;
}

// The body reckons timeliness itself, from the record's own dates and the day it received the record, with the
// same working-day calendar the handler's deadline uses; it never takes the handler's word for it.
export function timelinessOf({
  record,
  receivedOn,
  calendar,
}: {
  record: Pick<InterventionRecord, 'entries'>;
  receivedOn: IsoDate;
  calendar: Calendar;
}): Timeliness {
  const reportStart = reportStartOf(record.entries);
  const { deadline } = reportDeadline({ learnedOn: reportStart, calendar });
  const toDeadline = workingDaysBetween(calendar, reportStart, deadline);
  const late = receivedOn > deadline;
  const afterDeadline = late ? workingDaysBetween(calendar, deadline, receivedOn) : { count: 0, estimatedYears: [] };
  const estimatedYears = [...new Set([...toDeadline.estimatedYears, ...afterDeadline.estimatedYears])].sort((a, b) => a - b);
  const timeliness: Timeliness = {
    reportStart,
    deadline,
    receivedOn,
    verdict: late ? 'late' : 'onTime',
    lateByWorkingDays: afterDeadline.count,
    estimated: estimatedYears.length > 0,
  };
  return estimatedYears.length > 0 ? { ...timeliness, explanation: estimateExplanation(estimatedYears) } : timeliness;
}

// How the inbox and the summary word it, e.g. "逾期3个工作日（推算）".
export function timelinessLabel(timeliness: Pick<Timeliness, 'verdict' | 'lateByWorkingDays' | 'estimated'>): string {
  const estimate = timeliness.estimated ? '（推算）' : '';
  if (timeliness.verdict === 'onTime') return `${TIMELINESS_VERDICT_LABELS.onTime}${estimate}`;
  const by = timeliness.lateByWorkingDays === 0 ? '（期限后的休息日收到）' : `${timeliness.lateByWorkingDays}个工作日`;
  return `逾期${by}${estimate}`;
}
