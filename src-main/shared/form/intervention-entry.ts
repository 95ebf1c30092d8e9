import { z } from 'zod';
import { cadreLevelSchema } from './cadre-level.ts';
import { dateField, datePartOf, dateTimeField } from './date-fields.ts';
import {
  CONTENT_MAX_CHARS,
  HANDLING_MAX_CHARS,
  MATTER_NAME_MAX_CHARS,
  METHOD_NOTE_MAX_CHARS,
  PERSON_NAME_MAX_CHARS,
  POST_TITLE_MAX_CHARS,
  UNIT_NAME_MAX_CHARS,
} from './field-limits.ts';
import { interventionKindSchema } from './intervention-kind.ts';
import { interventionMethodSchema } from './intervention-method.ts';
import { organisationKindSchema } from './organisation-kind.ts';
import { MATTER_CATEGORY_INFO, MATTER_ITEM_LABELS, matterCategorySchema, matterItemSchema } from './matter-category.ts';
import { strictObject } from './strict-object.ts';
import { tenureSchema } from './tenure.ts';
import { textField } from './text-field.ts';

// 插手干预人情况（姓名、单位、职务）, plus what 第二条 and 第九条 need to know: the kind of organisation, the rung and
// whether still serving. The kind is optional here because records finalized before it was asked stay valid as
// they are; finalizing a new version requires it (record-service).
export const intervenerSchema = strictObject('插手干预人情况', {
  name: textField({ subject: '插手干预人姓名', maxChars: PERSON_NAME_MAX_CHARS, multiline: false }),
  unit: textField({ subject: '插手干预人单位', maxChars: UNIT_NAME_MAX_CHARS, multiline: false }),
  post: textField({ subject: '插手干预人职务', maxChars: POST_TITLE_MAX_CHARS, multiline: false }),
  organisationKind: organisationKindSchema.optional(),
  level: cadreLevelSchema,
  tenure: tenureSchema,
});
export type Intervener = z.infer<typeof intervenerSchema>;

// 重大事项: a 第四条 category, optionally one of the items listed under it, and the name 填表说明3 asks for.
export const majorMatterSchema = strictObject('重大事项', {
  category: matterCategorySchema,
  item: matterItemSchema.nullable(),
  name: textField({ subject: '重大事项名称', maxChars: MATTER_NAME_MAX_CHARS, multiline: false }),
}).superRefine(({ category, item }, context) => {
  const info = MATTER_CATEGORY_INFO[category];
  if (item !== null && !info.items.includes(item)) {
    context.addIssue({
      code: 'custom',
      path: ['item'],
      message: `“${MATTER_ITEM_LABELS[item]}”不属于第四条所列“${info.label}”类重大事项，请重新选择`,
    });
  }
});
export type MajorMatter = z.infer<typeof majorMatterSchema>;

const kindsSchema = z
  .array(interventionKindSchema, { error: '请选择第六条所列情形' })
  .min(1, '请至少选择一项第六条所列情形')
  .refine((kinds) => new Set(kinds).size === kinds.length, '第六条所列情形不能重复选择');

// One row of 干预具体情况. `learnedOn` is not a cell of the printed form: it is the day the handler found out
// (第七条 "发现"), when that was later than the intervention itself; the 5-working-day clock starts from it.
export const interventionEntrySchema = strictObject('干预具体情况', {
  occurredAt: dateTimeField('干预时间'),
  learnedOn: dateField('发现日期').nullable(),
  intervener: intervenerSchema,
  method: interventionMethodSchema,
  methodNote: textField({ subject: '插手干预方式说明', maxChars: METHOD_NOTE_MAX_CHARS, multiline: false }).nullable(),
  matter: majorMatterSchema,
  kinds: kindsSchema,
  content: textField({ subject: '具体干预内容', maxChars: CONTENT_MAX_CHARS, multiline: true }),
  handling: textField({ subject: '处置方式', maxChars: HANDLING_MAX_CHARS, multiline: true }),
}).superRefine((entry, context) => {
  if (entry.method === 'other' && entry.methodNote === null) {
    context.addIssue({ code: 'custom', path: ['methodNote'], message: '插手干预方式为“其他”时，请注明具体方式' });
  }
  if (entry.method !== 'other' && entry.methodNote !== null) {
    context.addIssue({ code: 'custom', path: ['methodNote'], message: '只有插手干预方式为“其他”时才需注明具体方式' });
  }
  if (entry.learnedOn !== null && entry.learnedOn < datePartOf(entry.occurredAt)) {
    context.addIssue({ code: 'custom', path: ['learnedOn'], message: '发现日期不能早于干预时间' });
  }
});
export type InterventionEntry = z.infer<typeof interventionEntrySchema>;
