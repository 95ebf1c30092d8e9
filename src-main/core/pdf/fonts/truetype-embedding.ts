import type { EmbeddingSubset } from './cff-embedding.ts';
import type { FontFile } from './font-file.ts';

export interface TrueTypeFont {
  readonly directory: { readonly tables: Readonly<Record<string, { offset: number; length: number } | undefined>> };
  createSubset(): EmbeddingSubset;
}

// 'head' field indexToLocFormat: 0 for 16-bit loca offsets (stored halved), 1 for 32-bit ones.
const HEAD_INDEX_TO_LOC_FORMAT_OFFSET_BYTES = 50;
const SHORT_LOCA_ENTRY_BYTES = 2;
const LONG_LOCA_ENTRY_BYTES = 4;
// numberOfContours and the bounding box precede a glyph's outline or its components.
const GLYPH_HEADER_BYTES = 10;
// Composite glyph component flags (OpenType 'glyf').
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

interface GlyphTables {
  glyfOffset: number;
  locaOffset: number;
  locaLength: number;
  longOffsets: boolean;
}

function glyphRange(view: DataView, tables: GlyphTables, id: number): { start: number; end: number } | undefined {
  const entry = tables.longOffsets ? LONG_LOCA_ENTRY_BYTES : SHORT_LOCA_ENTRY_BYTES;
  if ((id + 2) * entry > tables.locaLength) return undefined;
  const at = tables.locaOffset + id * entry;
  const offsets = tables.longOffsets
    ? [view.getUint32(at), view.getUint32(at + entry)]
    : [view.getUint16(at) * 2, view.getUint16(at + entry) * 2];
  const [start = 0, end = 0] = offsets;
  return { start: tables.glyfOffset + start, end: tables.glyfOffset + end };
}

function componentIds(view: DataView, start: number, end: number): number[] {
  if (end - start < GLYPH_HEADER_BYTES || view.getInt16(start) >= 0) return [];
  const ids: number[] = [];
  for (let at = start + GLYPH_HEADER_BYTES; at + 4 <= end; ) {
    const flags = view.getUint16(at);
    ids.push(view.getUint16(at + 2));
    const argumentBytes = flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2;
    const scaleBytes = flags & WE_HAVE_A_SCALE ? 2 : flags & WE_HAVE_AN_X_AND_Y_SCALE ? 4 : flags & WE_HAVE_A_TWO_BY_TWO ? 8 : 0;
    if (!(flags & MORE_COMPONENTS)) break;
    at += 4 + argumentBytes + scaleBytes;
  }
  return ids;
}

// fontkit's TrueType subsetter copies each included glyph's outline, and those of a composite glyph's components,
// out of the 'glyf' table: read from the file is what it will copy, before it copies.
class OutlineReadingSubset implements EmbeddingSubset {
  private readonly included: number[] = [];
  private readonly inner: EmbeddingSubset;
  private readonly file: FontFile;
  private readonly tables: GlyphTables;

  constructor(inner: EmbeddingSubset, file: FontFile, tables: GlyphTables) {
    this.inner = inner;
    this.file = file;
    this.tables = tables;
  }

  includeGlyph(glyph: number | { id: number }): number {
    this.included.push(typeof glyph === 'number' ? glyph : glyph.id);
    return this.inner.includeGlyph(glyph);
  }

  encode(): Uint8Array {
    const { file, tables } = this;
    const view = new DataView(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
    const seen = new Set<number>();
    // fontkit's own subset always starts with .notdef.
    const pending = [0, ...this.included];
    try {
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (seen.has(id)) continue;
        seen.add(id);
        const range = glyphRange(view, tables, id);
        if (!range || range.end <= range.start) continue;
        file.ensure(range.start, range.end);
        pending.push(...componentIds(view, range.start, range.end));
      }
      return this.inner.encode();
    } finally {
      file.release();
    }
  }
}

// Makes a TrueType font read from a file without its 'glyf' table (font-file.ts) embed the outlines it prints.
// pdfkit creates the subset from the font (font.createSubset()), so the font's own method is the one place to
// wrap fontkit's subset.
export function embedTrueTypeReadingOutlines(font: TrueTypeFont, file: FontFile): void {
  const { glyf, loca, head } = font.directory.tables;
  if (!glyf || !loca || !head) return;
  file.ensure(head.offset, head.offset + head.length);
  file.ensure(loca.offset, loca.offset + loca.length);
  const view = new DataView(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  const tables: GlyphTables = {
    glyfOffset: glyf.offset,
    locaOffset: loca.offset,
    locaLength: loca.length,
    longOffsets: view.getInt16(head.offset + HEAD_INDEX_TO_LOC_FORMAT_OFFSET_BYTES) !== 0,
  };
  const fontkitSubset = font.createSubset.bind(font);
  Object.defineProperty(font, 'createSubset', { value: () => new OutlineReadingSubset(fontkitSubset(), file, tables) });
}
