import { z } from 'zod';
import { strictObject } from '../form/strict-object.ts';
import { DEFAULT_REMINDER_AFTER_DAYS } from './disposition-reminder.ts';
import { DEFAULT_DISPOSITION_STEP_KINDS, dispositionStepKindsSchema } from './disposition.ts';

const REMINDER_AFTER_DAYS_MAX = 365;
const reminderMessage = `提醒天数应为1至${REMINDER_AFTER_DAYS_MAX}之间的整数`;

// The body's own casework settings: its list of disposition steps and when an open record is due a reminder.
export const caseworkSettingsSchema = strictObject('案件办理设置', {
  stepKinds: dispositionStepKindsSchema,
  reminderAfterDays: z.number({ error: reminderMessage }).int(reminderMessage).min(1, reminderMessage).max(REMINDER_AFTER_DAYS_MAX, reminderMessage),
});
export type CaseworkSettings = z.infer<typeof caseworkSettingsSchema>;

export const DEFAULT_CASEWORK_SETTINGS: CaseworkSettings = {
  stepKinds: [...DEFAULT_DISPOSITION_STEP_KINDS],
  reminderAfterDays: DEFAULT_REMINDER_AFTER_DAYS,
};
