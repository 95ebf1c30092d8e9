import type { Calendar } from '../../shared/calendar/calendar.ts';
import { addDays, yearOf, type IsoDate } from '../../shared/calendar/iso-date.ts';
import { reportDeadline } from '../../shared/calendar/report-deadline.ts';
import { reportStartOf } from '../../shared/calendar/report-start.ts';
import type { InterventionRecord } from '../../shared/form/record.ts';
import type { UnitSettings } from '../../shared/form/unit-settings.ts';
import { routeRecord, type RecipientRoute } from '../../shared/routing/route-record.ts';

export interface SealingFacts {
  // One envelope per recipient, in routeRecord's order.
  recipients: RecipientRoute[];
  sealedOn: IsoDate;
  deadline: IsoDate;
  // The years the count of working days runs through whose holiday schedule is not loaded; when there are any,
  // the deadline is an estimate.
  estimatedYears: number[];
}

export interface SealingContext {
  unit: UnitSettings;
  // The unit body's own name from the unit settings (e.g. 某省通信管理局纪检组); without it the envelope carries
  // the rule's generic 本单位纪检组织, which a mail room cannot deliver by itself.
  unitDisciplineBodyName?: string;
  calendar: Calendar;
  // The day the package is printed.
  printedOn: IsoDate;
}

// Where the sealed form goes and by when: 第七条/第九条 routing and the 5-working-day deadline counted from the
// day the handler learned of the earliest intervention on the form.
export function sealingFacts(record: InterventionRecord, context: SealingContext): SealingFacts {
  const { recipients } = routeRecord({ entries: record.entries, unit: context.unit });
  const learnedOn = reportStartOf(record.entries);
  const { deadline, estimated } = reportDeadline({ learnedOn, calendar: context.calendar });
  const bodyName = context.unitDisciplineBodyName?.trim();
  return {
    recipients: recipients.map((route) => (route.recipient === 'unitDisciplineBody' && bodyName ? { ...route, name: bodyName } : route)),
    // A form cannot be sealed before it was filled in: a clock behind the 填报时间 must not date the envelope earlier.
    sealedOn: context.printedOn < record.filedAt ? record.filedAt : context.printedOn,
    deadline,
    estimatedYears: estimated ? yearsWithoutSchedule(context.calendar, addDays(learnedOn, 1), deadline) : [],
  };
}

// The counted days run without a gap from `from` to `to`, so every year in between holds some of them.
function yearsWithoutSchedule(calendar: Calendar, from: IsoDate, to: IsoDate): number[] {
  const years: number[] = [];
  for (let year = yearOf(from); year <= yearOf(to); year += 1) if (calendar.coverage(year) === 'none') years.push(year);
  return years;
}
