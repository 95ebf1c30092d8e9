import { formatFingerprint } from '../../shared/form/fingerprint-text.ts';
import { formatRecordNumber } from '../../shared/form/record-number.ts';
import { MM, type Content, type PageFunction, type PagePlace } from './doc-definition.ts';

export { formatRecordNumber };

// GB/T 9704-2012: A4, top margin 37 mm, bottom 35 mm, left (binding side) 28 mm, right 26 mm; a type area of
// 156 mm × 225 mm.
export const OFFICIAL_MARGINS = [28 * MM, 37 * MM, 26 * MM, 35 * MM] as const;
export const TYPE_AREA_WIDTH = 156 * MM;
export const TYPE_AREA_HEIGHT = 225 * MM;

// Chinese type sizes (字号) in points.
export const SIZE = {
  er: 22, // 二号: document title
  san: 16, // 三号: body text of a document
  si: 14, // 四号: page numbers
  xiaoSi: 12, // 小四
  wu: 10.5, // 五号: table cells
  xiaoWu: 9, // 小五
  liu: 7.5, // 六号: verification line
} as const;

// The QR carries the fingerprint in upper case: QR's alphanumeric mode then fits 64 hex digits in a version-3
// symbol, larger modules on paper than the byte mode lower case would need. Compare case-insensitively.
export function fingerprintQrPayload(fingerprint: string): string {
  return fingerprint.toUpperCase();
}

// Tabs have no glyph in CJK fonts; a narrative cell's tab prints as spaces.
export function printable(text: string): string {
  return text.replace(/\t/g, '    ');
}

export interface VerificationIds {
  recordId: string;
  version: number;
  fingerprint: string;
  // The printing installation's exchange signing key (handlerKeyFingerprint), on the form's own pages only: the
  // paper, signed by hand, vouches for the key the discipline body finds in the encrypted file.
  handlerKeyFingerprint?: string;
}

// How the form names that key; the discipline body's import report names the same key 承办人员密钥.
export const HANDLER_KEY_LABEL = '承办人员签名密钥指纹';

const QR_SIZE = 48;

// GB/T 9704 page number: "— 1 —" in 四号, 7 mm below the type area, odd pages on the right and even pages on the
// left, one character in from the edge.
function pageNumberLine(pageNumber: number): Content {
  const odd = pageNumber % 2 === 1;
  return {
    text: `— ${pageNumber} —`,
    fontSize: SIZE.si,
    alignment: odd ? 'right' : 'left',
    margin: odd ? [0, 0, SIZE.si, 0] : [SIZE.si, 0, 0, 0],
  };
}

// Every page carries what ties the paper to the electronic record: 编号, version and fingerprint, in words and
// as a QR code, and on the form's pages the key that signs its encrypted file. `pageNumberOf` says which printed page number a page has (undefined: none, as on a cover).
export function verificationFooter(ids: VerificationIds, pageNumberOf: (place: PagePlace) => number | undefined): PageFunction {
  const [left, , right] = OFFICIAL_MARGINS;
  return (place) => {
    const pageNumber = pageNumberOf(place);
    return {
      margin: [left, 7 * MM - SIZE.si / 2, right, 0],
      stack: [
        pageNumber === undefined ? { text: ' ', fontSize: SIZE.si } : pageNumberLine(pageNumber),
        {
          margin: [0, 4, 0, 0],
          columns: [
            {
              width: '*',
              fontSize: SIZE.liu,
              lineHeight: 1.25,
              stack: [
                `编号：${formatRecordNumber(ids.recordId)}\u3000第${ids.version}版`,
                `指纹：${formatFingerprint(ids.fingerprint)}`,
                ...(ids.handlerKeyFingerprint === undefined ? [] : [`${HANDLER_KEY_LABEL}：${formatFingerprint(ids.handlerKeyFingerprint)}`]),
                '核对：指纹是记录内容的 BLAKE2b-256 摘要。扫描右侧二维码或逐组比对指纹，与电子记录的指纹一致，即纸质件与电子件内容一致。',
              ],
            },
            { width: QR_SIZE, qr: fingerprintQrPayload(ids.fingerprint), fit: QR_SIZE, eccLevel: 'M' },
          ],
          columnGap: 10,
        },
      ],
    };
  };
}
