// The domain's public surface for the main process. A web page imports portable.ts instead: these two
// additions read chinese-days' data and the file system.
export * from './portable.ts';
export { builtInCalendar } from './calendar/built-in-calendar.ts';
export { loadCalendarPackFile } from './calendar/calendar-pack-file.ts';
