import { z } from 'zod';
import type { IsoDate } from '../calendar/iso-date.ts';
import { dateProblem } from './date-problem.ts';

// The years the calendar can reason about (its lunar and solar-term arithmetic is for this century); the rule
// itself dates from 2023, so nothing real falls outside.
export const DATE_YEAR_MIN = 2000;
export const DATE_YEAR_MAX = 2099;

// A time on the form is China time as the handler read it off a clock: a date, or a date and a minute.
// It carries no zone suffix because it is never an instant to convert, only words to print.
export type ChinaDateTime = string;
const DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):[0-5]\d)?$/;

// Why a date on the form cannot be taken, or undefined.
export function formDateProblem(date: string): string | undefined {
  const problem = dateProblem(date);
  if (problem) return problem;
  const year = Number(date.slice(0, 4));
  if (year < DATE_YEAR_MIN || year > DATE_YEAR_MAX) return `应在${DATE_YEAR_MIN}年至${DATE_YEAR_MAX}年之间`;
  return undefined;
}

// A required date text: empty is "请填写…", anything else is checked by `problemOf` and named with its value.
function checkedDateText(subject: string, problemOf: (value: string) => string | undefined) {
  return z
    .string({ error: `请填写${subject}` })
    .trim()
    .superRefine((value, context) => {
      if (value.length === 0) {
        context.addIssue({ code: 'custom', message: `请填写${subject}` });
        return;
      }
      const problem = problemOf(value);
      if (problem) context.addIssue({ code: 'custom', message: `${subject}“${value}”${problem}` });
    });
}

export function dateField(subject: string) {
  return checkedDateText(subject, formDateProblem);
}

export function dateTimeField(subject: string) {
  return checkedDateText(subject, formDateTimeProblem);
}

export function formDateTimeProblem(value: string): string | undefined {
  const match = DATE_TIME_PATTERN.exec(value);
  return match?.[1] === undefined
    ? '不是“YYYY-MM-DD”或“YYYY-MM-DDTHH:mm”格式的时间（例如 2026-09-30 或 2026-09-30T14:30）'
    : formDateProblem(match[1]);
}

// A date the calendar can reason about: what the assessment may count working days from.
export function isFormDate(date: string): boolean {
  return formDateProblem(date) === undefined;
}

export function datePartOf(dateTime: ChinaDateTime): IsoDate {
  return dateTime.slice(0, 'YYYY-MM-DD'.length);
}

// "Not after today" depends on the clock, so it is checked only where the handler writes (the editor, the channels
// that save or finalize a draft); a stored or imported record is never refused for it, as another clock may differ.
export function futureDateProblem(subject: string, date: IsoDate, today: IsoDate): string | undefined {
  return date > today ? `${subject}不能晚于今天（${today}）` : undefined;
}
