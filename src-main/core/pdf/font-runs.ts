import type { Content, ContentNode, DocDefinition, PageFunction } from './doc-definition.ts';

// Which font families can draw which characters, in the order fallbacks are tried.
export interface GlyphCoverage {
  has(family: string, codePoint: number): boolean;
  fallbackFamilies: readonly string[];
}

export interface FontRunsResult {
  doc: DocDefinition;
  // Characters no font can draw, in the order they first appear.
  missing: string[];
}

// A line break is layout, not a glyph.
const NEUTRAL = new Set(['\n']);

// Splits every text into runs a font can draw: a character the run's font lacks moves to the first fallback
// that has it. What no font has is collected rather than drawn, so the caller can refuse the document instead
// of printing a blank box where a name should be.
export function assignFontRuns(doc: DocDefinition, coverage: GlyphCoverage): FontRunsResult {
  const missing = new Set<string>();
  const baseFont = doc.defaultStyle.font;

  const runsOf = (text: string, font: string): Content => {
    const runs: { font: string; text: string }[] = [];
    for (const char of text) {
      const family = NEUTRAL.has(char) ? (runs.at(-1)?.font ?? font) : familyFor(char, font);
      const last = runs.at(-1);
      if (last && last.font === family) last.text += char;
      else runs.push({ font: family, text: char });
    }
    if (runs.every((run) => run.font === font)) return text;
    return runs.map((run) => (run.font === font ? run.text : { text: run.text, font: run.font }));
  };

  const familyFor = (char: string, font: string): string => {
    const codePoint = char.codePointAt(0) as number;
    if (coverage.has(font, codePoint)) return font;
    const fallback = coverage.fallbackFamilies.find((family) => coverage.has(family, codePoint));
    if (fallback !== undefined) return fallback;
    missing.add(char);
    return font;
  };

  const walk = (content: Content, font: string): Content => {
    if (typeof content === 'string') {
      const runs = runsOf(content, font);
      return typeof runs === 'string' ? runs : { text: runs };
    }
    if (Array.isArray(content)) return content.map((item: Content) => walk(item, font));
    return walkNode(content as ContentNode, font);
  };

  const walkNode = (node: ContentNode, inherited: string): ContentNode => {
    const font = typeof node['font'] === 'string' ? node['font'] : inherited;
    const out: Record<string, unknown> = { ...node };
    const text = node['text'];
    if (typeof text === 'string') out['text'] = runsOf(text, font);
    else if (Array.isArray(text)) out['text'] = text.map((item: Content) => (typeof item === 'string' ? runsOf(item, font) : walk(item, font)));
    for (const key of ['stack', 'columns', 'ul', 'ol'] as const) {
      const children = node[key];
      if (Array.isArray(children)) out[key] = children.map((child: Content) => walk(child, font));
    }
    const table = node['table'] as { body: Content[][] } | undefined;
    if (table) out['table'] = { ...table, body: table.body.map((row) => row.map((cell) => walk(cell, font))) };
    return out;
  };

  const wrap = (pageFunction: PageFunction | undefined): PageFunction | undefined => {
    if (!pageFunction) return undefined;
    // Checked once up front with a sample page (headers and footers differ between pages only in numbers), then
    // split again on every page as pdfmake asks for it.
    walk(pageFunction({ page: 1, part: 0, pageInPart: 1 }), baseFont);
    return (place) => walk(pageFunction(place), baseFont);
  };

  const footer = wrap(doc.footer);
  const result: DocDefinition = {
    ...doc,
    parts: doc.parts.map((part) => walk(part, baseFont)),
    ...(footer ? { footer } : {}),
  };
  return { doc: result, missing: [...missing] };
}
