import { z } from 'zod';
import { DUTY_SCOPE_MAX_CHARS, PERSON_NAME_MAX_CHARS, POST_TITLE_MAX_CHARS, UNIT_NAME_MAX_CHARS } from './field-limits.ts';
import { politicalStatusSchema } from './political-status.ts';
import { staffCategorySchema } from './staff-category.ts';
import { strictObject } from './strict-object.ts';
import { textField } from './text-field.ts';

// 重大事项承办人员基本情况: who filled in the form. A record keeps its own copy, so a later change of post does
// not rewrite what was reported.
export const handlerProfileSchema = strictObject('承办人员基本情况', {
  name: textField({ subject: '承办人员姓名', maxChars: PERSON_NAME_MAX_CHARS, multiline: false }),
  politicalStatus: politicalStatusSchema,
  workUnit: textField({ subject: '工作单位', maxChars: UNIT_NAME_MAX_CHARS, multiline: false }),
  currentPost: textField({ subject: '现任职务', maxChars: POST_TITLE_MAX_CHARS, multiline: false }),
  dutyScope: textField({ subject: '本人岗位职责', maxChars: DUTY_SCOPE_MAX_CHARS, multiline: true }),
});

export type HandlerProfile = z.infer<typeof handlerProfileSchema>;

// The profile as the settings keep it: the form's 基本情况 block, which new records copy, and the 人员类别 of 第五条,
// which they do not (the annex has no cell for it). Absent in profiles saved before it was asked.
export const profileSettingsSchema = strictObject('承办人员基本情况', {
  ...handlerProfileSchema.shape,
  staffCategory: staffCategorySchema.optional(),
});

export type ProfileSettings = z.infer<typeof profileSettingsSchema>;
