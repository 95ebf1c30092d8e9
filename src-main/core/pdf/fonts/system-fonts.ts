import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { win32 } from 'node:path';
import { BUNDLED_FONTS } from './bundled-fonts.ts';
import { canLoadFont } from './font-store.ts';
import { FONT_ROLES, type FontFace, type FontResolver, type FontRole, type FontSelection } from './font-roles.ts';

// What the resolver may look at, injected so the choice can be tested for every platform on any machine.
export interface SystemFontEnvironment {
  platform: NodeJS.Platform;
  // C:\Windows\Fonts on a normal installation.
  windowsFontsDir: string;
  fileExists(path: string): boolean;
  // fc-list's answer in FC_LIST_FORMAT for ':lang=zh', or undefined where fontconfig is not installed.
  fcList(): string | undefined;
  // Whether the face really opens (a listed file may be broken, or a collection may lack the name).
  usable(face: FontFace): boolean;
}

export const FC_LIST_FORMAT = '%{file}\\t%{family}\\t%{style}\\t%{postscriptname}\\n';
const FC_LIST_ARGS = ['-f', FC_LIST_FORMAT, ':lang=zh'];
const FC_LIST_TIMEOUT_MS = 10_000;

interface WindowsCandidate {
  file: string;
  postscriptName?: string;
  name: string;
}

// Fonts that ship with Windows (and, for 方正小标宋 and 华文中宋, with the office suites every government PC has).
const WINDOWS_ROLE_CANDIDATES: Readonly<Record<FontRole, readonly WindowsCandidate[]>> = {
  title: [
    { file: 'FZXBSJW.TTF', name: '方正小标宋简体' },
    { file: 'STZHONGS.TTF', name: '华文中宋' },
  ],
  heading: [{ file: 'simhei.ttf', name: '黑体（SimHei）' }],
  body: [
    { file: 'simfang.ttf', name: '仿宋（FangSong）' },
    { file: 'simsun.ttc', postscriptName: 'SimSun', name: '宋体（SimSun）' },
  ],
};

// SimSun-ExtB covers CJK Extension B; SimSun-ExtG (Windows 11) the later extensions.
const WINDOWS_FALLBACKS: readonly WindowsCandidate[] = [
  { file: 'simsunb.ttf', name: '宋体-扩展B（SimSun-ExtB）' },
  { file: 'SimsunExtG.ttf', name: '宋体-扩展G（SimSun-ExtG）' },
];

interface FcFont {
  file: string;
  families: string[];
  styles: string[];
  postscriptName: string;
}

interface FcRule {
  family: RegExp;
  // Matched against any of the font's style names; absent means any style.
  style?: RegExp;
}

const REGULAR = /^(Regular|Book|Normal|常规)$/i;

// In order of preference; the first rule with a matching font wins.
const FC_ROLE_RULES: Readonly<Record<FontRole, readonly FcRule[]>> = {
  title: [
    { family: /小标宋|XiaoBiaoSong|FZXBSJW/i },
    { family: /^(Noto Serif CJK SC|Source Han Serif (SC|CN))$/, style: /^(Black|Heavy)$/i },
    { family: /^(Noto Serif CJK SC|Source Han Serif (SC|CN))$/, style: /^Bold$/i },
  ],
  heading: [
    { family: /SimHei|黑体/ },
    { family: /^(Noto Sans CJK SC|Source Han Sans (SC|CN))$/, style: REGULAR },
    { family: /WenQuanYi (Zen|Micro) Hei/ },
  ],
  body: [
    { family: /FangSong|仿宋|FandolFang/i },
    { family: /^(Noto Serif CJK SC|Source Han Serif (SC|CN))$/, style: REGULAR },
    { family: /SimSun|宋体|AR PL UMing/ },
  ],
};

// Pan-CJK families whose fonts hold CJK Extension B.
const FC_FALLBACK_RULES: readonly FcRule[] = [
  { family: /^(Noto Sans CJK SC|Source Han Sans (SC|CN))$/, style: REGULAR },
  { family: /^(Noto Serif CJK SC|Source Han Serif (SC|CN))$/, style: REGULAR },
  { family: /SimSun-ExtB|HanaMin|Jigmo|Plangothic|BabelStone Han/i },
];

export function parseFcList(output: string): FcFont[] {
  return output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      const [file, families, styles, postscriptName] = line.split('\t');
      if (!file || !families || postscriptName === undefined) return [];
      return [{ file, families: families.split(','), styles: (styles ?? '').split(','), postscriptName }];
    })
    // fc-list's order depends on the font cache; sorting makes the choice the same on every run. By code unit:
    // the first localeCompare loads ICU's collation data, 8 ms of every print.
    .sort((a, b) => compareCodeUnits(`${a.file}\t${a.postscriptName}`, `${b.file}\t${b.postscriptName}`));
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function matches(font: FcFont, rule: FcRule): boolean {
  return font.families.some((family) => rule.family.test(family)) && (!rule.style || font.styles.some((style) => rule.style?.test(style)));
}

