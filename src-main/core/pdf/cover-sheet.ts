import type { RecipientRoute } from '../../shared/routing/route-record.ts';
import { A4, MM, type Content, type ContentNode } from './doc-definition.ts';
import { SIZE, formatRecordNumber } from './document-parts.ts';

export const SEALED_MARKING = '密封报送件';
export const COVER_WARNING = '非收件人不得拆封';
export const SEAL_MARK = '密　封';
// The flap line runs across the top margin, above the type area.
const FLAP_Y = 24 * MM;

function flapLine(): ContentNode[] {
  const pageWidth = A4.width;
  const mark = (x: number): ContentNode => ({
    absolutePosition: { x, y: FLAP_Y - 13 },
    table: { widths: [58], body: [[{ text: SEAL_MARK, font: 'heading', fontSize: SIZE.si, alignment: 'center', fillColor: '#ffffff' }]] },
    layout: { hLineWidth: () => 1.2, vLineWidth: () => 1.2, paddingTop: () => 4, paddingBottom: () => 2 },
  });
  return [
    {
      absolutePosition: { x: 0, y: FLAP_Y },
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: pageWidth, y2: 0, lineWidth: 0.8, dash: { length: 6, space: 4 } }],
    },
    { absolutePosition: { x: 10 * MM, y: FLAP_Y + 4 }, text: '封口线', fontSize: SIZE.xiaoWu },
    ...[0.3, 0.5, 0.7].map((fraction) => mark(pageWidth * fraction - 35)),
  ];
}

export interface CoverCopy {
  recordId: string;
  recipient: RecipientRoute;
  copy: number;
  copies: number;
}

// The outside of the envelope, which couriers and mail rooms see (第十一条 任何人不得泄露相关记录事项): where it
// goes, that it is sealed, which record and which copy. Not even the form's title: it would tell every hand the
// envelope passes through that someone recorded an intervention. Who filed it, the dates, the deadline and why
// it goes here are on the 报送单 inside; no footer, so no fingerprint or version either.
export function coverPage({ recordId, recipient, copy, copies }: CoverCopy): Content[] {
  return [
    ...flapLine(),
    { text: SEALED_MARKING, font: 'title', fontSize: SIZE.er + 6, alignment: 'center', characterSpacing: 6, margin: [0, 24, 0, 48] },
    { text: '收件单位', font: 'heading', fontSize: SIZE.si, margin: [0, 0, 0, 8] },
    { text: recipient.name, font: 'heading', fontSize: 20, alignment: 'center', margin: [0, 0, 0, 40] },
    {
      fontSize: SIZE.si,
      lineHeight: 1.3,
      layout: 'noBorders',
      table: {
        widths: [110, '*'],
        body: [
          [{ text: '记录表编号', font: 'heading', alignment: 'justify' }, formatRecordNumber(recordId)],
          [{ text: '份数', font: 'heading', alignment: 'justify' }, `第${copy}份，共${copies}份`],
        ],
      },
    },
    {
      margin: [0, 56, 0, 0],
      table: {
        widths: ['*'],
        body: [[{ text: COVER_WARNING, font: 'title', fontSize: 26, alignment: 'center', margin: [0, 8, 0, 8] }]],
      },
      layout: { hLineWidth: () => 1.5, vLineWidth: () => 1.5 },
    },
    {
      text: '请将报送单和记录表装入信封，沿封口线封好，在“密封”处骑缝签字或加盖印章后报送。',
      fontSize: SIZE.wu,
      alignment: 'center',
      margin: [0, 12, 0, 0],
    },
  ];
}
