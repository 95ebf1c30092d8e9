// Every failure a person can meet, with the Chinese sentence they read. Codes cross IPC unchanged.
export const USER_ERRORS = {
  VAULT_NOT_FOUND: '尚未创建加密数据库，请先完成首次设置。',
  VAULT_EXISTS: '加密数据库已存在，不能重复创建。',
  VAULT_LOCKED: '数据库已锁定，请输入口令解锁。',
  VAULT_ALREADY_UNLOCKED: '数据库已处于解锁状态。',
  WEAK_PASSPHRASE: '口令不符合要求：容易被猜中。请用一句只有您自己知道的话，至少 8 个汉字，或至少 12 个字符、由几个互不相关的词组成。',
  WRONG_PASSPHRASE: '口令不正确，请重新输入。连续输错后需要等待更长时间才能再次尝试。',
  THROTTLED: '口令连续输错次数过多，请稍候再试。',
  RECOVERY_KEY_MISTYPED: '恢复密钥格式有误或有输入错误（校验位不符），请对照打印件逐组核对。',
  WRONG_RECOVERY_KEY: '恢复密钥与本数据库不匹配。',
  RECOVERY_KEY_ALREADY_CONFIRMED: '恢复密钥已确认保存，不再重新生成。',
  VAULT_TOO_NEW: '该数据库由更高版本的留痕创建，请升级本程序后再打开。数据库未作任何改动。',
  VAULT_CORRUPT: '数据库文件已损坏或不完整（可能被截断或改动），无法打开。文件未作任何改动，请从备份恢复。',
  VAULT_READ_ONLY: '数据库文件或其所在文件夹是只读的，程序无法保存。请检查文件权限，或将数据文件夹移到可写的位置。',
  VAULT_BUSY: '数据库正被另一个程序占用（可能是另一个正在运行的留痕或备份软件），请关闭后重试。数据未作改动。',
  VAULT_IO_ERROR: '读写数据库文件时出错（磁盘或存储介质可能有故障）。本次操作未完成；请检查磁盘后重试，并尽快备份。',
  DISK_FULL: '磁盘空间不足，本次保存未完成，已保存的内容未受影响。请清理磁盘空间后重试。',
  HEADER_CORRUPT: '数据库文件头校验失败，文件可能被改动或损坏。文件未作任何改动，请从备份恢复。',
  HEADER_TAMPERED: '数据库文件头中的密钥参数低于安全下限，疑似被篡改，已拒绝打开。',
  ROW_TAMPERED: '数据库中的记录校验失败，疑似被篡改、替换或删除。程序不会修复或覆盖它，请从备份恢复并报告纪检组织。',
  VAULT_ROLLED_BACK: '最近的保存可能已丢失，请从备份恢复。',
  ROW_UNREADABLE: '数据库中的一项内容通过了完整性校验，但不符合本程序的格式，暂时无法显示。它未被改动，其他记录不受影响；请联系技术支持。',
  AUDIT_CHAIN_BROKEN: '操作日志的哈希链断裂，日志可能被篡改或删除。文件未作任何改动，请从备份恢复并报告纪检组织。',
  CURRENT_PASSPHRASE_REQUIRED: '从备份恢复会用较早的数据替换当前数据库，请先输入当前数据库的口令。',
  ACCOUNT_NOT_FOUND: '找不到该账户。',
  LAST_ACCOUNT: '这是能打开数据库的最后一个账户，不能删除。',
  RECORD_NOT_FOUND: '找不到该记录。',
  RECORD_FINALIZED: '该记录表已完成填报，不能直接修改；如需更正，请提交修订（将生成新版本）。',
  RECORD_NOT_FINALIZED: '只有已完成填报的记录表才能修订。',
  SUBMISSION_NOT_WITHDRAWABLE: '已报送标记只能在标记的当天撤销；更早的标记如有错误，请在记录表上说明。',
  INVALID_DATE: '日期有误：填报时间、干预时间和发现日期都不能晚于今天，发现日期不能早于干预时间。',
  RECORD_INCOMPLETE: '记录表尚未填写完整，不能完成填报。',
  CALENDAR_PACK_UNSIGNED: '该日历包没有纪检组织的签名，须先确认了解其风险（节假日有误会使期限算错）才能导入。本次未导入，日历未作改动。',
  CALENDAR_PACK_INVALID: '日历数据包格式有误，未导入，当前日历未作任何改动。',
  BACKUP_INVALID: '备份文件无法通过完整性校验，当前数据未作任何改动。',
  EXCHANGE_FILE_REFUSED: '文件未通过核验，未导入，数据未作任何改动。',
  EXCHANGE_KEYS_MISSING: '本机尚未生成交换密钥，请先在设置中完成纪检组织名称与密钥的设置。',
  EXCHANGE_KEYS_EXIST: '本机已有交换密钥，不能重复生成。',
  KEY_FINGERPRINT_MISMATCH: '输入（或扫描）的指纹与公钥文件的指纹不一致，公钥未保存。请对照加盖公章的密钥通知逐组核对；仍不一致时不要使用该文件。',
  RECIPIENT_UNKNOWN: '没有找到该接收方的公钥，请先导入并核对其公钥文件。',
  RECEIVED_FILE_NOT_FOUND: '找不到该导入的文件。',
  PAPER_FINGERPRINT_MISMATCH: '输入（或扫描）的指纹与文件中记录表的指纹不一致：纸质件与文件不是同一份记录表，请当面核实。',
  FILE_UNREADABLE: '无法读取所选文件，请确认文件存在且有读取权限。',
  CASE_NOT_FOUND: '找不到该记录的案卷。',
  CASE_EXISTS: '该记录已经收件登记，不能重复登记。',
  // The casework rules say precisely what was refused; this sentence stands in only when none is given.
  CASEWORK_REFUSED: '该操作未能完成，案卷未作任何改动。',
  PDF_MISSING_GLYPHS: '文档中有字符在本机可用的字体中都没有字形，为避免打印出空白方框，未生成 PDF。',
  KDF_COST_RAISED: '数据库文件头要求的口令密钥计算量超过本程序写入过的任何设置，疑似被篡改。为免程序长时间无响应，未作计算即拒绝打开；这不表示口令错误。文件未作任何改动，请从备份恢复。',
  KDF_ALG_UNSUPPORTED: '数据库文件头要求的口令密钥算法不是本程序使用的算法（可能由更高版本的留痕创建，或文件头被改动），已拒绝打开。文件未作任何改动。',
  KDF_FAILED: '根据口令计算密钥时出错（本机内存可能不足），未能完成。这不表示口令错误，也不计入输错次数；数据库未作任何改动，请关闭其他程序后重试。',
} as const;

export type UserErrorCode = keyof typeof USER_ERRORS;

export const USER_ERROR_CODES = Object.keys(USER_ERRORS) as UserErrorCode[];

// Thrown inside the core for anything the user must be told; dispatch turns it into a failed Result.
export class UserError extends Error {
  readonly code: UserErrorCode;

  constructor(code: UserErrorCode, message: string = USER_ERRORS[code]) {
    super(message);
    this.name = 'UserError';
    this.code = code;
  }
}