function fcFace(font: FcFont): FontFace {
  const isCollection = /\.(ttc|otc)$/i.test(font.file);
  const name = [font.families[0], font.styles[0]].filter(Boolean).join(' ');
  return {
    name,
    file: font.file,
    ...(isCollection ? { postscriptName: font.postscriptName } : {}),
    source: 'system',
  };
}

function firstUsable(candidates: FontFace[], env: SystemFontEnvironment): FontFace | undefined {
  return candidates.find((face) => env.usable(face));
}

function linuxSelection(env: SystemFontEnvironment): FontSelection {
  const output = env.fcList();
  if (output === undefined) return BUNDLED_FONTS;
  const fonts = parseFcList(output);
  const pick = (rules: readonly FcRule[]) =>
    firstUsable(rules.flatMap((rule) => fonts.filter((font) => matches(font, rule)).map(fcFace)), env);
  const roles = Object.fromEntries(FONT_ROLES.map((role) => [role, pick(FC_ROLE_RULES[role]) ?? BUNDLED_FONTS.roles[role]])) as Record<
    FontRole,
    FontFace
  >;
  const fallbacks = FC_FALLBACK_RULES.flatMap((rule) => fonts.filter((font) => matches(font, rule)).map(fcFace)).filter((face) =>
    env.usable(face),
  );
  return { roles, fallbacks: dedupe([...fallbacks, ...BUNDLED_FONTS.fallbacks]) };
}

function windowsSelection(env: SystemFontEnvironment): FontSelection {
  const face = ({ file, postscriptName, name }: WindowsCandidate): FontFace => ({
    name,
    file: win32.join(env.windowsFontsDir, file),
    ...(postscriptName === undefined ? {} : { postscriptName }),
    source: 'system',
  });
  const present = (candidates: readonly WindowsCandidate[]) =>
    candidates.map(face).filter((candidate) => env.fileExists(candidate.file) && env.usable(candidate));
  const roles = Object.fromEntries(
    FONT_ROLES.map((role) => [role, present(WINDOWS_ROLE_CANDIDATES[role])[0] ?? BUNDLED_FONTS.roles[role]]),
  ) as Record<FontRole, FontFace>;
  return { roles, fallbacks: dedupe([...present(WINDOWS_FALLBACKS), ...BUNDLED_FONTS.fallbacks]) };
}

function dedupe(faces: FontFace[]): FontFace[] {
  const seen = new Set<string>();
  return faces.filter((face) => {
    const key = `${face.file}#${face.postscriptName ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// The system's Chinese fonts where they fit a role, the bundled fonts for every role they leave open.
export function systemFonts(env: SystemFontEnvironment): FontSelection {
  if (env.platform === 'win32') return windowsSelection(env);
  if (env.platform === 'linux') return linuxSelection(env);
  return BUNDLED_FONTS;
}

export function defaultSystemFontEnvironment(): SystemFontEnvironment {
  return {
    platform: process.platform,
    windowsFontsDir: win32.join(process.env['WINDIR'] ?? 'C:\\Windows', 'Fonts'),
    fileExists: existsSync,
    fcList: () => {
      try {
        return execFileSync('fc-list', FC_LIST_ARGS, { encoding: 'utf8', timeout: FC_LIST_TIMEOUT_MS });
      } catch {
        return undefined;
      }
    },
    usable: canLoadFont,
  };
}

// The app's resolver: looks once, then answers the same selection for the life of the process.
export function systemFontResolver(env: SystemFontEnvironment = defaultSystemFontEnvironment()): FontResolver {
  let selection: FontSelection | undefined;
  return () => (selection ??= systemFonts(env));
}

// fc-list's answer without blocking, or undefined where fontconfig is not installed or fails.
export function listFcFonts(): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('fc-list', FC_LIST_ARGS, { encoding: 'utf8', timeout: FC_LIST_TIMEOUT_MS }, (error, output) => resolve(error ? undefined : output));
  });
}

// For a command that prints once: fc-list, a process of its own (~30 ms), runs while the command reads and checks
// its input, and the resolver then chooses from its answer exactly as systemFontResolver does.
export function startSystemFontLookup(
  env: SystemFontEnvironment = defaultSystemFontEnvironment(),
  listFonts: () => Promise<string | undefined> = listFcFonts,
): () => Promise<FontResolver> {
  const listing = env.platform === 'linux' ? listFonts() : Promise.resolve(undefined);
  return async () => {
    const output = await listing;
    return systemFontResolver({ ...env, fcList: () => output });
  };
}
