// What the renderer's forms need from the domain: schemas for inline validation and the rule's own labels.
// All of it is pure data and zod; nothing here touches Node.
export {
  CADRE_LEVEL_LABELS,
  LADDER_LABELS,
  POST_RUNGS,
  RANK_GRADES,
  type CadreLevel,
} from '../shared/form/cadre-level.ts';
export {
  FORM_NOTES,
  FORM_NOTES_LABEL,
  HANDLER_PROFILE_LABELS,
  INTERVENER_LABELS,
  INTERVENTION_DETAIL_LABELS,
  INTERVENTION_ENTRY_LABELS,
  RECORD_FIELD_LABELS,
  RECORD_FORM_TITLE,
} from '../shared/form/form-labels.ts';
export {
  AMENDMENT_REASON_MAX_CHARS,
  CONTENT_MAX_CHARS,
  DUTY_SCOPE_MAX_CHARS,
  ENTRIES_MAX_COUNT,
  HANDLING_MAX_CHARS,
} from '../shared/form/field-limits.ts';
export { DATE_YEAR_MAX, DATE_YEAR_MIN, futureDateProblem } from '../shared/form/date-fields.ts';
export { readTypedDate, TYPED_DATE_EXAMPLES, type TypedDateReading } from '../shared/form/typed-date.ts';
export { handlerProfileSchema, type HandlerProfile } from '../shared/form/handler-profile.ts';
export { interventionEntrySchema, intervenerSchema, majorMatterSchema } from '../shared/form/intervention-entry.ts';
export { INTERVENTION_KINDS, INTERVENTION_KIND_INFO, type InterventionKind } from '../shared/form/intervention-kind.ts';
export {
  INTERVENTION_METHODS,
  INTERVENTION_METHOD_LABELS,
  type InterventionMethod,
} from '../shared/form/intervention-method.ts';
export {
  MATTER_CATEGORIES,
  MATTER_CATEGORY_INFO,
  MATTER_ITEM_LABELS,
  type MatterCategory,
  type MatterItem,
} from '../shared/form/matter-category.ts';
export { POLITICAL_STATUSES, POLITICAL_STATUS_INFO } from '../shared/form/political-status.ts';
export { RECORD_STATUS_LABELS, recordSchema } from '../shared/form/record.ts';
export type { Recipient } from '../shared/routing/route-record.ts';
export { SCOPE_VERDICT_LABELS } from '../shared/scope/assess-scope.ts';
export { TENURES, TENURE_LABELS } from '../shared/form/tenure.ts';
export { countChars } from '../shared/form/text-field.ts';
export { UNIT_SETTINGS_LABELS, unitSettingsSchema, type UnitSettings } from '../shared/form/unit-settings.ts';
export type { EntryDraft, RecordDraft } from '../core/records/record-draft.ts';
export { PRINTABLE_LABELS, type Printable } from '../core/printing/printables.ts';
