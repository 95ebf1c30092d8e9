import { overlaySchedules, type Calendar } from '../../shared/calendar/calendar.ts';
import { chineseDaysSchedules } from './chinese-days-source.ts';
import { estimatedCalendar } from './estimated-calendar.ts';

// The calendar the app starts with: the official schedules chinese-days carries (2004–2026 in 1.5.7) over the
// estimate for every other year. Imported calendar packs go on top with applyCalendarPacks().
export function builtInCalendar(): Calendar {
  return overlaySchedules(estimatedCalendar(), chineseDaysSchedules(), 'builtIn');
}
