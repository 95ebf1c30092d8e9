// The command line's words: which commands exist and how to call them. Kept apart from the commands' code so
// that telling one command from another loads none of them (liuhen.ts imports each command only when it runs).

export const EXCHANGE_COMMANDS = ['keys', 'export', 'import', 'verify', 'receipt'] as const;
export type ExchangeCommand = (typeof EXCHANGE_COMMANDS)[number];

export function isExchangeCommand(value: string | undefined): value is ExchangeCommand {
  return (EXCHANGE_COMMANDS as readonly (string | undefined)[]).includes(value);
}

export const EXCHANGE_USAGE = `  liuhen keys    --data <数据文件夹> [--trust <公钥文件> --fingerprint <指纹>] [--write-key-file <输出.json>]
  liuhen export  --data <数据文件夹> <记录编号> --to <接收方公钥指纹> -o <文件夹>
  liuhen import  --data <数据文件夹> <文件夹或文件…>
  liuhen verify  --data <数据文件夹> <加密文件…>
  liuhen receipt --data <数据文件夹> (<文件摘要> -o <回执.json> | --import <回执.json>)

  keys              显示本机的交换密钥指纹和已核对的公钥；--trust 核对并保存公钥文件（指纹须与加盖公章的通知一致）
  export            导出加密文件（承办人员版），每个接收方一个文件，文件名不含姓名和日期
  import            导入加密文件或整个文件夹（纪检组织版），逐个文件报告结果
  verify            只核验加密文件能否打开、签名是否有效，不导入、不改动数据
  receipt           导出回执（纪检组织版）或导入并核验回执（承办人员版）
  --data            留痕的数据文件夹（加密数据库所在）
  口令从提示输入或标准输入的第一行读取，从不出现在命令行参数中。`;

export const SUMMARY_USAGE = `  liuhen summary --year <年度> --data <数据文件夹> --body <纪检组织名称> -o <输出.pdf> [--names] [--bundled-fonts]

  summary           由纪检组织版的加密数据库生成第八条年度汇总：PDF（供签批）和同名 .xlsx 工作簿；
                    口令从提示输入或标准输入的第一行读取，不在命令行上给出
  --year            年度（以记录表填报时间为准）
  --data            纪检组织版的数据文件夹
  --body            汇总上署名的纪检组织名称
  --names           在记录清单中列出承办人员和插手干预人姓名（默认只列编号）`;

export const USAGE = `用法：
  liuhen pdf <记录文件.json> -o <输出.pdf> [--cover] [--bundled-fonts]

  pdf               由记录文件（格式见 docs/record-format.md）生成《领导干部插手干预重大事项情况记录表》PDF
  -o, --output      输出的 PDF 文件
  --cover           同时生成封面：按报送单位每份一页封面、一页报送单，后附一份记录表（记录文件须含 unitHasDisciplineBody）
  --bundled-fonts   只用程序自带字体（不同电脑上输出逐字节相同）；默认优先使用本机的仿宋、黑体、小标宋等字体
  -h, --help        显示本说明

${SUMMARY_USAGE}

  环境变量 SOURCE_DATE_EPOCH（秒）设定打印时间，用于可重复生成。

交换文件（格式见 docs/exchange-format.md）：
${EXCHANGE_USAGE}`;
