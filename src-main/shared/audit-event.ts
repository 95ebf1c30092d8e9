import { z } from 'zod';
import { PERSON_NAME_MAX_CHARS } from './form/field-limits.ts';

// Long enough for a full amendment reason (1,000 characters, counted in UTF-16 units here).
export const AUDIT_NOTE_MAX_CHARS = 4_000;

// Every kind of access the audit trail records, with the label a person reads in the audit view.
export const AUDIT_ACTIONS = {
  vaultCreated: '创建加密数据库',
  unlocked: '解锁',
  unlockFailed: '解锁失败（口令错误）',
  recoveryFailed: '使用恢复密钥失败（恢复密钥错误）',
  passphraseCheckFailed: '口令核对失败（修改口令或从备份恢复时输错口令）',
  vaultUpgraded: '数据库升级为新格式',
  rollbackAccepted: '在最近的保存可能丢失的情况下仍然打开数据库',
  locked: '锁定',
  autoLocked: '闲置自动锁定',
  recordCreated: '新建记录表',
  draftSaved: '保存草稿',
  recordFinalized: '完成填报',
  amendmentStarted: '开始修订',
  recordDeleted: '删除草稿',
  recordExported: '导出加密文件',
  recordPrinted: '打印记录表',
  recordSavedAsPdf: '另存为PDF',
  recordSubmitted: '标记为已报送',
  submissionWithdrawn: '撤销已报送标记',
  recordImported: '导入记录',
  exchangeKeysCreated: '生成交换密钥',
  keyFileTrusted: '核对并保存纪检组织公钥',
  keyChangeAccepted: '确认承办人员的新签名密钥',
  paperChecked: '核对纸质记录表与文件一致',
  receiptExported: '导出回执',
  receiptImported: '导入回执',
  recordForwarded: '转送记录',
  calendarPackSigned: '签发日历包',
  passphraseChanged: '修改口令（数据库密钥已更换）',
  accountAdded: '增加账户',
  accountRemoved: '删除账户（数据库密钥已更换）',
  recoveryUsed: '使用恢复密钥重设口令',
  recoveryKeyIssued: '生成新的恢复密钥（原恢复密钥作废）',
  recoveryKeyConfirmed: '确认已保存恢复密钥',
  settingsChanged: '修改设置',
  paperEntryKeyedIn: '纸质记录表录入',
  receivedOnChanged: '更改收到日期',
  caseAssessed: '分析研判',
  dispositionStepAdded: '添加处置步骤',
  jurisdictionDecided: '作出管辖判断',
  intervenerOrgClassified: '标注插手干预人单位类别',
  summarySaved: '保存年度汇总',
  summarySealed: '导出加密年度汇总文件',
  summaryImported: '导入单位年度汇总',
  summarySigned: '签批年度汇总',
  caseOpened: '查看记录',
  staffAdded: '登记工作人员',
  staffRemoved: '删除工作人员的账户',
  intervenersMerged: '合并同一插手干预人',
  intervenerSplit: '拆分插手干预人',
  findingRegistered: '登记第十条、第十一条事项',
  findingStepAdded: '添加第十条、第十一条事项的处置步骤',
  profileSaved: '保存承办人员基本情况',
  backupCreated: '创建备份',
  backupRestored: '从备份恢复',
  contentMigrated: '将旧版本保存的内容转换为新格式',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

const auditActionSchema = z.enum(Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]]);

// 'owner' is whoever holds the passphrase; 'system' is the app itself (auto-lock); 'unknown' is whoever typed
// a wrong passphrase.
export const auditActorSchema = z.enum(['owner', 'system', 'unknown']);

export const auditEventSchema = z
  .object({
    at: z.iso.datetime({ offset: true }),
    actor: auditActorSchema,
    action: auditActionSchema,
    target: z.object({ recordId: z.string(), version: z.number().int().positive() }).strict().optional(),
    note: z.string().max(AUDIT_NOTE_MAX_CHARS).optional(),
    // Failed unlocks are written before any key is known (sealed to the vault's audit public key), so anyone with
    // the file could forge one; the audit view says so.
    unverified: z.boolean().optional(),
  })
  .strict();

export type AuditEvent = z.infer<typeof auditEventSchema>;

const MEMBER_ID_HEX_CHARS = 32;
const SIGNATURE_HEX_CHARS = 128;

// The staff member whose account was open when the entry was written (a discipline body's installation): their
// row's id in the staff table and their name as it was then.
export const auditAuthorSchema = z
  .object({
    memberId: z.string().regex(new RegExp(`^[0-9a-f]{${MEMBER_ID_HEX_CHARS}}$`)),
    name: z.string().min(1).max(PERSON_NAME_MAX_CHARS),
  })
  .strict();
export type AuditAuthor = z.infer<typeof auditAuthorSchema>;

// What the vault stores: the event, its place in the chain and, when a staff member was signed in, who they are
// and their Ed25519 signature over the entry (shared/audit-signature.ts). Callers never supply `by` or
// `signature`: the vault fills them in at append time, so a pending entry sealed while locked cannot carry them.
export const auditEntrySchema = auditEventSchema.extend({
  seq: z.number().int().positive(),
  by: auditAuthorSchema.optional(),
  signature: z
    .string()
    .regex(new RegExp(`^[0-9a-f]{${SIGNATURE_HEX_CHARS}}$`))
    .optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
