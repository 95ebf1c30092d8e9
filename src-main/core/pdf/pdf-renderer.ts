import { UserError } from '../../shared/errors.ts';
import type { DocDefinition } from './doc-definition.ts';
import { assignFontRuns, type GlyphCoverage } from './font-runs.ts';
import { FONT_ROLES, type FontFace, type FontResolver, type FontSelection } from './fonts/font-roles.ts';
import { loadFont } from './fonts/font-store.ts';
import { renderWithPdfmake, type AnchorPlace, type EngineFont } from './pdfmake-engine.ts';

export type { AnchorPlace };

export interface RenderedPdf {
  bytes: Uint8Array;
  pageCount: number;
  // Pages each part of the document took, as laid out, in the order of its parts.
  partPageCounts: number[];
  // Where each anchored node went, by anchor name.
  anchors: ReadonlyMap<string, AnchorPlace>;
}

export interface PdfRenderer {
  // The fonts this renderer prints with, resolved on first use and kept for its lifetime.
  fonts(): FontSelection;
  // Refuses with PDF_MISSING_GLYPHS, before anything is drawn, when a character has no glyph in any font.
  render(doc: DocDefinition): Promise<RenderedPdf>;
}

const fallbackFamily = (index: number) => `fallback-${index}`;
const FALLBACK_FAMILY = /^fallback-(\d+)$/;

function describeMissing(chars: readonly string[]): string {
  const listed = chars
    .map((char) => `“${char}”（U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}）`)
    .join('、');
  return (
    `以下字符在本机可用的字体中都没有字形，为避免打印出空白方框，未生成 PDF：${listed}。` +
    '请安装包含这些字符的字体后重试，或在记录中改用其他写法并加以说明。'
  );
}

export function createPdfRenderer(resolveFonts: FontResolver): PdfRenderer {
  let selection: FontSelection | undefined;
  const fonts = (): FontSelection => (selection ??= resolveFonts());

  const faceOf = (family: string): FontFace => {
    const { roles, fallbacks } = fonts();
    const role = FONT_ROLES.find((candidate) => candidate === family);
    const fallbackIndex = FALLBACK_FAMILY.exec(family)?.[1];
    const face = role ? roles[role] : fallbackIndex === undefined ? undefined : fallbacks[Number(fallbackIndex)];
    if (!face) throw new Error(`no font for family ${family}`);
    return face;
  };
  const fontFor = (family: string): EngineFont => {
    const face = faceOf(family);
    return { font: loadFont(face), file: face.file, ...(face.postscriptName ? { postscriptName: face.postscriptName } : {}) };
  };
  // Fallback fonts are opened only when some character needs one.
  const coverage: GlyphCoverage = {
    has: (family, codePoint) => fontFor(family).font.hasGlyphForCodePoint(codePoint),
    get fallbackFamilies() {
      return fonts().fallbacks.map((_, index) => fallbackFamily(index));
    },
  };

  return {
    fonts,
    async render(doc) {
      const { doc: prepared, missing } = assignFontRuns(doc, coverage);
      if (missing.length > 0) throw new UserError('PDF_MISSING_GLYPHS', describeMissing(missing));
      return renderWithPdfmake(prepared, fontFor);
    },
  };
}
