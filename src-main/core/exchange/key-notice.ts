import { formatChinaDate } from '../../shared/calendar/china-time.ts';
import { chinaDateOf } from '../../shared/calendar/iso-date.ts';
import type { BodyIdentity } from '../../shared/exchange/exchange-body.ts';
import { KEY_NOTICE_QR_PREFIX } from '../../shared/exchange/fingerprint-comparison.ts';
import { formatFingerprint } from '../../shared/form/fingerprint-text.ts';
import { MM, type ContentNode, type DocDefinition } from '../pdf/doc-definition.ts';
import { SIZE } from '../pdf/document-parts.ts';

export const KEY_NOTICE_TITLE = '纪检组织公钥通知';

export const KEY_NOTICE_INSTRUCTIONS = [
  '1. 本通知与公钥文件一并交给需要向本纪检组织报送记录的承办人员，以及需要向本纪检组织转送案件的其他纪检组织。',
  '2. 在留痕中导入公钥文件时，程序会显示其指纹。请逐组核对程序显示的指纹与本页所印指纹完全一致（或扫描本页二维码），一致后再确认保存。',
  '3. 指纹不一致时不要使用该公钥文件，并当面告知本纪检组织：文件可能被替换。',
  '4. 本页须加盖本单位公章后方为有效。',
] as const;

// What the notice says around the fingerprint: a body's notice speaks to handlers and other bodies; the
// 领导小组办公室's (core/office/office-key-notice.ts) to the units' bodies that report to it.
export interface KeyNoticeWording {
  title: string;
  kindLabel: string;
  nameLabel: string;
  instructions: readonly string[];
}

export const BODY_KEY_NOTICE: KeyNoticeWording = { title: KEY_NOTICE_TITLE, kindLabel: '纪检组织类别', nameLabel: '纪检组织名称', instructions: KEY_NOTICE_INSTRUCTIONS };

export interface KeyNoticeInput {
  body: BodyIdentity;
  fingerprint: string;
  printedAt: Date;
  wording?: KeyNoticeWording;
}

function fingerprintTable(fingerprint: string): ContentNode {
  const groups = formatFingerprint(fingerprint).split(' ');
  const cell = (group: string, index: number): ContentNode => ({
    stack: [
      { text: `第${index + 1}组`, fontSize: SIZE.xiaoWu, alignment: 'center' },
      { text: group, font: 'heading', fontSize: 16, alignment: 'center', characterSpacing: 2 },
    ],
  });
  const rows = [0, 4].map((start) => groups.slice(start, start + 4).map((group, offset) => cell(group, start + offset)));
  return {
    table: { widths: ['*', '*', '*', '*'], body: rows },
    layout: { hLineWidth: () => 0.75, vLineWidth: () => 0.75, paddingTop: () => 6, paddingBottom: () => 6 },
  };
}

// One page a body prints, seals and hands out with its key file: who it is, the fingerprint to compare, and
// the same as a QR code.
export function keyNoticeDocument({ body, fingerprint, printedAt, wording = BODY_KEY_NOTICE }: KeyNoticeInput): DocDefinition {
  return {
    info: { title: wording.title, subject: `${body.unit}${body.name}的公钥指纹`, keywords: '留痕; 公钥', creationDate: printedAt },
    pageMargins: [25 * MM, 22 * MM, 25 * MM, 20 * MM],
    defaultStyle: { font: 'body', fontSize: SIZE.wu, lineHeight: 1.35 },
    parts: [
      [
        { text: wording.title, font: 'title', fontSize: SIZE.er, alignment: 'center', margin: [0, 0, 0, 16] },
        {
          fontSize: SIZE.xiaoSi,
          lineHeight: 1.8,
          stack: [`${wording.kindLabel}：${body.kind}`, `所在单位：${body.unit}`, `${wording.nameLabel}：${body.name}`],
          margin: [0, 0, 0, 12],
        },
        { text: '公钥指纹（BLAKE2b-256，共8组）', font: 'heading', fontSize: SIZE.si, margin: [0, 0, 0, 6] },
        fingerprintTable(fingerprint),
        {
          margin: [0, 14, 0, 14],
          columns: [
            {
              width: '*',
              fontSize: SIZE.xiaoSi,
              lineHeight: 1.9,
              stack: [`打印日期：${formatChinaDate(chinaDateOf(printedAt))}`, '（盖章）', '经办人：＿＿＿＿＿＿＿＿＿＿'],
            },
            { width: 120, qr: `${KEY_NOTICE_QR_PREFIX}${fingerprint}`, fit: 120, eccLevel: 'M' },
          ],
        },
        { text: '说　明', font: 'heading', fontSize: SIZE.si, margin: [0, 0, 0, 6] },
        { stack: [...wording.instructions] },
      ],
    ],
  };
}
