import { formatIsoDate, type IsoDate } from '../../shared/calendar/iso-date.ts';

// 清明 is a solar term, not a lunar date. This is the standard 21st-century approximation (寿星公式:
// day = ⌊Y·D + C⌋ − ⌊Y/4⌋, Y the last two digits of the year, D = 0.2422, C = 4.81 for 清明), the same
// formula chinese-days uses in getSolarTermDate, which cannot be called directly because it formats its answer
// in the machine's local time zone. chinese-days lists no corrections to it for 清明 in 2000–2099.
const QINGMING_MONTH = 4;
const TROPICAL_YEAR_FRACTION = 0.2422;
const QINGMING_CONSTANT_21ST_CENTURY = 4.81;
export const QINGMING_YEAR_MIN = 2000;
export const QINGMING_YEAR_MAX = 2099;

export function qingmingDate(year: number): IsoDate {
  if (!Number.isInteger(year) || year < QINGMING_YEAR_MIN || year > QINGMING_YEAR_MAX) {
    throw new RangeError(`清明 is computed for ${QINGMING_YEAR_MIN}–${QINGMING_YEAR_MAX} only, not ${year}`);
  }
  const yearInCentury = year % 100;
  const day =
    Math.floor(yearInCentury * TROPICAL_YEAR_FRACTION + QINGMING_CONSTANT_21ST_CENTURY) - Math.floor(yearInCentury / 4);
  return formatIsoDate({ year, month: QINGMING_MONTH, day });
}
