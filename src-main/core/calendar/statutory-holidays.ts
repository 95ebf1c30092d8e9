import type { NamedDay } from '../../shared/calendar/calendar.ts';
import { solarDateOfLunar } from './chinese-days-source.ts';
import { addDays, formatIsoDate } from '../../shared/calendar/iso-date.ts';
import { QINGMING_YEAR_MAX, QINGMING_YEAR_MIN, qingmingDate } from './qingming.ts';

// The days off for everyone under 《全国年节及纪念日放假办法》 as amended by the State Council on 2024-11-10
// (in force from 2025-01-01): 元旦1天, 春节4天（农历除夕、正月初一至初三）, 清明节1天（农历清明当日）,
// 劳动节2天（5月1日、2日）, 端午节1天（农历端午当日）, 中秋节1天（农历中秋当日）, 国庆节3天（10月1日至3日）.
// It says nothing of how a particular year's 补假 and 调休 will fall; only each year's State Council notice does.
// Outside the century whose solar terms and lunar calendar are computed, only the fixed-date holidays are known:
// a form dated late in 2099 has a reporting window running into 2100, which must be estimated, not fail.
export function statutoryHolidays(year: number): NamedDay[] {
  if (year < QINGMING_YEAR_MIN || year > QINGMING_YEAR_MAX) return fixedDateHolidays(year);
  const lunarNewYear = solarDateOfLunar(year, 1, 1);
  return [
    ...fixedDateHolidays(year),
    { date: addDays(lunarNewYear, -1), name: '春节' },
    { date: lunarNewYear, name: '春节' },
    { date: addDays(lunarNewYear, 1), name: '春节' },
    { date: addDays(lunarNewYear, 2), name: '春节' },
    { date: qingmingDate(year), name: '清明节' },
    { date: solarDateOfLunar(year, 5, 5), name: '端午节' },
    { date: solarDateOfLunar(year, 8, 15), name: '中秋节' },
  ].sort((a, b) => a.date.localeCompare(b.date));
}

function fixedDateHolidays(year: number): NamedDay[] {
  return [
    { date: formatIsoDate({ year, month: 1, day: 1 }), name: '元旦' },
    { date: formatIsoDate({ year, month: 5, day: 1 }), name: '劳动节' },
    { date: formatIsoDate({ year, month: 5, day: 2 }), name: '劳动节' },
    { date: formatIsoDate({ year, month: 10, day: 1 }), name: '国庆节' },
    { date: formatIsoDate({ year, month: 10, day: 2 }), name: '国庆节' },
    { date: formatIsoDate({ year, month: 10, day: 3 }), name: '国庆节' },
  ];
}
