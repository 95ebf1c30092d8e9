import { daysInMonth } from '../calendar/iso-date.ts';

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Why a text is not a date, in words a person can act on; undefined when it is one.
export function dateProblem(text: string): string | undefined {
  const match = DATE_SHAPE.exec(text);
  if (!match) return '不是“YYYY-MM-DD”格式的日期（例如 2026-09-30）';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return '不是有效日期：月份应在01至12之间';
  const monthDays = daysInMonth(year, month);
  if (day < 1 || day > monthDays) return `不是有效日期：${year}年${month}月只有${monthDays}天`;
  return undefined;
}
