import { z } from 'zod';
import { LATE_NOTE_MAX_CHARS } from './field-limits.ts';
import { strictObject } from './strict-object.ts';
import { textField } from './text-field.ts';

// How far past the 5-working-day deadline a first report went, in working days after the deadline; estimated when
// a year the count runs through has no holiday schedule loaded. Computed by the app, never typed.
export const latenessSchema = strictObject('逾期情况', {
  workingDays: z.number().int().min(0),
  estimated: z.boolean(),
});
export type Lateness = z.infer<typeof latenessSchema>;

export const LATE_NOTE_LABEL = '逾期说明';
export const lateNoteSchema = textField({ subject: LATE_NOTE_LABEL, maxChars: LATE_NOTE_MAX_CHARS, multiline: true });

export function describeLateness({ workingDays, estimated }: Lateness): string {
  return `逾期${workingDays}个工作日${estimated ? '（预估）' : ''}`;
}
