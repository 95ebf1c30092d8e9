import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONT_FILES } from '../../../resources/bundled-files.ts';
import type { EmbeddingSubset } from '../../../src-main/core/pdf/fonts/cff-embedding.ts';
import { readFontFile, type FontFile } from '../../../src-main/core/pdf/fonts/font-file.ts';
import { embedTrueTypeReadingOutlines } from '../../../src-main/core/pdf/fonts/truetype-embedding.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

// A TrueType font is read without its 'glyf' table; the subset pdfkit embeds must still hold exactly the outlines
// fontkit's subsetter copies from the whole file, composite glyphs' components included.

interface FontkitTrueType {
  numGlyphs: number;
  directory: { tables: Record<string, { offset: number; length: number }> };
  glyphsForString(text: string): { id: number }[];
  createSubset(): EmbeddingSubset;
}

const fontkit = createRequire(import.meta.url)('fontkit') as { create(bytes: Uint8Array): FontkitTrueType };

// Accented letters are composites in DejaVu (base letter + combining accent).
const SAMPLE_TEXT = '领导干部插手干预重大事项情况记录表（第1项）：2026年9月30日，“多加关照”；ABC xyz éàüÅçñ —— 。，、';
const SPREAD_STEP = 997;
const DEJAVU_SANS = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

function sampleGlyphs(font: FontkitTrueType): number[] {
  const spread = Array.from({ length: Math.floor(font.numGlyphs / SPREAD_STEP) }, (_, index) => 1 + index * SPREAD_STEP);
  return [...new Set([...font.glyphsForString(SAMPLE_TEXT).map((glyph) => glyph.id), ...spread])];
}

function encodeWith(font: FontkitTrueType, glyphs: readonly number[]): Uint8Array {
  const subset = font.createSubset();
  for (const glyph of glyphs) subset.includeGlyph(glyph);
  return subset.encode();
}

function isComposite(bytes: Buffer, font: FontkitTrueType, glyph: number): boolean {
  const { head, loca, glyf } = font.directory.tables;
  const long = bytes.readInt16BE(head!.offset + 50) !== 0;
  const start = long ? bytes.readUInt32BE(loca!.offset + glyph * 4) : bytes.readUInt16BE(loca!.offset + glyph * 2) * 2;
  const end = long ? bytes.readUInt32BE(loca!.offset + glyph * 4 + 4) : bytes.readUInt16BE(loca!.offset + glyph * 2 + 2) * 2;
  return end > start && bytes.readInt16BE(glyf!.offset + start) < 0;
}

// The whole file, but with the 'glyf' table unread until asked for, as font-file.ts reads a file whose every face
// has a vmtx table (DejaVu has none, so readFontFile would read it whole).
function withoutOutlines(bytes: Buffer, glyf: { offset: number; length: number }): FontFile & { loaded(): number } {
  const sparse = Buffer.from(bytes);
  sparse.fill(0, glyf.offset, glyf.offset + glyf.length);
  let loaded = 0;
  return {
    bytes: sparse,
    ensure(start, end) {
      bytes.copy(sparse, start, start, end);
      loaded += end - start;
    },
    release: () => undefined,
    loaded: () => loaded,
  };
}

describe('TrueType fonts read without their outlines', () => {
  it('embed the same subset as fontkit from the whole file (Noto Serif SC, bundled)', () => {
    const path = BUNDLED_FONT_FILES.notoSerifRegular;
    const bytes = readFileSync(path);
    const whole = fontkit.create(bytes);
    const glyphs = sampleGlyphs(whole);
    const glyf = whole.directory.tables['glyf']!;

    const file = readFontFile(path);
    // Everything but 'glyf' is read at once; 'glyf' is not.
    expect(Buffer.from(file.bytes.subarray(0, glyf.offset)).equals(bytes.subarray(0, glyf.offset))).toBe(true);
    expect(Buffer.from(file.bytes.subarray(glyf.offset + glyf.length)).equals(bytes.subarray(glyf.offset + glyf.length))).toBe(true);
    expect(file.bytes.subarray(glyf.offset + 4096, glyf.offset + glyf.length - 4096).every((byte) => byte === 0)).toBe(true);

    const sparse = fontkit.create(file.bytes);
    embedTrueTypeReadingOutlines(sparse, file);
    const ours = encodeWith(sparse, glyphs);
    const theirs = encodeWith(whole, glyphs);
    expect(ours.length).toBeGreaterThan(glyphs.length * 20);
    expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
    const loaded = file.bytes.subarray(glyf.offset, glyf.offset + glyf.length).filter((byte) => byte !== 0).length;
    expect(loaded).toBeLessThan(glyf.length / 20);
  });

  it.runIf(existsSync(DEJAVU_SANS))('read the components of composite glyphs (DejaVu Sans)', () => {
    const bytes = readFileSync(DEJAVU_SANS);
    const whole = fontkit.create(bytes);
    const glyphs = sampleGlyphs(whole);
    expect(glyphs.some((glyph) => isComposite(bytes, whole, glyph))).toBe(true);

    const file = withoutOutlines(bytes, whole.directory.tables['glyf']!);
    const sparse = fontkit.create(file.bytes);
    embedTrueTypeReadingOutlines(sparse, file);
    const ours = encodeWith(sparse, glyphs);
    expect(Buffer.from(ours).equals(Buffer.from(encodeWith(whole, glyphs)))).toBe(true);
    expect(file.loaded()).toBeLessThan(whole.directory.tables['glyf']!.length / 4);
  });

  // Without vmtx fontkit computes vertical metrics from each glyph's box, and without GPOS it places combining marks
  // by the boxes of the glyphs: such a font must be read whole, or those boxes would read as zeros.
  it.each(['vmtx', 'GPOS'])('read a font without %s whole', (tag) => {
    const temp = makeTempDir('liuhen-font-');
    try {
      const bytes = readFileSync(BUNDLED_FONT_FILES.notoSerifRegular);
      const copy = Buffer.from(bytes);
      const tables = copy.readUInt16BE(4);
      const record = Array.from({ length: tables }, (_, index) => 12 + index * 16).find((at) => copy.toString('latin1', at, at + 4) === tag);
      expect(record).toBeDefined();
      copy.write(tag.toLowerCase() === tag ? tag.toUpperCase() : tag.toLowerCase(), record!, 'latin1');
      const path = join(temp.path, 'renamed.ttf');
      writeFileSync(path, copy);
      expect(Buffer.from(readFontFile(path).bytes).equals(copy)).toBe(true);
      // The unchanged font is read without its outlines.
      expect(Buffer.from(readFontFile(BUNDLED_FONT_FILES.notoSerifRegular).bytes).equals(bytes)).toBe(false);
    } finally {
      temp.remove();
    }
  });
});
