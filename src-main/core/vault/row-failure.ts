import { UserError } from '../../shared/errors.ts';

// What each singleton slot holds, in the words a person knows it by, so a failure names what is affected.
const SLOT_LABELS: Record<string, string> = {
  profile: '承办人员基本情况',
  unit: '单位信息',
  settings: '程序设置',
  submissions: '报送登记',
  'calendar-packs': '已导入的日历数据包',
  'audit-keypair': '操作日志密钥',
  manifest: '数据库清单',
  'commit-counter-key': '保存计数密钥',
  'recovery-key-pending': '待确认的恢复密钥',
};

export function slotLabel(slot: string): string {
  return SLOT_LABELS[slot] ?? `数据库中的“${slot}”`;
}

// A row that fails authentication (tampered, swapped, replayed) and a row that authenticates but fails its schema
// (written by another version, or by a bug) are different news: only the first suggests an attacker. Both name
// the row and say the rest is unaffected, because the rest stays usable.
export function rowFailure(code: 'ROW_TAMPERED' | 'ROW_UNREADABLE', what: string): UserError {
  return new UserError(
    code,
    code === 'ROW_TAMPERED'
      ? `${what}校验失败，疑似被篡改、替换或删除。程序不会修复或覆盖它，其他内容仍可正常使用；请从备份恢复并报告纪检组织。`
      : `${what}通过了完整性校验，但内容不符合本程序的格式，暂时无法显示。它未被改动，其他内容仍可正常使用；请联系技术支持。`,
  );
}

// SQLite's own index disagrees with the rows the manifest vouches for: answering would mean answering wrongly.
export function indexDamaged(): UserError {
  return new UserError(
    'VAULT_CORRUPT',
    '数据库文件的索引已损坏：它遗漏了确实存在的内容，为避免给出错误的结果，程序停止读取。文件未作改动，请从备份恢复。',
  );
}
