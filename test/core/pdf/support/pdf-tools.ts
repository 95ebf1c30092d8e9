import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

// Produced PDFs are read back with Debian's poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm), the tools a
// reviewer would use, and QR codes are decoded from rendered pixels as a phone would see them.

function withPdfFile<T>(bytes: Uint8Array, use: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'liuhen-pdf-test-'));
  try {
    const path = join(dir, 'doc.pdf');
    writeFileSync(path, bytes);
    return use(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

// The text of each page, in reading order.
export function pdfPages(bytes: Uint8Array): string[] {
  return withPdfFile(bytes, (path) => run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']).split('\f').slice(0, -1));
}

// pdftotext breaks lines inside table cells; for "does this text appear" the whitespace does not matter.
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

export interface PdfWord {
  text: string;
  xMinPt: number;
}

// Every word pdftotext finds, with where it starts on the line: for checks of position, such as an indent.
export function pdfWords(bytes: Uint8Array): PdfWord[] {
  const page = withPdfFile(bytes, (path) => run('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-']));
  return [...page.matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((match) => ({ text: match[2] ?? '', xMinPt: Number(match[1]) }));
}

export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  return withPdfFile(bytes, (path) =>
    Object.fromEntries(
      run('pdfinfo', ['-enc', 'UTF-8', '-isodates', path])
        .split('\n')
        .flatMap((line) => {
          const match = /^([^:]+):\s*(.*)$/.exec(line);
          return match?.[1] && match[2] !== undefined ? [[match[1], match[2]]] : [];
        }),
    ),
  );
}

export function pdfFontNames(bytes: Uint8Array): string[] {
  return withPdfFile(bytes, (path) =>
    run('pdffonts', [path])
      .split('\n')
      .slice(2)
      .flatMap((line) => (line.trim() === '' ? [] : [line.split(/\s+/)[0] as string])),
  );
}

export interface Raster {
  width: number;
  height: number;
  // RGBA, four bytes a pixel.
  data: Uint8Array;
  png: Buffer;
}

export function renderPages(bytes: Uint8Array, dpi: number, { first = 1, last }: { first?: number; last?: number } = {}): Raster[] {
  return withPdfFile(bytes, (path, dir) => {
    const range = ['-f', String(first), ...(last === undefined ? [] : ['-l', String(last)])];
    run('pdftoppm', ['-r', String(dpi), ...range, '-png', path, join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.startsWith('page') && name.endsWith('.png'))
      .sort()
      .map((name) => {
        const png = readFileSync(join(dir, name));
        const image = PNG.sync.read(png);
        return { width: image.width, height: image.height, data: new Uint8Array(image.data), png };
      });
  });
}

export function decodeQr(raster: Raster): string | undefined {
  return jsQR(new Uint8ClampedArray(raster.data), raster.width, raster.height)?.data;
}

export function readPng(path: string): Raster {
  const png = readFileSync(path);
  const image = PNG.sync.read(png);
  return { width: image.width, height: image.height, data: new Uint8Array(image.data), png };
}

// The share of pixels whose grey level differs by more than a small step: anti-aliasing may vary between
// poppler builds, a moved line or a missing word may not.
export function pixelDiffRatio(a: Raster, b: Raster): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const grey = (data: Uint8Array) => ((data[i] as number) + (data[i + 1] as number) + (data[i + 2] as number)) / 3;
    if (Math.abs(grey(a.data) - grey(b.data)) > 48) differing += 1;
  }
  return differing / (a.width * a.height);
}
