// 'YYYY-MM-DD' as a Chinese reader writes a date: 2026年10月13日.
export function formatDay(date: string): string {
  const [year, month, day] = date.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}
