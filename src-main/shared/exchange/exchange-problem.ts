// Every way an exchanged file can be refused or held back, each with the sentence the person reads. A refused
// file changes nothing; a batch reports it and goes on with the next file.
export const EXCHANGE_PROBLEMS = {
  OVERSIZED: '文件过大，不是留痕加密文件，未导入。',
  TRUNCATED: '文件不完整（可能在拷贝时被截断或未拷贝完），无法打开，未导入。请从原介质重新拷贝。',
  NOT_UTF8: '文件中应为文字的部分不是 UTF-8 编码，不是留痕生成的文件，未导入。',
  MALFORMED_JSON: '文件中应为 JSON 的部分无法解析，不是留痕生成的文件或已损坏，未导入。',
  NOT_EXCHANGE_FILE: '这不是留痕的交换文件（格式名称不符），未导入。',
  UNKNOWN_VERSION: '文件由更高版本（或未知版本）的留痕生成，本程序无法读取，未导入。请升级留痕后再试。',
  NOT_CANONICAL: '文件内容的编码不是留痕写出的规范形式（可能被编辑器改存过），其指纹无法与纸质件核对，未导入。',
  MALFORMED: '文件结构不符合留痕交换格式，未导入。',
  WRONG_RECIPIENT: '该文件是发给另一个接收方的，不是发给本机的纪检组织，无法打开，未导入。',
  TAMPERED: '文件校验失败：内容在封装后被改动或已损坏，无法打开，未导入。',
  SIGNATURE_INVALID: '签名校验失败：文件不是由其中所载的密钥签名的（可能由另一把密钥签名或被改动），未导入。',
  HEADER_MISMATCH: '加密内容中的文件头副本与文件外部不一致，疑似被他人重新封装，未导入。',
  PAYLOAD_INVALID: '加密内容的结构不符合留痕交换格式，未导入。',
  RECORD_INVALID: '文件中的记录表不符合《记录表》格式，未导入。',
  FINGERPRINT_MISMATCH: '文件中的记录表指纹与其内容不符，内容可能被改动，未导入。',
  DUPLICATE: '与已导入的文件完全相同，已跳过。',
  EQUIVOCATION: '同一记录表的同一版本已有另一份内容不同的文件：两份均已保留并标记为“内容矛盾”，请核对纸质件。',
  REPLAYED_OLD_VERSION: '该文件是记录表的旧版本，本机已有更新的版本；旧版本不会覆盖新版本，未导入。',
  WAITING_FOR_EARLIER: '这是一份修订版本，它所修订的前一版本尚未导入：已保存，等待前一版本到达后接续。',
  KEY_CHANGED: '该承办人员的签名密钥与此前导入的文件不同：已保存并标记，请与承办人员当面核对纸质件上的密钥指纹后再确认。',
  UNKNOWN_SIGNER: '文件的签名者不在本机已核对的公钥中，未导入。',
  RECEIPT_OTHER_RECORD: '该回执是另一份记录表（或另一个版本）的回执，与本机的记录不符，未导入。',
  CALENDAR_CONFLICT: '同一年份已有另一签名者的日历包，两者内容不一致，未导入。',
  CALENDAR_SEQUENCE_OLD: '该日历包的序号不大于本机已导入的同年日历包，是旧的日历包，未导入。',
  CALENDAR_INVALID: '签名日历包中的日历数据有误，未导入。',
  SUMMARY_INVALID: '文件中的年度汇总结构有误或各项数字互相矛盾，未导入。',
  SUMMARY_OLDER: '本机已有该单位同一年度更新的汇总；旧汇总不会覆盖新汇总，未导入。',
  SUMMARY_EQUIVOCATION: '该单位同一年度、同一签发时间已有另一份内容不同的汇总：两份均已保留并标记为“内容矛盾”，请与该单位核对。',
} as const;

export type ExchangeProblemCode = keyof typeof EXCHANGE_PROBLEMS;

export interface ExchangeProblem {
  code: ExchangeProblemCode;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: ExchangeProblem };

// A refusal with its standard sentence, and optionally what exactly was found, so two files refused for one
// reason can still be told apart in the report.
export function refuse<T>(code: ExchangeProblemCode, detail?: string): Checked<T> {
  const message = detail === undefined ? EXCHANGE_PROBLEMS[code] : `${EXCHANGE_PROBLEMS[code]}（${detail}）`;
  return { ok: false, problem: { code, message } };
}
