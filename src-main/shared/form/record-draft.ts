import { z } from 'zod';
import { cadreLevelSchema } from './cadre-level.ts';
import { formDateProblem, formDateTimeProblem } from './date-fields.ts';
import {
  CONTENT_MAX_CHARS,
  DUTY_SCOPE_MAX_CHARS,
  ENTRIES_MAX_COUNT,
  HANDLING_MAX_CHARS,
  LATE_NOTE_MAX_CHARS,
  MATTER_NAME_MAX_CHARS,
  METHOD_NOTE_MAX_CHARS,
  PERSON_NAME_MAX_CHARS,
  POST_TITLE_MAX_CHARS,
  UNIT_NAME_MAX_CHARS,
} from './field-limits.ts';
import { INTERVENTION_KINDS, interventionKindSchema } from './intervention-kind.ts';
import { interventionMethodSchema } from './intervention-method.ts';
import { latenessSchema } from './lateness.ts';
import { matterCategorySchema, matterItemSchema } from './matter-category.ts';
import { organisationKindSchema } from './organisation-kind.ts';
import { politicalStatusSchema } from './political-status.ts';
import { tenureSchema } from './tenure.ts';

// A draft is whatever the handler has typed so far: any field may be empty, but nothing may be longer than the
// form allows (twice the limit in UTF-16 units, so rare characters outside the BMP still fit). Completeness is
// checked against the domain's recordSchema only when the handler finalizes.
const DATE_TEXT_MAX_UNITS = 32;
const text = (maxChars: number) =>
  z.string().max(maxChars * 2, `内容过长（最多 ${maxChars} 个字）`).optional();

export const intervenerDraftSchema = z
  .object({
    name: text(PERSON_NAME_MAX_CHARS),
    unit: text(UNIT_NAME_MAX_CHARS),
    post: text(POST_TITLE_MAX_CHARS),
    organisationKind: organisationKindSchema.optional(),
    level: cadreLevelSchema.optional(),
    tenure: tenureSchema.optional(),
  })
  .strict();

export const entryDraftSchema = z
  .object({
    occurredAt: z.string().max(DATE_TEXT_MAX_UNITS).optional(),
    learnedOn: z.string().max(DATE_TEXT_MAX_UNITS).nullable().optional(),
    intervener: intervenerDraftSchema.optional(),
    method: interventionMethodSchema.optional(),
    methodNote: text(METHOD_NOTE_MAX_CHARS).nullable(),
    matter: z
      .object({
        category: matterCategorySchema.optional(),
        item: matterItemSchema.nullable().optional(),
        name: text(MATTER_NAME_MAX_CHARS),
      })
      .strict()
      .optional(),
    kinds: z.array(interventionKindSchema).max(INTERVENTION_KINDS.length).optional(),
    content: text(CONTENT_MAX_CHARS),
    handling: text(HANDLING_MAX_CHARS),
  })
  .strict();

export const handlerDraftSchema = z
  .object({
    name: text(PERSON_NAME_MAX_CHARS),
    politicalStatus: politicalStatusSchema.optional(),
    workUnit: text(UNIT_NAME_MAX_CHARS),
    currentPost: text(POST_TITLE_MAX_CHARS),
    dutyScope: text(DUTY_SCOPE_MAX_CHARS),
  })
  .strict();

export const recordDraftSchema = z
  .object({
    filedAt: z.string().max(DATE_TEXT_MAX_UNITS).optional(),
    filer: text(PERSON_NAME_MAX_CHARS),
    handler: handlerDraftSchema,
    entries: z.array(entryDraftSchema).max(ENTRIES_MAX_COUNT, `一张记录表最多填写${ENTRIES_MAX_COUNT}项干预具体情况`),
    lateNote: text(LATE_NOTE_MAX_CHARS),
    // Written by finalizing, never by the editor; read back with the finalized version it belongs to.
    lateness: latenessSchema.optional(),
  })
  .strict();

export type RecordDraft = z.infer<typeof recordDraftSchema>;
export type EntryDraft = z.infer<typeof entryDraftSchema>;

// What a channel may store: a draft whose every date is a real day in 2000–2099, so no later read (the deadline,
// the list) meets a date it cannot count from. Stored drafts are read with the lenient schema above, because an
// earlier version stored date texts unchecked and they must stay readable.
export const recordDraftInputSchema = recordDraftSchema.superRefine((draft, context) => {
  const check = (value: string | null | undefined, path: (string | number)[], subject: string, problemOf: (text: string) => string | undefined) => {
    const problem = value ? problemOf(value) : undefined;
    if (problem) context.addIssue({ code: 'custom', path, message: `${subject}“${value}”${problem}` });
  };
  check(draft.filedAt, ['filedAt'], '填报时间', formDateProblem);
  draft.entries.forEach((entry, index) => {
    check(entry.occurredAt, ['entries', index, 'occurredAt'], `第${index + 1}项干预时间`, formDateTimeProblem);
    check(entry.learnedOn, ['entries', index, 'learnedOn'], `第${index + 1}项发现日期`, formDateProblem);
  });
});
