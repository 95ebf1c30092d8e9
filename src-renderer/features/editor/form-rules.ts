import type { FormRule } from 'antd';
import dayjs from 'dayjs';
import { z } from 'zod';
import {
  countChars,
  handlerProfileSchema,
  intervenerSchema,
  interventionEntrySchema,
  majorMatterSchema,
  recordSchema,
} from '../../../src-main/contract/forms.ts';
import { zodRule } from '../../app/zod-rule.ts';
import { DATE, DATE_TIME } from './form-values.ts';

// antd's pickers hold dayjs values; the domain checks the text the draft stores, so the rule checks that text.
function dayRule(schema: z.ZodType, pattern: string): FormRule {
  return zodRule(z.preprocess((value) => (dayjs.isDayjs(value) ? value.format(pattern) : (value ?? null)), schema));
}

// Every field's inline check is the domain's own schema for that cell, so the messages here are exactly the ones
// 完成填报 would answer with. A draft is saved whatever they say.
const entry = interventionEntrySchema.shape;
export const RULES = {
  filedAt: [dayRule(recordSchema.shape.filedAt, DATE)],
  filer: [zodRule(recordSchema.shape.filer)],
  handlerName: [zodRule(handlerProfileSchema.shape.name)],
  politicalStatus: [zodRule(handlerProfileSchema.shape.politicalStatus)],
  workUnit: [zodRule(handlerProfileSchema.shape.workUnit)],
  currentPost: [zodRule(handlerProfileSchema.shape.currentPost)],
  dutyScope: [zodRule(handlerProfileSchema.shape.dutyScope)],
  occurredAt: [dayRule(entry.occurredAt, DATE_TIME)],
  intervenerName: [zodRule(intervenerSchema.shape.name)],
  intervenerUnit: [zodRule(intervenerSchema.shape.unit)],
  intervenerPost: [zodRule(intervenerSchema.shape.post)],
  level: [zodRule(intervenerSchema.shape.level)],
  tenure: [zodRule(intervenerSchema.shape.tenure)],
  method: [zodRule(entry.method)],
  methodNote: [zodRule(entry.methodNote.unwrap())],
  category: [zodRule(majorMatterSchema.shape.category)],
  matterName: [zodRule(majorMatterSchema.shape.name)],
  kinds: [zodRule(entry.kinds)],
  content: [zodRule(entry.content)],
  handling: [zodRule(entry.handling)],
} satisfies Record<string, FormRule[]>;

// 发现日期 is optional, but when given it cannot come before the day of the intervention (the domain's rule for
// the entry as a whole, checked here on the one field it concerns).
export function learnedOnRules(entryIndex: number): FormRule[] {
  return [
    dayRule(entry.learnedOn, DATE),
    ({ getFieldValue }) => ({
      validator: async (_rule, learnedOn: unknown) => {
        const occurredAt: unknown = getFieldValue(['entries', entryIndex, 'occurredAt']);
        if (dayjs.isDayjs(learnedOn) && dayjs.isDayjs(occurredAt) && learnedOn.format(DATE) < occurredAt.format(DATE)) {
          throw new Error('发现日期不能早于干预时间');
        }
      },
    }),
  ];
}

// The character count under a text area, counted as the domain counts (𠮷 is one character). Typing past the
// limit is not cut off: the count turns red and the field's rule says by how much, so a pasted account is never
// silently shortened.
export function charCount(max: number) {
  return { show: true, max, strategy: countChars };
}
