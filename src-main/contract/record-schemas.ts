import { z } from 'zod';
import { RECIPIENTS } from '../shared/routing/route-record.ts';
import { SCOPE_VERDICTS } from '../shared/scope/assess-scope.ts';
import { PRINTABLES } from '../shared/printables.ts';
import { dateField } from '../shared/form/date-fields.ts';
import { recordDraftInputSchema, recordDraftSchema } from '../shared/form/record-draft.ts';

const recordId = z.string().regex(/^[0-9a-f]{32}$/, '记录编号格式不正确');
const status = z.enum(['draft', 'finalized']);

export const assessmentView = z.object({
  scopes: z.array(z.object({ verdict: z.enum(SCOPE_VERDICTS), reason: z.string() }).nullable()),
  routing: z
    .object({
      recipients: z.array(z.object({ recipient: z.enum(RECIPIENTS), name: z.string(), clause: z.string(), reason: z.string() })),
      cautions: z.array(z.string()),
    })
    .nullable(),
  deadline: z
    .object({
      deadline: z.string(),
      workingDaysRemaining: z.number().int(),
      overdue: z.boolean(),
      estimated: z.boolean(),
      explanation: z.string().optional(),
    })
    .nullable(),
  beforeRule: z.array(z.number().int().positive()),
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

const versionNumber = z.number({ error: '请指明版本' }).int('版本号应为正整数').positive('版本号应为正整数');

const versionSummaryView = z.object({
  version: versionNumber,
  status,
  finalizedAt: z.string().nullable(),
  digest: z.string().nullable(),
  amendmentReason: z.string().nullable(),
  submittedOn: z.string().nullable(),
});

const latenessView = z
  .object({ stage: z.enum(['finalized', 'submitted']), workingDays: z.number().int().min(0), estimated: z.boolean() })
  .nullable();

export const recordDetailView = z.object({
  recordId,
  version: z.number().int().positive(),
  status,
  submittedOn: z.string().nullable(),
  submissionWithdrawable: z.boolean(),
  savedAt: z.string(),
  finalizedAt: z.string().nullable(),
  digest: z.string().nullable(),
  amendsDigest: z.string().nullable(),
  amendmentReason: z.string().nullable(),
  draft: recordDraftSchema,
  versions: z.array(versionSummaryView),
  lateness: latenessView,
  assessment: assessmentView,
});

export const recordVersionView = versionSummaryView.extend({ recordId, draft: recordDraftSchema });

export const recordSummaryView = z.object({
  recordId,
  version: z.number().int().positive(),
  status,
  submittedOn: z.string().nullable(),
  savedAt: z.string(),
  filedAt: z.string().nullable(),
  occurredAt: z.string().nullable(),
  matters: z.array(z.string()),
  interveners: z.array(z.string()),
  lateness: latenessView,
  assessment: assessmentView,
});

// Without a limit, every record; `query` matches the 编号, a matter, an intervener or the 填报时间.
export const RECORD_LIST_QUERY_MAX_CHARS = 100;
export const RECORD_LIST_PAGE_MAX = 1000;
export const recordListInput = z
  .object({
    query: z.string().max(RECORD_LIST_QUERY_MAX_CHARS, `查找内容不能超过 ${RECORD_LIST_QUERY_MAX_CHARS} 个字`).optional(),
    offset: z.number({ error: '起始位置应为非负整数' }).int('起始位置应为非负整数').min(0, '起始位置应为非负整数').optional(),
    limit: z
      .number({ error: `每页条数应为 1 到 ${RECORD_LIST_PAGE_MAX} 之间的整数` })
      .int(`每页条数应为 1 到 ${RECORD_LIST_PAGE_MAX} 之间的整数`)
      .min(1, `每页条数应为 1 到 ${RECORD_LIST_PAGE_MAX} 之间的整数`)
      .max(RECORD_LIST_PAGE_MAX, `每页条数应为 1 到 ${RECORD_LIST_PAGE_MAX} 之间的整数`)
      .optional(),
  })
  .strict();

export const recordListView = z.object({
  // How many records match the query, of which `records` is the requested page, newest save first.
  total: z.number().int().nonnegative(),
  records: z.array(recordSummaryView),
  unreadable: z.array(
    z.object({ recordId, version: z.number().int().positive(), code: z.enum(['ROW_TAMPERED', 'ROW_UNREADABLE']), message: z.string() }),
  ),
});

export const recordRef = z.object({ recordId }).strict();
export const recordSubmitInput = z
  .object({ recordId, submittedOn: dateField('报送日期') })
  .strict();
export const recordSaveInput = z.object({ recordId, draft: recordDraftInputSchema }).strict();
export const recordVersionRef = z.object({ recordId, version: versionNumber }).strict();
export const recordWithdrawSubmissionInput = z.object({ recordId, reason: z.string().max(4000, '撤销原因过长') }).strict();
export const recordAmendInput = z.object({ recordId, reason: z.string().max(4000, '修订原因过长') }).strict();
export const recordAssessInput = z.object({ draft: recordDraftInputSchema }).strict();

const printable = z.enum(PRINTABLES, { error: '请选择要打印的内容' });
// Without a version, the latest; any earlier finalized version can be reprinted as it was.
export const recordPrintInput = z.object({ recordId, what: printable, version: versionNumber.optional() }).strict();
export const recoverySheetInput = z
  .object({ recoveryKey: z.string().regex(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){8}$/, '恢复密钥格式不正确') })
  .strict();
export const fontReportView = z.array(
  z.object({
    role: z.enum(['title', 'heading', 'body', 'fallback']),
    roleLabel: z.string(),
    fontName: z.string(),
    file: z.string(),
    source: z.enum(['system', 'bundled']),
    sourceLabel: z.string(),
  }),
);

export const calendarCoverageView = z.object({
  builtInYears: z.array(z.number().int()),
  importedYears: z.array(z.number().int()),
  importedTitles: z.array(z.string()),
});
