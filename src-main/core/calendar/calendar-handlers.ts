import type { FeatureHandlers } from '../../contract/handlers.ts';
import type { CalendarService } from './calendar-service.ts';

export function calendarHandlers(calendar: CalendarService): FeatureHandlers<'calendar.coverage' | 'calendar.importPack'> {
  return {
    'calendar.coverage': () => calendar.coverage(),
    'calendar.importPack': () => calendar.importPack(),
  };
}
