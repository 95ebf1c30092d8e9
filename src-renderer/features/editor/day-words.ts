import type { Dayjs } from 'dayjs';

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

// How a date field shows its value: 2026年9月30日, or 2026年9月30日 14:30.
export const DAY_TEXT = 'YYYY年M月D日';
export const MINUTE_TEXT = 'YYYY年M月D日 HH:mm';

// The day with its weekday, so a handler reading it back can tell a slip of one day at a glance.
export function dayWords(day: Dayjs): string {
  return `${day.format(DAY_TEXT)} ${WEEKDAYS[day.day()] ?? ''}`;
}
