// The part of the domain that runs anywhere, a web page included: the form as data with its labels, scope,
// routing, calendar packs and deadline arithmetic over a given Calendar. Nothing reachable from here imports a
// Node module or chinese-days (test/shared/import-boundaries.test.ts holds it to that); the built-in
// calendar and the pack file loader are in core/calendar.
export { assertNever } from './assert-never.ts';

export {
  CADRE_LEVELS,
  CADRE_LEVEL_LABELS,
  LADDERS,
  LADDER_LABELS,
  POST_RUNGS,
  RANK_GRADES,
  cadreLevelSchema,
  cadreRungInfo,
  type CadreLevel,
  type CadreRungInfo,
  type KnownCadreLevel,
  type Ladder,
  type PostRung,
  type RankGrade,
} from './form/cadre-level.ts';
export { DATE_YEAR_MAX, DATE_YEAR_MIN, datePartOf, type ChinaDateTime } from './form/date-fields.ts';
export * from './form/field-limits.ts';
export {
  HANDLER_PROFILE_LABELS,
  INTERVENER_LABELS,
  INTERVENTION_ENTRY_LABELS,
  RECORD_FIELD_LABELS,
  RECORD_FORM_TITLE,
} from './form/form-labels.ts';
export { handlerProfileSchema, type HandlerProfile } from './form/handler-profile.ts';
export {
  interventionEntrySchema,
  intervenerSchema,
  majorMatterSchema,
  type InterventionEntry,
  type Intervener,
  type MajorMatter,
} from './form/intervention-entry.ts';
export {
  INTERVENTION_KINDS,
  INTERVENTION_KIND_INFO,
  type InterventionKind,
  type InterventionKindInfo,
} from './form/intervention-kind.ts';
export {
  INTERVENTION_METHODS,
  INTERVENTION_METHOD_LABELS,
  type InterventionMethod,
} from './form/intervention-method.ts';
export {
  MATTER_CATEGORIES,
  MATTER_CATEGORY_INFO,
  MATTER_ITEMS,
  MATTER_ITEM_LABELS,
  categoryOfItem,
  type MatterCategory,
  type MatterCategoryInfo,
  type MatterItem,
} from './form/matter-category.ts';
export {
  POLITICAL_STATUSES,
  POLITICAL_STATUS_INFO,
  type PoliticalStatus,
  type PoliticalStatusInfo,
} from './form/political-status.ts';
export {
  AMENDS_DIGEST_HEX_CHARS,
  RECORD_STATUSES,
  RECORD_STATUS_LABELS,
  recordSchema,
  type InterventionRecord,
  type RecordStatus,
} from './form/record.ts';
export { TENURES, TENURE_LABELS, type Tenure } from './form/tenure.ts';
export { countChars, normaliseText } from './form/text-field.ts';
export { UNIT_SETTINGS_LABELS, unitSettingsSchema, type UnitSettings } from './form/unit-settings.ts';

export { SCOPE_VERDICTS, SCOPE_VERDICT_LABELS, assessScope, type ScopeAssessment, type ScopeVerdict } from './scope/assess-scope.ts';
export {
  RECIPIENTS,
  RECIPIENT_NAMES,
  routeRecord,
  type Recipient,
  type RecipientRoute,
  type Routing,
  type RoutingInput,
} from './routing/route-record.ts';

export { applyCalendarPacks } from './calendar/apply-calendar-packs.ts';
export {
  COVERAGE_SOURCES,
  DAY_KINDS,
  type Calendar,
  type CoverageSource,
  type DayKind,
  type NamedDay,
} from './calendar/calendar.ts';
export {
  CALENDAR_PACK_FORMAT,
  CALENDAR_PACK_FORMAT_VERSION,
  parseCalendarPack,
  type CalendarPack,
  type CalendarPackResult,
} from './calendar/calendar-pack.ts';
export { deadlineStatus, type DeadlineStatus } from './calendar/deadline-status.ts';
export { addDays, chinaDateOf, isIsoDate, type IsoDate } from './calendar/iso-date.ts';
export { REPORT_DEADLINE_WORKING_DAYS, reportDeadline, type ReportDeadline } from './calendar/report-deadline.ts';
export { reportStartOf } from './calendar/report-start.ts';
