import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Every file the app ships besides its code, named once. Each is a file of an npm package that package.json pins,
// read where npm installed it rather than copied here: the fonts are 15–17 MB each and their bytes are already
// fixed by the pinned version, and the holiday table follows chinese-days when it is updated
// (docs/architecture.md, "resources/").
const require = createRequire(import.meta.url);

function packageFile(packageName: string, file: string): string {
  return join(dirname(require.resolve(`${packageName}/package.json`)), file);
}

// Whole OFL fonts, for printing where the system has no Chinese fonts, and always in tests.
export const BUNDLED_FONT_FILES = {
  notoSerifRegular: packageFile('@expo-google-fonts/noto-serif-sc', '400Regular/NotoSerifSC_400Regular.ttf'),
  notoSerifBlack: packageFile('@expo-google-fonts/noto-serif-sc', '900Black/NotoSerifSC_900Black.ttf'),
  sourceHanSansRegular: packageFile('node-source-han-sans-sc', 'SourceHanSansSC-Regular.otf'),
} as const;

// chinese-days' table of the State Council's holiday and 调休 schedules, as parsed JSON. Loaded with require()
// because bundlers drop the JSON import attribute that Node would need for a plain import.
export function builtInCalendarTable(): unknown {
  return require('chinese-days/dist/chinese-days.json');
}
