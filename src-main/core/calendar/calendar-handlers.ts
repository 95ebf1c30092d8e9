import type { FeatureHandlers } from '../../contract/handlers.ts';
import type { CalendarService } from './calendar-service.ts';

// Importing a pack, signed or not, is the exchange's: both are weighed against the packs other signers vouched for.
export function calendarHandlers(calendar: CalendarService): FeatureHandlers<'calendar.coverage'> {
  return {
    'calendar.coverage': () => calendar.coverage(),
  };
}
