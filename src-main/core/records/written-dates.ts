import type { IsoDate } from '../../shared/calendar/iso-date.ts';
import { datePartOf, futureDateProblem, isFormDate } from '../../shared/form/date-fields.ts';
import { UserError } from '../../shared/errors.ts';
import type { RecordDraft } from '../../shared/form/record-draft.ts';

// The checks that depend on the clock, made where the handler writes (saving or finalizing a draft) and never on
// a stored record: a date cannot be after today, and 发现日期 cannot come before the intervention.
export function writtenDateProblems(draft: RecordDraft, today: IsoDate): string[] {
  const problems: (string | undefined)[] = [];
  if (draft.filedAt && isFormDate(draft.filedAt)) problems.push(futureDateProblem('填报时间', draft.filedAt, today));
  draft.entries.forEach((entry, index) => {
    const occurredOn = entry.occurredAt ? datePartOf(entry.occurredAt) : undefined;
    const hasOccurredOn = occurredOn !== undefined && isFormDate(occurredOn);
    if (hasOccurredOn) problems.push(futureDateProblem(`第${index + 1}项干预时间`, occurredOn, today));
    if (entry.learnedOn && isFormDate(entry.learnedOn)) {
      problems.push(futureDateProblem(`第${index + 1}项发现日期`, entry.learnedOn, today));
      if (hasOccurredOn && entry.learnedOn < occurredOn) problems.push(`第${index + 1}项发现日期不能早于干预时间`);
    }
  });
  return problems.filter((problem): problem is string => problem !== undefined);
}

export function requireWrittenDates(draft: RecordDraft, today: IsoDate): void {
  const problems = writtenDateProblems(draft, today);
  if (problems.length > 0) throw new UserError('INVALID_DATE', `日期有误：${problems.join('；')}。`);
}
