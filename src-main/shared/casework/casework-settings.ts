import { z } from 'zod';
import { strictObject } from '../form/strict-object.ts';
import { DEFAULT_REMINDER_AFTER_DAYS } from './disposition-reminder.ts';
import { DEFAULT_DISPOSITION_STEP_KINDS, dispositionStepKindsSchema } from './disposition.ts';

export const REMINDER_AFTER_DAYS_MAX = 365;
const reminderRange = `请填写1至${REMINDER_AFTER_DAYS_MAX}之间的整数`;

// One message for each way the number of days can be wrong, the same on the settings screen and in main.
export function reminderDaysProblem(days: number): string | undefined {
  if (!Number.isInteger(days)) return `提醒天数应为整天数，不能有小数，${reminderRange}`;
  if (days === 0) return `提醒天数不能为0，${reminderRange}`;
  if (days < 0) return `提醒天数不能为负数，${reminderRange}`;
  if (days > REMINDER_AFTER_DAYS_MAX) return `提醒天数最多${REMINDER_AFTER_DAYS_MAX}天（一年），${reminderRange}`;
  return undefined;
}

// The body's own casework settings: its list of disposition steps and when an open record is due a reminder.
export const caseworkSettingsSchema = strictObject('案件办理设置', {
  stepKinds: dispositionStepKindsSchema,
  reminderAfterDays: z.number({ error: `提醒天数应为数字，${reminderRange}` }).superRefine((days, context) => {
    const problem = reminderDaysProblem(days);
    if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
  }),
});
export type CaseworkSettings = z.infer<typeof caseworkSettingsSchema>;

export const DEFAULT_CASEWORK_SETTINGS: CaseworkSettings = {
  stepKinds: [...DEFAULT_DISPOSITION_STEP_KINDS],
  reminderAfterDays: DEFAULT_REMINDER_AFTER_DAYS,
};
