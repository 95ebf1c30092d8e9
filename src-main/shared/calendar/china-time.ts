import { CHINA_UTC_OFFSET_MS, parseIsoDate, type IsoDate } from './iso-date.ts';

// 'YYYY-MM-DD' as a Chinese reader writes a date: 2026年10月13日. On paper and on screen alike; text that is no
// calendar date is shown as it is rather than guessed at.
export function formatChinaDate(date: IsoDate): string {
  const civil = parseIsoDate(date);
  return civil ? `${civil.year}年${civil.month}月${civil.day}日` : date;
}

// An instant main stamped (ISO 8601) as a clock in China shows it, whatever zone this computer is set to:
// 'YYYY-MM-DD HH:mm:ss'.
function chinaWallClock(instant: string): string {
  return new Date(Date.parse(instant) + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

export function chinaTimeOf(instant: string): string {
  return chinaWallClock(instant).slice('YYYY-MM-DD '.length);
}

export function chinaMinuteOf(instant: string): string {
  return chinaWallClock(instant).slice(0, 'YYYY-MM-DD HH:mm'.length);
}
