import { z } from 'zod';
import { BODY_KINDS, bodyIdentitySchema } from '../shared/exchange/exchange-body.ts';
import { FORWARD_REASON_MAX_CHARS } from '../shared/exchange/forward-payload.ts';

// The exchange as the page sees it: keys compared by fingerprint, files chosen in the OS dialogs (the page
// never names a path), and the per-file report of an import.
const fingerprint = z.string({ error: '请提供公钥指纹' }).regex(/^[0-9a-f]{64}$/, '公钥指纹应为64位十六进制字符');
const fileDigest = z.string({ error: '请指定导入的文件' }).regex(/^[0-9a-f]{64}$/, '文件摘要应为64位十六进制字符');
const recordId = z.string({ error: '请提供记录编号' }).regex(/^[0-9a-f]{32}$/, '记录编号应为32位十六进制字符');
const typedFingerprint = z
  .string({ error: '请输入或扫描纸质件上的指纹' })
  .min(1, '请输入或扫描纸质件上的指纹')
  .max(200, '输入的指纹过长');

const bodyView = z.object({ kind: z.enum(BODY_KINDS), unit: z.string(), name: z.string() });
export const keyFileView = z.object({ body: bodyView, fingerprint: z.string() });
export const trustedBodyView = keyFileView.extend({ checkedAt: z.string() });

export const bodySetUpInput = z.object({ identity: bodyIdentitySchema }).strict();
export const trustKeyFileInput = z.object({ typedFingerprint }).strict();
export const recordExportInput = z
  .object({ recordId, recipients: z.array(fingerprint, { error: '请选择接收方' }).min(1, '请至少选择一个接收方').max(10, '接收方过多') })
  .strict();
// Far more corrections than any year will see; bounded so a typed number stays an exact integer everywhere.
const CALENDAR_PACK_SEQUENCE_MAX = 9999;

// The pack's sequence number per year: handlers take a signer's later pack for a year only with a higher one.
export const signCalendarPackInput = z
  .object({
    sequence: z
      .number({ error: '请填写序号' })
      .int('序号应为正整数')
      .min(1, '序号应为正整数')
      .max(CALENDAR_PACK_SEQUENCE_MAX, `序号不超过${CALENDAR_PACK_SEQUENCE_MAX}`),
  })
  .strict();
export const exchangeRecordRef = z.object({ recordId }).strict();
export const intakeRef = z.object({ fileDigest }).strict();
export const intakeCheckPaperInput = z.object({ fileDigest, typedFingerprint }).strict();
export const intakeForwardInput = z
  .object({
    fileDigest,
    to: fingerprint,
    reason: z.string({ error: '请填写转送理由' }).trim().min(1, '请填写转送理由').max(FORWARD_REASON_MAX_CHARS, `转送理由不超过${FORWARD_REASON_MAX_CHARS}字`),
  })
  .strict();

export const exportedFilesView = z.object({
  done: z.boolean(),
  files: z.array(z.object({ recipient: z.string(), recipientFingerprint: z.string(), fileName: z.string() })),
});

export const receiptView = z.object({
  recordId: z.string(),
  version: z.number(),
  bodyName: z.string(),
  bodyImportedAt: z.string(),
  receivedAt: z.string(),
});

const intakeFlag = z.enum(['EQUIVOCATION', 'WAITING_FOR_EARLIER', 'KEY_CHANGED']);

export const fileReportView = z.object({
  file: z.string(),
  outcome: z.enum(['imported', 'skipped', 'refused']),
  code: z.string().nullable(),
  message: z.string(),
  recordId: z.string().nullable(),
  version: z.number().nullable(),
  fileDigest: z.string().nullable(),
  flags: z.array(intakeFlag),
});

// How far a running import of files has come: record files at a body, summary files at the office.
export const importProgressView = z.object({
  running: z.boolean(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

export const receivedRecordView = z.object({
  fileDigest: z.string(),
  recordId: z.string(),
  version: z.number(),
  fingerprint: z.string(),
  handlerName: z.string(),
  handlerUnit: z.string(),
  handlerKeyFingerprint: z.string(),
  filedAt: z.string(),
  reportStart: z.string(),
  exportedAt: z.string(),
  importedAt: z.string(),
  flags: z.array(intakeFlag),
  paperCheckedAt: z.string().nullable(),
  forwardedBy: z.object({ fingerprint: z.string(), name: z.string(), reason: z.string(), forwardedAt: z.string() }).nullable(),
});

export const exportRoutesView = z.array(
  z.object({ recipient: z.string(), name: z.string(), reason: z.string(), bodies: z.array(keyFileView) }),
);
