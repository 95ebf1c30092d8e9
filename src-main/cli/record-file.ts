import { z } from 'zod';
import type { InterventionRecord } from '../shared/form/record.ts';
import { finalizedRecord } from '../core/records/finalized-record.ts';
import { jsonProblem } from '../shared/json-problem.ts';
import { FINGERPRINT_HEX_CHARS } from '../core/records/record-fingerprint.ts';
import { UNIT_NAME_MAX_CHARS } from '../shared/form/field-limits.ts';

// The canonical record file (docs/record-format.md): one finalized 记录表 version with its record id, as the
// CLI reads it. The envelope is checked here; the record itself by finalizedRecord, as the app finalizes it, so a
// person sees the same messages as in the app.
export const RECORD_FILE_FORMAT = 'liuhen.record';
export const RECORD_FILE_FORMAT_VERSION = 1;

const RECORD_ID = /^[0-9a-f]{32}$/;
const FINGERPRINT = new RegExp(`^[0-9a-f]{${FINGERPRINT_HEX_CHARS}}$`);

export const recordFileSchema = z.strictObject(
  {
    format: z.literal(RECORD_FILE_FORMAT, { error: `记录文件的 format 应为“${RECORD_FILE_FORMAT}”` }),
    formatVersion: z.literal(RECORD_FILE_FORMAT_VERSION, {
      error: `记录文件格式版本应为 ${RECORD_FILE_FORMAT_VERSION}；该文件可能由更高版本的留痕生成，请升级后再试`,
    }),
    recordId: z.string({ error: '请填写记录编号 recordId' }).regex(RECORD_ID, '记录编号 recordId 应为32位小写十六进制字符'),
    fingerprint: z
      .string({ error: `指纹 fingerprint 应为${FINGERPRINT_HEX_CHARS}位小写十六进制字符` })
      .regex(FINGERPRINT, `指纹 fingerprint 应为${FINGERPRINT_HEX_CHARS}位小写十六进制字符`)
      .optional(),
    handlerKeyFingerprint: z
      .string({ error: `承办人员签名密钥指纹 handlerKeyFingerprint 应为${FINGERPRINT_HEX_CHARS}位小写十六进制字符` })
      .regex(FINGERPRINT, `承办人员签名密钥指纹 handlerKeyFingerprint 应为${FINGERPRINT_HEX_CHARS}位小写十六进制字符`)
      .optional(),
    unitHasDisciplineBody: z.boolean({ error: 'unitHasDisciplineBody 应为 true（本单位设有纪检组织）或 false' }).optional(),
    unitDisciplineBodyName: z
      .string({ error: 'unitDisciplineBodyName 应为本单位纪检组织的名称，如“某省通信管理局纪检组”' })
      .trim()
      .min(1, 'unitDisciplineBodyName 应为本单位纪检组织的名称，如“某省通信管理局纪检组”')
      .max(UNIT_NAME_MAX_CHARS, `本单位纪检组织的名称 unitDisciplineBodyName 不应超过${UNIT_NAME_MAX_CHARS}字`)
      .optional(),
    alsoReportBureauLevelToUnitBody: z
      .boolean({ error: 'alsoReportBureauLevelToUnitBody 应为 true（涉及司局级领导干部时同时抄报本单位纪检组织）或 false' })
      .optional(),
    record: z.unknown(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `记录文件中有不认识的字段：${issue.keys.join('、')}` : '记录文件应为一个 JSON 对象',
  },
);

export interface RecordFile {
  recordId: string;
  fingerprint?: string;
  // The handler installation's exchange signing key fingerprint, printed in the form's footer when given.
  handlerKeyFingerprint?: string;
  unitHasDisciplineBody?: boolean;
  // Printed on the unit body's envelope instead of the rule's generic 本单位纪检组织.
  unitDisciplineBodyName?: string;
  alsoReportBureauLevelToUnitBody?: boolean;
  record: InterventionRecord;
}

export type RecordFileResult = { ok: true; file: RecordFile } | { ok: false; problems: string[] };

const unique = (messages: string[]) => [...new Set(messages)];

export function parseRecordFile(text: string): RecordFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [jsonProblem(error, '记录文件')] };
  }
  const envelope = recordFileSchema.safeParse(json);
  if (!envelope.success) return { ok: false, problems: unique(envelope.error.issues.map((issue) => issue.message)) };
  // Only a finalized version has a fingerprint in the vault to check the paper against.
  const record = finalizedRecord(envelope.data.record);
  if (!record.ok) return { ok: false, problems: record.problems };
  const { recordId, fingerprint, handlerKeyFingerprint, unitHasDisciplineBody, unitDisciplineBodyName, alsoReportBureauLevelToUnitBody } =
    envelope.data;
  return {
    ok: true,
    file: {
      recordId,
      record: record.record,
      ...(fingerprint === undefined ? {} : { fingerprint }),
      ...(handlerKeyFingerprint === undefined ? {} : { handlerKeyFingerprint }),
      ...(unitHasDisciplineBody === undefined ? {} : { unitHasDisciplineBody }),
      ...(unitDisciplineBodyName === undefined ? {} : { unitDisciplineBodyName }),
      ...(alsoReportBureauLevelToUnitBody === undefined ? {} : { alsoReportBureauLevelToUnitBody }),
    },
  };
}
