import { describe, expect, it } from 'vitest';
import { BUNDLED_FONTS } from '../../../src-main/core/pdf/fonts/bundled-fonts.ts';
import { describeFonts } from '../../../src-main/core/pdf/fonts/font-roles.ts';
import {
  defaultSystemFontEnvironment,
  listFcFonts,
  startSystemFontLookup,
  systemFonts,
  type SystemFontEnvironment,
} from '../../../src-main/core/pdf/fonts/system-fonts.ts';

// The system resolver is given the machine as data, so its choice can be checked for Windows and Linux here.
const environment = (overrides: Partial<SystemFontEnvironment>): SystemFontEnvironment => ({
  platform: 'linux',
  windowsFontsDir: 'C:\\Windows\\Fonts',
  fileExists: () => false,
  fcList: () => undefined,
  usable: () => true,
  ...overrides,
});

// fc-list -f '%{file}\t%{family}\t%{style}\t%{postscriptname}\n' :lang=zh on Debian with fonts-noto-cjk.
const DEBIAN_NOTO = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc\tNoto Sans CJK TC\tRegular\tNotoSansCJKtc-Regular',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc\tNoto Sans CJK SC\tRegular\tNotoSansCJKsc-Regular',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc\tNoto Serif CJK SC\tRegular\tNotoSerifCJKsc-Regular',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc\tNoto Serif CJK SC\tBold\tNotoSerifCJKsc-Bold',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc\tNoto Sans CJK SC\tBold\tNotoSansCJKsc-Bold',
].join('\n');

