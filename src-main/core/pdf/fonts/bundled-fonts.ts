import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontFace, FontSelection } from './font-roles.ts';

const require = createRequire(import.meta.url);

function packageFile(packageName: string, file: string): string {
  return join(dirname(require.resolve(`${packageName}/package.json`)), file);
}

// OFL fonts installed from the npm registry as whole fonts (web-font packages split by unicode-range print blank
// text). No freely licensed simplified-Chinese 仿宋 exists there, so the body is set in Noto Serif SC, the
// closest official-document style available; the title takes its heaviest weight for the 小标宋 look; headings
// use Source Han Sans SC as 黑体. Source Han Sans SC carries the whole Adobe-Identity glyph set, CJK Extension B
// included (𠮷), so it is also the stand-in for characters Noto Serif SC lacks.
const notoSerifRegular: FontFace = {
  name: 'Noto Serif SC Regular（思源宋体）',
  file: packageFile('@expo-google-fonts/noto-serif-sc', '400Regular/NotoSerifSC_400Regular.ttf'),
  source: 'bundled',
};
const notoSerifBlack: FontFace = {
  name: 'Noto Serif SC Black（思源宋体 特粗）',
  file: packageFile('@expo-google-fonts/noto-serif-sc', '900Black/NotoSerifSC_900Black.ttf'),
  source: 'bundled',
};
const sourceHanSans: FontFace = {
  name: 'Source Han Sans SC Regular（思源黑体）',
  file: packageFile('node-source-han-sans-sc', 'SourceHanSansSC-Regular.otf'),
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
