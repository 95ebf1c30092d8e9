import { formatChinaDate } from '../../shared/calendar/china-time.ts';
import { chinaDateOf } from '../../shared/calendar/iso-date.ts';
import { MM, type ContentNode, type DocDefinition } from './doc-definition.ts';
import { SIZE } from './document-parts.ts';

export interface RecoverySheetInput {
  // RecoveryKey.display: eight groups of four key characters and a ninth group of check characters.
  recoveryKey: string;
  printedAt: Date;
}

const RECOVERY_KEY_DISPLAY = /^[0-9A-Z]{4}(-[0-9A-Z]{4}){8}$/;
export const RECOVERY_SHEET_TITLE = '留痕恢复密钥';
export const STORE_SEALED = '请密封保存';

export const RECOVERY_INSTRUCTIONS = [
  '1. 本恢复密钥是忘记口令时打开本机留痕加密数据库的唯一途径。既忘记口令又没有恢复密钥，数据库中的记录将无法找回。',
  '2. 持有本页的人可以打开数据库、看到全部记录。请将本页装入信封密封，在封口处签字，存放在单位保密柜或本人上锁的抽屉等安全处所，不要与电脑放在一起。',
  '3. 不要拍照、扫描、复印本页，也不要把恢复密钥存入电脑、手机、网盘，或发送给任何人。',
  '4. 使用时，在留痕解锁界面选择“忘记口令？使用恢复密钥”，输入上列字符或扫描二维码。输入不区分大小写，字母O与数字0、字母I和L与数字1视为相同；最后一组为校验位，输错时程序会提示逐组核对。',
  '5. 修改口令不影响恢复密钥。恢复密钥重新生成后，本页即作废，请粉碎销毁。',
] as const;

function keyTable(groups: string[]): ContentNode {
  const cell = (group: string, index: number): ContentNode => ({
    stack: [
      { text: index === groups.length - 1 ? '校验位' : `第${index + 1}组`, fontSize: SIZE.xiaoWu, alignment: 'center' },
      { text: group, font: 'heading', fontSize: 20, alignment: 'center', characterSpacing: 3 },
    ],
  });
  const rows = [0, 3, 6].map((start) => groups.slice(start, start + 3).map((group, offset) => cell(group, start + offset)));
  return {
    table: { widths: ['*', '*', '*'], body: rows },
    layout: { hLineWidth: () => 0.75, vLineWidth: () => 0.75, paddingTop: () => 6, paddingBottom: () => 6 },
  };
}

// The vault's recovery key on paper: the characters to type, the same as a QR code, and how to keep it.
export function recoverySheetDocument({ recoveryKey, printedAt }: RecoverySheetInput): DocDefinition {
  if (!RECOVERY_KEY_DISPLAY.test(recoveryKey)) throw new RangeError('not a recovery key in its display form');
  const groups = recoveryKey.split('-');
  return {
    info: {
      title: RECOVERY_SHEET_TITLE,
      subject: '留痕加密数据库的恢复密钥（请密封保存）',
      keywords: '留痕; 恢复密钥',
      creationDate: printedAt,
    },
    // A personal sheet, not an official document: narrower margins keep it on one page.
    pageMargins: [25 * MM, 22 * MM, 25 * MM, 20 * MM],
    defaultStyle: { font: 'body', fontSize: SIZE.wu, lineHeight: 1.35 },
    parts: [
      [
        { text: RECOVERY_SHEET_TITLE, font: 'title', fontSize: SIZE.er, alignment: 'center', margin: [0, 0, 0, 10] },
        {
          table: { widths: ['*'], body: [[{ text: STORE_SEALED, font: 'heading', fontSize: SIZE.er, alignment: 'center', margin: [0, 4, 0, 4] }]] },
          layout: { hLineWidth: () => 2, vLineWidth: () => 2 },
          margin: [90, 0, 90, 20],
        },
        keyTable(groups),
        {
          margin: [0, 14, 0, 14],
          columns: [
            {
              width: '*',
              fontSize: SIZE.xiaoSi,
              lineHeight: 1.9,
              stack: [
                `打印日期：${formatChinaDate(chinaDateOf(printedAt))}`,
                '封存日期：＿＿＿＿＿＿＿＿＿＿',
                '封存人：＿＿＿＿＿＿＿＿＿＿',
                '保管地点：＿＿＿＿＿＿＿＿＿＿',
              ],
            },
            { width: 110, qr: recoveryKey, fit: 110, eccLevel: 'M' },
          ],
        },
        { text: '说　明', font: 'heading', fontSize: SIZE.si, margin: [0, 0, 0, 6] },
        { stack: [...RECOVERY_INSTRUCTIONS] },
      ],
    ],
  };
}
