import { z } from 'zod';
import { DATE_YEAR_MAX, DATE_YEAR_MIN } from '../form/date-fields.ts';
import { dateProblem } from '../form/date-problem.ts';
import { jsonProblem } from '../json-problem.ts';
import type { NamedDay } from './calendar.ts';
import { weekdayOf, yearOf, type IsoDate } from './iso-date.ts';

// A calendar pack carries the State Council's holiday schedule for whole years the app has no data for
// (docs/calendar-pack.md). Parsing is all-or-nothing: a pack with any problem is refused as a whole, with every
// problem named, and nothing else changes.
export const CALENDAR_PACK_FORMAT = 'liuhen-calendar-pack';
export const CALENDAR_PACK_FORMAT_VERSION = 1;
// A real pack is a few kilobytes; anything near this is not a calendar.
export const CALENDAR_PACK_MAX_BYTES = 1_048_576;
const TITLE_MAX_CHARS = 100;
const SOURCE_MAX_CHARS = 300;
const DAY_NAME_MAX_CHARS = 30;
const WEEKDAY_LABELS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

export interface CalendarPack {
  formatVersion: typeof CALENDAR_PACK_FORMAT_VERSION;
  title: string;
  source: string;
  years: number[];
  holidays: NamedDay[];
  adjustedWorkdays: NamedDay[];
}

export type CalendarPackResult =
  | { ok: true; pack: CalendarPack }
  | { ok: false; message: string; problems: string[] };

const packDateSchema = z.string({ error: '应为“YYYY-MM-DD”格式的日期文字' }).superRefine((value, context) => {
  const problem = dateProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: `“${value}”${problem}` });
});

function boundedText(maxChars: number) {
  const message = `应为1至${maxChars}个字的文字`;
  return z
    .string({ error: message })
    .trim()
    .refine((value) => value.length > 0 && [...value].length <= maxChars, message);
}

function strict<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `有不认识的字段：${issue.keys.join('、')}` : '应为一个 JSON 对象',
  });
}

const namedDaySchema = strict({ date: packDateSchema, name: boundedText(DAY_NAME_MAX_CHARS) });
const yearSchema = z
  .number({ error: '年份应为整数' })
  .int('年份应为整数')
  .min(DATE_YEAR_MIN, `年份应在${DATE_YEAR_MIN}至${DATE_YEAR_MAX}之间`)
  .max(DATE_YEAR_MAX, `年份应在${DATE_YEAR_MIN}至${DATE_YEAR_MAX}之间`);

const packSchema = strict({
  format: z.literal(CALENDAR_PACK_FORMAT, { error: `应为“${CALENDAR_PACK_FORMAT}”` }),
  formatVersion: z.literal(CALENDAR_PACK_FORMAT_VERSION, { error: `应为数字 ${CALENDAR_PACK_FORMAT_VERSION}` }),
  title: boundedText(TITLE_MAX_CHARS),
  source: boundedText(SOURCE_MAX_CHARS),
  years: z.array(yearSchema, { error: '应为年份列表，例如 [2027]' }).min(1, '至少应列出一个年份'),
  holidays: z.array(namedDaySchema, { error: '应为节假日列表' }),
  adjustedWorkdays: z.array(namedDaySchema, { error: '应为调休上班日列表' }),
});

