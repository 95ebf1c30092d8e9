// GB/T 9704 assigns typefaces by role: the title in 小标宋, headings in 黑体, body text in 仿宋. A document
// definition names roles only; a FontSelection says which font file plays each role on this machine.
export const FONT_ROLES = ['title', 'heading', 'body'] as const;
export type FontRole = (typeof FONT_ROLES)[number];

export const FONT_ROLE_LABELS: Readonly<Record<FontRole, string>> = {
  title: '标题（小标宋体）',
  heading: '栏目名称（黑体）',
  body: '正文与填写内容（仿宋体）',
};

export const FONT_SOURCES = ['system', 'bundled'] as const;
export type FontSource = (typeof FONT_SOURCES)[number];

export const FONT_SOURCE_LABELS: Readonly<Record<FontSource, string>> = {
  system: '本机系统字体',
  bundled: '程序自带字体',
};

export interface FontFace {
  // The font's own name, as a person would recognise it in a font list.
  name: string;
  file: string;
  // Required for a TrueType/OpenType collection (.ttc), which holds several fonts in one file.
  postscriptName?: string;
  source: FontSource;
}

export interface FontSelection {
  roles: Readonly<Record<FontRole, FontFace>>;
  // Tried in order for a character the role's font lacks (a rare name, CJK Extension B), before refusing.
  fallbacks: readonly FontFace[];
}

export type FontResolver = () => FontSelection;

export interface FontRoleReport {
  role: FontRole | 'fallback';
  roleLabel: string;
  fontName: string;
  file: string;
  source: FontSource;
  sourceLabel: string;
}

// For the settings page: which font prints each role, and which fonts stand in for rare characters.
export function describeFonts(selection: FontSelection): FontRoleReport[] {
  const report = (role: FontRoleReport['role'], roleLabel: string, face: FontFace): FontRoleReport => ({
    role,
    roleLabel,
    fontName: face.name,
    file: face.file,
    source: face.source,
    sourceLabel: FONT_SOURCE_LABELS[face.source],
  });
  return [
    ...FONT_ROLES.map((role) => report(role, FONT_ROLE_LABELS[role], selection.roles[role])),
    ...selection.fallbacks.map((face) => report('fallback', '生僻字备用字体', face)),
  ];
}

export function faceKey(face: FontFace): string {
  return face.postscriptName === undefined ? face.file : `${face.file}#${face.postscriptName}`;
}
