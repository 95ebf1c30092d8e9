// What the renderer's forms need from the domain: schemas for inline validation and the rule's own labels.
// All of it is pure data and zod; nothing here touches Node.
export { HANDLER_PROFILE_LABELS } from '../core/domain/form/form-labels.ts';
export { handlerProfileSchema, type HandlerProfile } from '../core/domain/form/handler-profile.ts';
export { POLITICAL_STATUSES, POLITICAL_STATUS_INFO } from '../core/domain/form/political-status.ts';
export { UNIT_SETTINGS_LABELS, unitSettingsSchema, type UnitSettings } from '../core/domain/form/unit-settings.ts';
