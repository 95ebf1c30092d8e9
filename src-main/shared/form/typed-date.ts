import type { IsoDate } from '../calendar/iso-date.ts';
import { DATE_YEAR_MAX, DATE_YEAR_MIN } from './date-fields.ts';
import { dateProblem } from './date-problem.ts';

// A date (and perhaps a minute) as a person types it: what the text says, or why it cannot be read.
export type TypedDateReading =
  | { ok: true; date: IsoDate; time: string | null }
  | { ok: false; problem: string };

export const TYPED_DATE_EXAMPLES = '“2026年9月30日 14:30”或“2026-09-30 14:30”';
const UNREADABLE = `无法识别为日期，请按${TYPED_DATE_EXAMPLES}的样子填写`;
const HOURS_PER_DAY = 24;
const MINUTES_PER_HOUR = 60;

// The day first: 2026-9-30, 2026/09/30, 2026.9.30 (one separator throughout), 2026年9月30日 (spaces allowed,
// 号 for 日, or no 日 before a time), 20260930. Whatever follows is the time.
const DATE_FORMS = [
  /^(\d{4}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{1,2})(?=$|[ T])/,
  /^(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?(?:[日号]|(?=$| ))/,
  /^(\d{4})(\d{2})(\d{2})(?=$|[ T])/,
];
// Then the time: 14:30 (seconds ignored), 1430, 14时30分, 14点30, 14点, 14点半.
const TIME_FORMS: [RegExp, (match: RegExpExecArray) => [string, string]][] = [
  [/^(\d{1,2}) ?: ?(\d{2})(?: ?: ?\d{2})?$/, (match) => [match[1] ?? '', match[2] ?? '']],
  [/^(\d{2})(\d{2})$/, (match) => [match[1] ?? '', match[2] ?? '']],
  [/^(\d{1,2}) ?[时点] ?(?:(\d{1,2}) ?分?|(半))?$/, (match) => [match[1] ?? '', match[3] ? '30' : (match[2] ?? '0')]],
];

// Full-width digits, colons, slashes and the ideographic space (what a pinyin input method types in its default
// mode) become their ASCII forms; runs of spaces become one.
function normalised(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

function readDate(text: string): { year: number; month: number; day: number; rest: string } | undefined {
  for (const form of DATE_FORMS) {
    const match = form.exec(text);
    if (!match) continue;
    const parts = match.length === 5 ? [match[1], match[3], match[4]] : [match[1], match[2], match[3]];
    const [year, month, day] = parts.map(Number) as [number, number, number];
    return { year, month, day, rest: text.slice(match[0].length).replace(/^[ T]/, '').trim() };
  }
  return undefined;
}

function readTime(text: string): { hour: number; minute: number } | undefined {
  for (const [form, partsOf] of TIME_FORMS) {
    const match = form.exec(text);
    if (match) {
      const [hour, minute] = partsOf(match).map(Number) as [number, number];
      return { hour, minute };
    }
  }
  return undefined;
}

const pad = (value: number) => String(value).padStart(2, '0');

// Reads what a handler typed into a date field, in any of the common ways of writing a date in China.
export function readTypedDate(typed: string): TypedDateReading {
  const text = normalised(typed);
  const date = readDate(text);
  if (!date) return { ok: false, problem: UNREADABLE };
  const time = date.rest === '' ? null : readTime(date.rest);
  if (time === undefined) return { ok: false, problem: UNREADABLE };
  if (date.year < DATE_YEAR_MIN || date.year > DATE_YEAR_MAX) {
    return { ok: false, problem: `年份应在${DATE_YEAR_MIN}年至${DATE_YEAR_MAX}年之间` };
  }
  const iso = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  const problem = dateProblem(iso);
  if (problem) return { ok: false, problem };
  if (time && (time.hour >= HOURS_PER_DAY || time.minute >= MINUTES_PER_HOUR)) {
    return { ok: false, problem: '不是有效时刻：小时应在0至23之间，分钟应在0至59之间' };
  }
  return { ok: true, date: iso, time: time ? `${pad(time.hour)}:${pad(time.minute)}` : null };
}
