import type { FormRule } from 'antd';
import dayjs from 'dayjs';
import { z } from 'zod';
import { futureDateProblem } from '../../../src-main/shared/form/date-fields.ts';
import { handlerProfileSchema } from '../../../src-main/shared/form/handler-profile.ts';
import { intervenerSchema, interventionEntrySchema, majorMatterSchema } from '../../../src-main/shared/form/intervention-entry.ts';
import { organisationKindSchema } from '../../../src-main/shared/form/organisation-kind.ts';
import { recordSchema } from '../../../src-main/shared/form/record.ts';
import { checkedBy, zodRule } from '../../app/zod-rule.ts';
import { DATE, DATE_TIME, isUnreadDate } from './form-values.ts';

// A date field holds a dayjs value, nothing, or text that could not be read. The domain checks the text the draft
// stores, so the rule checks that text; then a day after today (by the app's clock) is refused as main refuses it.
function dateRule(subject: string, schema: z.ZodType, pattern: string, today: string): FormRule {
  const domain = z.preprocess((value) => (dayjs.isDayjs(value) ? value.format(pattern) : (value ?? null)), schema);
  return {
    validator: checkedBy((value: unknown) => {
      if (isUnreadDate(value)) throw new Error(`${subject}“${value.typed.trim()}”${value.problem}`);
      const parsed = domain.safeParse(value);
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? '内容不符合要求');
      const future = dayjs.isDayjs(value) ? futureDateProblem(subject, value.format(DATE), today) : undefined;
      if (future) throw new Error(future);
    }),
  };
}

// Every field's inline check is the domain's own schema for that cell, so the messages here are exactly the ones
// 完成填报 would answer with. A draft is saved whatever they say.
const entry = interventionEntrySchema.shape;
export const RULES = {
  filer: [zodRule(recordSchema.shape.filer)],
  handlerName: [zodRule(handlerProfileSchema.shape.name)],
  politicalStatus: [zodRule(handlerProfileSchema.shape.politicalStatus)],
  workUnit: [zodRule(handlerProfileSchema.shape.workUnit)],
  currentPost: [zodRule(handlerProfileSchema.shape.currentPost)],
  dutyScope: [zodRule(handlerProfileSchema.shape.dutyScope)],
  intervenerName: [zodRule(intervenerSchema.shape.name)],
  intervenerUnit: [zodRule(intervenerSchema.shape.unit)],
  intervenerPost: [zodRule(intervenerSchema.shape.post)],
  // Optional in stored records made before it was asked; required of every version finalized now.
  organisationKind: [zodRule(organisationKindSchema)],
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

// The dates whose check depends on the day it is.
export function dateRules(today: string) {
  return {
    filedAt: [dateRule('填报时间', recordSchema.shape.filedAt, DATE, today)],
    occurredAt: [dateRule('干预时间', entry.occurredAt, DATE_TIME, today)],
  } satisfies Record<string, FormRule[]>;
}

// 发现日期 is optional, but when given it cannot come before the day of the intervention (the domain's rule for
// the entry as a whole, checked here on the one field it concerns).
export function learnedOnRules(entryIndex: number, today: string): FormRule[] {
  return [
    dateRule('发现日期', entry.learnedOn, DATE, today),
    ({ getFieldValue }) => ({
      validator: checkedBy((learnedOn: unknown) => {
        const occurredAt: unknown = getFieldValue(['entries', entryIndex, 'occurredAt']);
        if (dayjs.isDayjs(learnedOn) && dayjs.isDayjs(occurredAt) && learnedOn.format(DATE) < occurredAt.format(DATE)) {
          throw new Error('发现日期不能早于干预时间');
        }
      }),
    }),
  ];
}
