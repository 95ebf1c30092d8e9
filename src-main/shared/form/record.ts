import { z } from 'zod';
import { dateField, datePartOf } from './date-fields.ts';
import { AMENDMENT_REASON_MAX_CHARS, ENTRIES_MAX_COUNT, PERSON_NAME_MAX_CHARS } from './field-limits.ts';
import { handlerProfileSchema } from './handler-profile.ts';
import { interventionEntrySchema } from './intervention-entry.ts';
import { lateNoteSchema, latenessSchema } from './lateness.ts';
import { strictObject } from './strict-object.ts';
import { textField } from './text-field.ts';

// A draft is complete and valid but may still change; a finalized record is fixed, and a correction is a new
// version that names the digest of the version it amends and says why.
export const RECORD_STATUSES = ['draft', 'finalized'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];
export const RECORD_STATUS_LABELS: Readonly<Record<RecordStatus, string>> = {
  draft: '草稿',
  finalized: '已完成填报',
};

// A 256-bit digest (BLAKE2b-256 or SHA-256) written as lowercase hex.
export const AMENDS_DIGEST_HEX_CHARS = 64;
const DIGEST_PATTERN = new RegExp(`^[0-9a-f]{${AMENDS_DIGEST_HEX_CHARS}}$`);
const DIGEST_MESSAGE = `被修订版本的摘要应为${AMENDS_DIGEST_HEX_CHARS}位十六进制字符`;

const versionMessage = '记录表版本号应为不小于1的整数';

export const recordSchema = strictObject('记录表', {
  filedAt: dateField('填报时间'),
  filer: textField({ subject: '填报人', maxChars: PERSON_NAME_MAX_CHARS, multiline: false }),
  handler: handlerProfileSchema,
  entries: z
    .array(interventionEntrySchema, { error: '请填写干预具体情况' })
    .min(1, '请至少填写一项干预具体情况')
    .max(ENTRIES_MAX_COUNT, `一张记录表最多填写${ENTRIES_MAX_COUNT}项干预具体情况`),
  status: z.enum(RECORD_STATUSES, { error: '记录表状态应为草稿或已完成填报' }),
  version: z.number({ error: versionMessage }).int(versionMessage).min(1, versionMessage),
  amendsDigest: z.string({ error: DIGEST_MESSAGE }).trim().toLowerCase().regex(DIGEST_PATTERN, DIGEST_MESSAGE).nullable(),
  amendmentReason: textField({ subject: '修订原因', maxChars: AMENDMENT_REASON_MAX_CHARS, multiline: true }).nullable(),
  // Both absent unless a first report was finalized late: the form prints a 备注 line only for a 逾期说明.
  lateNote: lateNoteSchema.optional(),
  lateness: latenessSchema.optional(),
}).superRefine((record, context) => {
  if (record.version === 1) {
    if (record.amendsDigest !== null) {
      context.addIssue({ code: 'custom', path: ['amendsDigest'], message: '第1版记录表没有被修订的版本，不应填写其摘要' });
    }
    if (record.amendmentReason !== null) {
      context.addIssue({ code: 'custom', path: ['amendmentReason'], message: '第1版记录表不是修订，不应填写修订原因' });
    }
  } else {
    if (record.amendsDigest === null) {
      context.addIssue({ code: 'custom', path: ['amendsDigest'], message: `第${record.version}版记录表须注明所修订版本的摘要` });
    }
    if (record.amendmentReason === null) {
      context.addIssue({ code: 'custom', path: ['amendmentReason'], message: `第${record.version}版记录表须填写修订原因` });
    }
  }
  record.entries.forEach((entry, index) => {
    if (datePartOf(entry.occurredAt) > record.filedAt) {
      context.addIssue({
        code: 'custom',
        path: ['entries', index, 'occurredAt'],
        message: `第${index + 1}项干预时间晚于填报时间`,
      });
    }
    if (entry.learnedOn !== null && entry.learnedOn > record.filedAt) {
      context.addIssue({
        code: 'custom',
        path: ['entries', index, 'learnedOn'],
        message: `第${index + 1}项发现日期晚于填报时间`,
      });
    }
  });
});
// Named so as not to shadow the built-in Record<K, V>.
export type InterventionRecord = z.infer<typeof recordSchema>;