export function parseCalendarPack(text: string): CalendarPackResult {
  // UTF-8 never takes fewer bytes than UTF-16 code units, so text this long came from a file this large.
  if (text.length > CALENDAR_PACK_MAX_BYTES) {
    return refusePack([`文件过大（超过${CALENDAR_PACK_MAX_BYTES}字节），不是日历包`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refusePack([jsonProblem(error)]);
  }
  const header = headerProblem(json);
  if (header) return refusePack([header]);
  const parsed = packSchema.safeParse(json);
  if (!parsed.success) {
    return refusePack(parsed.error.issues.map((issue) => `${describePath(issue.path)}：${issue.message}`));
  }
  const { formatVersion, title, source, years, holidays, adjustedWorkdays } = parsed.data;
  const pack: CalendarPack = { formatVersion, title, source, years, holidays, adjustedWorkdays };
  const problems = consistencyProblems(pack);
  return problems.length > 0 ? refusePack(problems) : { ok: true, pack };
}

// The one shape every refusal takes, whether the file could not be read or its content is wrong.
export function refusePack(problems: string[]): CalendarPackResult {
  const message = [`日历包有${problems.length}处问题，未导入，当前日历未作任何改动：`, ...problems].join('\n');
  return { ok: false, message, problems };
}

// Checked before the rest so a file from elsewhere, or from a later version of the app, gets one clear answer
// instead of a list of every field that differs.
function headerProblem(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return '日历包应为一个 JSON 对象（以“{”开头）';
  }
  const { format, formatVersion } = json as { format?: unknown; formatVersion?: unknown };
  if (format !== CALENDAR_PACK_FORMAT) {
    return `format：应为“${CALENDAR_PACK_FORMAT}”，该文件不是留痕日历包`;
  }
  if (typeof formatVersion !== 'number') return `formatVersion：应为数字 ${CALENDAR_PACK_FORMAT_VERSION}`;
  if (formatVersion !== CALENDAR_PACK_FORMAT_VERSION) {
    return (
      `formatVersion：日历包格式版本为 ${formatVersion}，本程序只能读取版本 ${CALENDAR_PACK_FORMAT_VERSION}；` +
      '请使用与本程序相符的日历包，或升级留痕'
    );
  }
  return undefined;
}

// ['holidays', 2, 'date'] → 'holidays 第3项的 date': positions counted from 1, as a person reads the list.
function describePath(path: readonly PropertyKey[]): string {
  let described = '';
  let previousWasIndex = false;
  for (const segment of path) {
    if (typeof segment === 'number') {
      described += ` 第${segment + 1}项`;
      previousWasIndex = true;
    } else {
      described += described === '' ? String(segment) : previousWasIndex ? `的 ${String(segment)}` : `.${String(segment)}`;
      previousWasIndex = false;
    }
  }
  return described === '' ? '日历包' : described;
}

type PackBody = Omit<CalendarPack, 'formatVersion'>;
type ListName = 'holidays' | 'adjustedWorkdays';

function consistencyProblems(pack: PackBody): string[] {
  return [
    ...duplicateYearProblems(pack.years),
    ...listProblems(pack, 'holidays'),
    ...listProblems(pack, 'adjustedWorkdays'),
    ...overlapProblems(pack),
    ...adjustedWorkdayWeekdayProblems(pack),
    ...emptyYearProblems(pack),
  ];
}

function duplicateYearProblems(years: number[]): string[] {
  return years.flatMap((year, index) =>
    years.indexOf(year) === index ? [] : [`years 第${index + 1}项：${year}年重复列出`],
  );
}

function listProblems(pack: PackBody, list: ListName): string[] {
  const covered = pack.years.map((year) => `${year}年`).join('、');
  const firstIndexOf = new Map<IsoDate, number>();
  return pack[list].flatMap(({ date }, index) => {
    const problems: string[] = [];
    const where = `${list} 第${index + 1}项`;
    if (!pack.years.includes(yearOf(date))) {
      problems.push(`${where}：${date} 不在日历包覆盖的年份（${covered}）之内`);
    }
    const first = firstIndexOf.get(date);
    if (first === undefined) firstIndexOf.set(date, index);
    else problems.push(`${where}：${date} 已在第${first + 1}项列出，不能重复`);
    return problems;
  });
}

function overlapProblems(pack: PackBody): string[] {
  return pack.adjustedWorkdays.flatMap(({ date }, index) => {
    const holidayIndex = pack.holidays.findIndex((holiday) => holiday.date === date);
    if (holidayIndex < 0) return [];
    return [
      `${date} 既列为节假日（holidays 第${holidayIndex + 1}项），又列为调休上班日（adjustedWorkdays 第${index + 1}项），只能是其中之一`,
    ];
  });
}

// 调休 moves work onto a weekend; a weekday is a working day anyway, so listing one is a mistake in the pack.
function adjustedWorkdayWeekdayProblems(pack: PackBody): string[] {
  return pack.adjustedWorkdays.flatMap(({ date }, index) => {
    const weekday = weekdayOf(date);
    if (weekday === 0 || weekday === 6) return [];
    return [`adjustedWorkdays 第${index + 1}项：${date} 是${WEEKDAY_LABELS[weekday]}，调休上班日应为星期六或星期日`];
  });
}

// Every year has 元旦, 春节 and the rest; a covered year without a single holiday would silently read as
// plain weeks, which is exactly what a pack is there to prevent.
function emptyYearProblems(pack: PackBody): string[] {
  return pack.years
    .filter((year, index) => pack.years.indexOf(year) === index)
    .filter((year) => !pack.holidays.some(({ date }) => yearOf(date) === year))
    .map((year) => `years 列出了${year}年，但 holidays 中没有该年的任何节假日`);
}