describe('choosing fonts', () => {
  it('on Windows takes 仿宋, 黑体 and an installed 小标宋, with SimSun-ExtB for rare characters', () => {
    const present = new Set(['simfang.ttf', 'simhei.ttf', 'FZXBSJW.TTF', 'simsunb.ttf'].map((file) => `C:\\Windows\\Fonts\\${file}`));
    const selection = systemFonts(environment({ platform: 'win32', fileExists: (path) => present.has(path) }));
    expect(selection.roles.body).toMatchObject({ file: 'C:\\Windows\\Fonts\\simfang.ttf', source: 'system' });
    expect(selection.roles.heading).toMatchObject({ file: 'C:\\Windows\\Fonts\\simhei.ttf', source: 'system' });
    expect(selection.roles.title).toMatchObject({ name: '方正小标宋简体', source: 'system' });
    expect(selection.fallbacks[0]).toMatchObject({ file: 'C:\\Windows\\Fonts\\simsunb.ttf' });
    expect(selection.fallbacks.at(-1)).toBe(BUNDLED_FONTS.fallbacks[0]);
  });

  it('on Windows without 仿宋 falls back to SimSun in its collection, and to the bundled title font', () => {
    const selection = systemFonts(
      environment({ platform: 'win32', fileExists: (path) => path.endsWith('simsun.ttc') || path.endsWith('simhei.ttf') }),
    );
    expect(selection.roles.body).toMatchObject({ file: 'C:\\Windows\\Fonts\\simsun.ttc', postscriptName: 'SimSun' });
    expect(selection.roles.title).toBe(BUNDLED_FONTS.roles.title);
  });

  it('on Linux takes fontconfig’s simplified-Chinese faces by role, naming the face inside a collection', () => {
    const selection = systemFonts(environment({ fcList: () => DEBIAN_NOTO }));
    expect(selection.roles.body).toMatchObject({ postscriptName: 'NotoSerifCJKsc-Regular', source: 'system' });
    expect(selection.roles.title).toMatchObject({ postscriptName: 'NotoSerifCJKsc-Bold' });
    expect(selection.roles.heading).toMatchObject({ postscriptName: 'NotoSansCJKsc-Regular' });
    expect(selection.fallbacks.map((face) => face.postscriptName ?? face.file)).toEqual([
      'NotoSansCJKsc-Regular',
      'NotoSerifCJKsc-Regular',
      BUNDLED_FONTS.fallbacks[0]?.file,
    ]);
  });

  it('chooses the same faces in whatever order fc-list lists them', () => {
    const second = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc\tNoto Serif CJK SC\tRegular\tNotoSerifCJKsc-Regular';
    const first = second.replace('/usr/share/fonts/opentype/noto/', '/usr/local/share/fonts/');
    const lines = [...DEBIAN_NOTO.split('\n'), second.replace(/\.ttc/, '-Copy.ttc'), first];
    const forward = systemFonts(environment({ fcList: () => lines.join('\n') }));
    const backward = systemFonts(environment({ fcList: () => lines.toReversed().join('\n') }));
    expect(backward).toEqual(forward);
    expect(forward.roles.body.file).toBe('/usr/local/share/fonts/NotoSerifCJK-Regular.ttc');
  });

  it('prefers a real 仿宋 where fontconfig has one, and skips a face that does not open', () => {
    const listing = `${DEBIAN_NOTO}\n/usr/share/fonts/fandol/FandolFang-Regular.otf\tFandolFang\tRegular\tFandolFang-Regular`;
    const selection = systemFonts(environment({ fcList: () => listing, usable: (face) => face.postscriptName !== 'NotoSansCJKsc-Regular' }));
    expect(selection.roles.body).toMatchObject({ file: '/usr/share/fonts/fandol/FandolFang-Regular.otf' });
    expect(selection.roles.body.postscriptName).toBeUndefined();
    expect(selection.roles.heading).toBe(BUNDLED_FONTS.roles.heading);
  });

  it('uses the bundled fonts where fontconfig is missing and on other systems', () => {
    expect(systemFonts(environment({}))).toBe(BUNDLED_FONTS);
    expect(systemFonts(environment({ platform: 'darwin' }))).toBe(BUNDLED_FONTS);
  });

  it('looked up in the background (the CLI), chooses from fc-list exactly as the app does', async () => {
    const env = environment({ fcList: () => DEBIAN_NOTO });
    const lookup = startSystemFontLookup(env, () => Promise.resolve(DEBIAN_NOTO));
    expect((await lookup())()).toEqual(systemFonts(env));
    const missing = startSystemFontLookup(environment({ fcList: () => DEBIAN_NOTO }), () => Promise.resolve(undefined));
    expect((await missing())()).toBe(BUNDLED_FONTS);
  });

  it('starts no fc-list on Windows, which chooses by file name', async () => {
    let listed = 0;
    const env = environment({ platform: 'win32', fileExists: (path) => path.endsWith('simhei.ttf') });
    const lookup = startSystemFontLookup(env, () => {
      listed += 1;
      return Promise.resolve(DEBIAN_NOTO);
    });
    expect((await lookup())()).toEqual(systemFonts(env));
    expect((await lookup())().roles.heading).toMatchObject({ file: 'C:\\Windows\\Fonts\\simhei.ttf' });
    expect(listed).toBe(0);
  });

  it('reads the same fc-list answer in the background as the app reads at once', async () => {
    expect(await listFcFonts()).toBe(defaultSystemFontEnvironment().fcList());
  });

  it('reports, for the settings page, which font prints each role and where it comes from', () => {
    expect(describeFonts(BUNDLED_FONTS).map(({ role, roleLabel, fontName, sourceLabel }) => [role, roleLabel, fontName, sourceLabel])).toEqual([
      ['title', '标题（小标宋体）', 'Noto Serif SC Black（思源宋体 特粗）', '程序自带字体'],
      ['heading', '栏目名称（黑体）', 'Source Han Sans SC Regular（思源黑体）', '程序自带字体'],
      ['body', '正文与填写内容（仿宋体）', 'Noto Serif SC Regular（思源宋体）', '程序自带字体'],
      ['fallback', '生僻字备用字体', 'Source Han Sans SC Regular（思源黑体）', '程序自带字体'],
    ]);
  });
});
