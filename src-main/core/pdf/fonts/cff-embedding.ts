import { encodeCffSubset, UnsupportedCff } from './cff-subset.ts';
import type { FontFile } from './font-file.ts';

// What pdfkit asks of the subset it embeds (EmbeddedFont: includeGlyph while drawing text, encode at the end; a
// subset with a `cff` is embedded as CIDFontType0C).
export interface EmbeddingSubset {
  readonly cff?: unknown;
  includeGlyph(glyph: number | { id: number }): number;
  encode(): Uint8Array;
}

export interface CffFont {
  readonly postscriptName: string;
  readonly directory: { readonly tables: Readonly<Record<string, { offset: number; length: number } | undefined>> };
  createSubset(): EmbeddingSubset;
}

// Glyph n of the subset is the nth glyph included, .notdef first, as in fontkit's subsets: pdfkit writes these
// numbers into the text.
class CidCffSubset implements EmbeddingSubset {
  readonly cff = true;
  private readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();
  private readonly font: CffFont;
  private readonly file: FontFile;
  private readonly fontkitSubset: () => EmbeddingSubset;

  constructor(font: CffFont, file: FontFile, fontkitSubset: () => EmbeddingSubset) {
    this.font = font;
    this.file = file;
    this.fontkitSubset = fontkitSubset;
    this.includeGlyph(0);
  }

  includeGlyph(glyph: number | { id: number }): number {
    const id = typeof glyph === 'number' ? glyph : glyph.id;
    const known = this.mapping.get(id);
    if (known !== undefined) return known;
    this.glyphs.push(id);
    this.mapping.set(id, this.glyphs.length - 1);
    return this.glyphs.length - 1;
  }

  encode(): Uint8Array {
    const { file } = this;
    const table = this.font.directory.tables['CFF '] as { offset: number; length: number };
    try {
      return encodeCffSubset(
        {
          bytes: file.bytes,
          tableOffset: table.offset,
          tableLength: table.length,
          postscriptName: this.font.postscriptName,
          ensure: (start, end) => file.ensure(start, end),
        },
        this.glyphs,
      );
    } catch (error) {
      if (!(error instanceof UnsupportedCff)) throw error;
      // fontkit's subsetter decodes the whole table, and numbers glyphs the same way, so the text already
      // written stays right.
      file.ensure(table.offset, table.offset + table.length);
      const subset = this.fontkitSubset();
      for (const glyph of this.glyphs) subset.includeGlyph(glyph);
      return subset.encode();
    } finally {
      file.release();
    }
  }
}

// Makes a font with PostScript outlines embed through CidCffSubset. pdfkit creates the subset itself from the
// font (font.createSubset()), so the font's own method is the one place to hand it ours; fontkit's stays
// reachable for a font this subsetter does not handle.
export function embedCffWithOwnSubsets(font: CffFont, file: FontFile): void {
  if (!font.directory.tables['CFF ']) return;
  const fontkitSubset = font.createSubset.bind(font);
  Object.defineProperty(font, 'createSubset', { value: () => new CidCffSubset(font, file, fontkitSubset) });
}
