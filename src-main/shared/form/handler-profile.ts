import { z } from 'zod';
import { DUTY_SCOPE_MAX_CHARS, PERSON_NAME_MAX_CHARS, POST_TITLE_MAX_CHARS, UNIT_NAME_MAX_CHARS } from './field-limits.ts';
import { politicalStatusSchema } from './political-status.ts';
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
