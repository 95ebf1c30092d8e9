// China keeps UTC+8 all year (no daylight saving since 1991), so an instant reads the same on every clock there.
const CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;

// 'YYYY-MM-DD' as a Chinese reader writes a date: 2026年10月13日.
export function formatDay(date: string): string {
  const [year, month, day] = date.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
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
