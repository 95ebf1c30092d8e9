import { z } from 'zod';
import { recordSchema, type InterventionRecord } from '../../shared/form/record.ts';

// A version as it is stored (and, to come, exchanged): the filled-in form and its place in the amendment chain.
export interface RecordVersionParts {
  content: unknown;
  status: string;
  version: number;
  amendsDigest: string | null;
  amendmentReason: string | null;
}

export type FinalizedRecordResult =
  | { ok: true; record: InterventionRecord }
  | { ok: false; problems: string[]; invalid?: z.ZodError };

const NOT_FINALIZED = '记录表尚未完成填报（status 为 draft）：只有已完成填报的记录表才有可供核对的指纹';

// The record a version stands for, in the one shape the form, the PDF and the record file share.
export function recordOfVersion({ content, status, version, amendsDigest, amendmentReason }: RecordVersionParts): unknown {
  return { ...(content as object), status, version, amendsDigest, amendmentReason };
}

// The finished 记录表: checked whole against the rule, and finalized. The one builder behind finalizing in the
// vault, printing, the CLI's record file and the exchange to come, so each refuses the same things in the same
// words.
export function finalizedRecord(candidate: unknown): FinalizedRecordResult {
  const checked = recordSchema.safeParse(candidate);
  if (!checked.success) {
    return { ok: false, problems: [...new Set(checked.error.issues.map((issue) => issue.message))], invalid: checked.error };
  }
  if (checked.data.status !== 'finalized') return { ok: false, problems: [NOT_FINALIZED] };
  return { ok: true, record: finished(checked.data) };
}

// Records finalizedRecord checked whole and handed out, frozen so that none can change after its check.
const checkedRecords = new WeakSet<object>();

function finished(record: InterventionRecord): InterventionRecord {
  checkedRecords.add(deepFreeze(record));
  return record;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const part of Object.values(value)) deepFreeze(part);
  }
  return value;
}

// The record schema for a stored row that carries a finished record: a record finalizedRecord handed out (the
// intake's received row, the case it opens) is the very object it checked and cannot have changed since, so it is
// taken as it is; any other value, a row read back from the vault among them, is checked whole.
export const finishedRecordSchema = z.union([
  z.custom<InterventionRecord>((value) => typeof value === 'object' && value !== null && checkedRecords.has(value)),
  recordSchema,
]);
