import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONT_FILES } from '../../../resources/bundled-files.ts';
import { encodeCffSubset } from '../../../src-main/core/pdf/fonts/cff-subset.ts';
import { readFontFile } from '../../../src-main/core/pdf/fonts/font-file.ts';
import { renderPages } from './support/pdf-tools.ts';

// The embedded CFF is written by our own subsetter (cff-subset.ts); fontkit's is the reference. Both subsets of
// the same glyphs go into the same hand-made PDF page, and poppler must draw identical pixels: same outlines, same
// hints, whatever subroutines the original used.

interface FontkitCff {
  postscriptName: string;
  numGlyphs: number;
  directory: { tables: Record<string, { offset: number; length: number }> };
  glyphsForString(text: string): { id: number }[];
  createSubset(): { includeGlyph(glyph: number): number; encode(): Uint8Array };
}

const fontkit = createRequire(import.meta.url)('fontkit') as { create(bytes: Uint8Array, postscriptName?: string): FontkitCff };

const SAMPLE_TEXT = '领导干部插手干预重大事项情况记录表（第1项）：2026年9月30日，“多加关照”；ABC xyz 0123456789 𠮷 —— 。，、';
// Glyphs spread over the whole font reach every font dict and many subroutines.
const SPREAD_STEP = 257;

function sampleGlyphs(font: FontkitCff): number[] {
  const spread = Array.from({ length: Math.floor(font.numGlyphs / SPREAD_STEP) }, (_, index) => 1 + index * SPREAD_STEP);
  return [...new Set([0, ...font.glyphsForString(SAMPLE_TEXT).map((glyph) => glyph.id), ...spread])];
}

const GLYPHS_PER_LINE = 16;
const GLYPH_POINTS = 30;

// One A4 page drawing CIDs 1…count-1 of a CIDFontType0C program in rows.
function pdfShowing(cff: Uint8Array, count: number): Uint8Array {
  const lines: string[] = [];
  for (let first = 1; first < count; first += GLYPHS_PER_LINE) {
    const cids = Array.from({ length: Math.min(GLYPHS_PER_LINE, count - first) }, (_, index) => (first + index).toString(16).padStart(4, '0'));
    lines.push(`BT /F1 ${GLYPH_POINTS} Tf 20 ${800 - ((first - 1) / GLYPHS_PER_LINE) * (GLYPH_POINTS + 4)} Td <${cids.join('')}> Tj ET`);
  }
  const content = lines.join('\n');
  const objects: (string | Uint8Array)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /Sample /Encoding /Identity-H /DescendantFonts [6 0 R] >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /Sample /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /Sample /Flags 4 /FontBBox [-1000 -1000 2000 2000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 /FontFile3 8 0 R >>',
  ];
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [encoder.encode('%PDF-1.7\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  const add = (bytes: Uint8Array) => {
    parts.push(bytes);
    length += bytes.length;
  };
  objects.forEach((body, index) => {
    offsets.push(length);
    add(encoder.encode(`${index + 1} 0 obj\n${body as string}\nendobj\n`));
  });
  offsets.push(length);
  add(encoder.encode(`8 0 obj\n<< /Subtype /CIDFontType0C /Length ${cff.length} >>\nstream\n`));
  add(cff);
  add(encoder.encode('\nendstream\nendobj\n'));
  const xref = length;
  add(
    encoder.encode(
      `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}` +
        `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}

function subsetsOf(file: string, postscriptName?: string) {
  const bytes = readFileSync(file);
  const font = fontkit.create(bytes, postscriptName);
  const glyphs = sampleGlyphs(font);
  const table = font.directory.tables['CFF ']!;
  const ours = encodeCffSubset(
    { bytes, tableOffset: table.offset, tableLength: table.length, postscriptName: font.postscriptName, ensure: () => undefined },
    glyphs,
  );
  const reference = font.createSubset();
  for (const glyph of glyphs) reference.includeGlyph(glyph);
  return { glyphs, ours, theirs: reference.encode(), table, bytes };
}

const NOTO_SERIF_CJK = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';

describe('CFF subsets', { timeout: 60_000 }, () => {
  it('draw the same pixels as fontkit’s, in far fewer bytes (Source Han Sans SC)', () => {
    const { glyphs, ours, theirs } = subsetsOf(BUNDLED_FONT_FILES.sourceHanSansRegular);
    expect(glyphs.length).toBeGreaterThan(250);
    const [mine] = renderPages(pdfShowing(ours, glyphs.length), 72);
    const [reference] = renderPages(pdfShowing(theirs, glyphs.length), 72);
    // Not a blank page: the glyphs were drawn.
    expect(reference!.data.some((value) => value < 128)).toBe(true);
    expect(Buffer.from(mine!.data).equals(Buffer.from(reference!.data))).toBe(true);
    expect(ours.length).toBeLessThan(theirs.length / 2);
  });

  it.runIf(existsSync(NOTO_SERIF_CJK))('draw the same pixels as fontkit’s for a face of a collection (Noto Serif CJK SC)', () => {
    const { glyphs, ours, theirs } = subsetsOf(NOTO_SERIF_CJK, 'NotoSerifCJKsc-Regular');
    const [mine] = renderPages(pdfShowing(ours, glyphs.length), 72);
    const [reference] = renderPages(pdfShowing(theirs, glyphs.length), 72);
    expect(Buffer.from(mine!.data).equals(Buffer.from(reference!.data))).toBe(true);
  });

  it('read only the glyphs they embed from a file read without its CFF table', () => {
    const { glyphs, ours, table, bytes } = subsetsOf(BUNDLED_FONT_FILES.sourceHanSansRegular);
    const file = readFontFile(BUNDLED_FONT_FILES.sourceHanSansRegular);
    const cffEnd = table.offset + table.length;
    // Everything but the CFF table is there from the start; the CFF table is not.
    expect(Buffer.from(file.bytes.subarray(0, table.offset)).equals(bytes.subarray(0, table.offset))).toBe(true);
    expect(Buffer.from(file.bytes.subarray(cffEnd)).equals(bytes.subarray(cffEnd))).toBe(true);
    expect(file.bytes.subarray(table.offset + 4096, cffEnd - 4096).every((byte) => byte === 0)).toBe(true);
    const sparse = encodeCffSubset(
      {
        bytes: file.bytes,
        tableOffset: table.offset,
        tableLength: table.length,
        postscriptName: 'SourceHanSansSC-Regular',
        ensure: (start, end) => file.ensure(start, end),
      },
      glyphs,
    );
    file.release();
    expect(Buffer.from(sparse).equals(Buffer.from(ours))).toBe(true);
    const loaded = file.bytes.subarray(table.offset, cffEnd).filter((byte) => byte !== 0).length;
    expect(loaded).toBeLessThan(table.length / 4);
  });
});
