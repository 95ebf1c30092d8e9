import { BUNDLED_FONT_FILES } from '../../../../resources/bundled-files.ts';
import type { FontFace, FontSelection } from './font-roles.ts';

// OFL fonts installed from the npm registry as whole fonts (web-font packages split by unicode-range print blank
// text). No freely licensed simplified-Chinese 仿宋 exists there, so the body is set in Noto Serif SC, the
// closest official-document style available; the title takes its heaviest weight for the 小标宋 look; headings
// use Source Han Sans SC as 黑体. Source Han Sans SC carries the whole Adobe-Identity glyph set, CJK Extension B
// included (𠮷), so it is also the stand-in for characters Noto Serif SC lacks.
const notoSerifRegular: FontFace = {
  name: 'Noto Serif SC Regular（思源宋体）',
  file: BUNDLED_FONT_FILES.notoSerifRegular,
  source: 'bundled',
};
const notoSerifBlack: FontFace = {
  name: 'Noto Serif SC Black（思源宋体 特粗）',
  file: BUNDLED_FONT_FILES.notoSerifBlack,
  source: 'bundled',
};
const sourceHanSans: FontFace = {
  name: 'Source Han Sans SC Regular（思源黑体）',
  file: BUNDLED_FONT_FILES.sourceHanSansRegular,
  source: 'bundled',
};

export const BUNDLED_FONTS: FontSelection = {
  roles: { title: notoSerifBlack, heading: sourceHanSans, body: notoSerifRegular },
  fallbacks: [sourceHanSans],
};

// The resolver tests use: the same files on every machine, so output is byte-identical everywhere.
export function bundledFonts(): FontSelection {
  return BUNDLED_FONTS;
}
