// What the renderer's forms need from the domain: schemas for inline validation and the rule's own labels.
// All of it is pure data and zod; nothing here touches Node.
export {
  CADRE_LEVEL_LABELS,
  LADDER_LABELS,
  POST_RUNGS,
  RANK_GRADES,
  type CadreLevel,
} from '../core/domain/form/cadre-level.ts';
export {
  FORM_NOTES,
  FORM_NOTES_LABEL,
  HANDLER_PROFILE_LABELS,
  INTERVENER_LABELS,
  INTERVENTION_DETAIL_LABELS,
  INTERVENTION_ENTRY_LABELS,
  RECORD_FIELD_LABELS,
  RECORD_FORM_TITLE,
} from '../core/domain/form/form-labels.ts';
export {
  AMENDMENT_REASON_MAX_CHARS,
  CONTENT_MAX_CHARS,
  DUTY_SCOPE_MAX_CHARS,
  ENTRIES_MAX_COUNT,
  HANDLING_MAX_CHARS,
} from '../core/domain/form/field-limits.ts';
export { DATE_YEAR_MAX, DATE_YEAR_MIN, futureDateProblem } from '../core/domain/form/date-fields.ts';
export { readTypedDate, TYPED_DATE_EXAMPLES, type TypedDateReading } from '../core/domain/form/typed-date.ts';
export { handlerProfileSchema, type HandlerProfile } from '../core/domain/form/handler-profile.ts';
export { interventionEntrySchema, intervenerSchema, majorMatterSchema } from '../core/domain/form/intervention-entry.ts';
export { INTERVENTION_KINDS, INTERVENTION_KIND_INFO, type InterventionKind } from '../core/domain/form/intervention-kind.ts';
export {
  INTERVENTION_METHODS,
  INTERVENTION_METHOD_LABELS,
  type InterventionMethod,
} from '../core/domain/form/intervention-method.ts';
export {
  MATTER_CATEGORIES,
  MATTER_CATEGORY_INFO,
  MATTER_ITEM_LABELS,
  type MatterCategory,
  type MatterItem,
} from '../core/domain/form/matter-category.ts';
export { POLITICAL_STATUSES, POLITICAL_STATUS_INFO } from '../core/domain/form/political-status.ts';
export { RECORD_STATUS_LABELS, recordSchema } from '../core/domain/form/record.ts';
export type { Recipient } from '../core/domain/routing/route-record.ts';
export { SCOPE_VERDICT_LABELS } from '../core/domain/scope/assess-scope.ts';
export { TENURES, TENURE_LABELS } from '../core/domain/form/tenure.ts';
export { countChars } from '../core/domain/form/text-field.ts';
export { UNIT_SETTINGS_LABELS, unitSettingsSchema, type UnitSettings } from '../core/domain/form/unit-settings.ts';
export type { EntryDraft, RecordDraft } from '../core/records/record-draft.ts';
export { PRINTABLE_LABELS, type Printable } from '../core/printing/printables.ts';
