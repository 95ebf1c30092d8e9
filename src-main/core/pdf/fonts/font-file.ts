import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

// A font file as fontkit reads it: one buffer the size of the file. Most of a CJK font is its outlines: the CFF
// table of one with PostScript outlines (20–25 MB of a 26 MB Noto CJK collection), the 'glyf' table of a
// TrueType one (14 of the 15 MB of Noto Serif SC), of which a document needs the few hundred glyphs it prints.
// Such a file is read here without its outline tables: the buffer is allocated zero-filled, which costs no memory
// until written, and everything else is read into place. The subsetters read the glyphs they embed with `ensure`
// (cff-embedding.ts, truetype-embedding.ts), and nothing else reads the outlines (see `readsOnlyMetrics`).
export interface FontFile {
  bytes: Uint8Array;
  // After this, the file's bytes from start to end are in `bytes`.
  ensure(start: number, end: number): void;
  // Closes the file until the next `ensure`; the buffer stays.
  release(): void;
}

const PAGE_BYTES = 4096;
const SFNT_HEADER_BYTES = 12;
const TABLE_RECORD_BYTES = 16;
const OUTLINE_TABLES: ReadonlySet<string> = new Set(['CFF ', 'glyf']);
const METRICS_TABLES = ['vmtx', 'GPOS'];

interface TableRecord {
  tag: string;
  offset: number;
  length: number;
}

function tableDirectory(fd: number, at: number): TableRecord[] {
  const header = Buffer.alloc(SFNT_HEADER_BYTES);
  readSync(fd, header, 0, SFNT_HEADER_BYTES, at);
  const count = header.readUInt16BE(4);
  const records = Buffer.alloc(count * TABLE_RECORD_BYTES);
  readSync(fd, records, 0, records.length, at + SFNT_HEADER_BYTES);
  return Array.from({ length: count }, (_, index) => ({
    tag: records.toString('latin1', index * TABLE_RECORD_BYTES, index * TABLE_RECORD_BYTES + 4),
    offset: records.readUInt32BE(index * TABLE_RECORD_BYTES + 8),
    length: records.readUInt32BE(index * TABLE_RECORD_BYTES + 12),
  }));
}

// Every face's table directory: one for a single font, one per face for a collection (.ttc).
function faceDirectories(fd: number): TableRecord[][] {
  const header = Buffer.alloc(SFNT_HEADER_BYTES);
  readSync(fd, header, 0, SFNT_HEADER_BYTES, 0);
  if (header.toString('latin1', 0, 4) !== 'ttcf') return [tableDirectory(fd, 0)];
  const faces = header.readUInt32BE(8);
  const offsets = Buffer.alloc(faces * 4);
  readSync(fd, offsets, 0, offsets.length, SFNT_HEADER_BYTES);
  return Array.from({ length: faces }, (_, index) => tableDirectory(fd, offsets.readUInt32BE(index * 4)));
}

// fontkit reads a glyph's outline only for its bounding box: for vertical metrics when a font has no vmtx table, and
// to place combining marks when it has no GPOS table. Every CJK font we print with has both; a font without either
// is read whole.
function readsOnlyMetrics(directory: readonly TableRecord[]): boolean {
  return METRICS_TABLES.every((needed) => directory.some(({ tag }) => tag === needed));
}

function wholeFile(path: string): FontFile {
  return { bytes: readFileSync(path), ensure: () => undefined, release: () => undefined };
}

export function readFontFile(path: string): FontFile {
  const fd = openSync(path, 'r');
  let opened: number | undefined = fd;
  try {
    const { size, mtimeMs } = fstatSync(fd);
    const faces = faceDirectories(fd);
    const outlineTables = faces.flatMap((directory) => directory.filter(({ tag }) => OUTLINE_TABLES.has(tag)));
    if (outlineTables.length === 0 || !faces.every(readsOnlyMetrics)) return wholeFile(path);

    const bytes = Buffer.alloc(size);
    const loadedPages = new Uint8Array(Math.ceil(size / PAGE_BYTES));
    const readRange = (start: number, end: number) => {
      for (let at = start; at < end; ) {
        const read = readSync(opened as number, bytes, at, end - at, at);
        if (read === 0) throw new Error(`font file ${path} ended at ${at} of ${end}`);
        at += read;
      }
    };
    // Everything but the outline tables (a collection's faces may share theirs), read in place.
    const skipped = [...new Map(outlineTables.map((table) => [table.offset, table])).values()].sort((a, b) => a.offset - b.offset);
    let from = 0;
    for (const { offset, length } of [...skipped, { offset: size, length: 0 }]) {
      if (offset > from) readRange(from, offset);
      from = Math.max(from, offset + length);
    }

    const reopen = (): number => {
      const again = openSync(path, 'r');
      const now = fstatSync(again);
      // The rest of the file must be the same file that was read at first.
      if (now.size !== size || now.mtimeMs !== mtimeMs) {
        closeSync(again);
        throw new Error(`font file ${path} changed while in use`);
      }
      return again;
    };
    return {
      bytes,
      ensure(start, end) {
        const first = Math.floor(start / PAGE_BYTES);
        const last = Math.ceil(Math.min(end, size) / PAGE_BYTES);
        for (let page = first; page < last; page += 1) {
          if (loadedPages[page]) continue;
          let run = page;
          while (run < last && !loadedPages[run]) run += 1;
          opened ??= reopen();
          readRange(page * PAGE_BYTES, Math.min(run * PAGE_BYTES, size));
          loadedPages.fill(1, page, run);
          page = run;
        }
      },
      release() {
        if (opened === undefined) return;
        closeSync(opened);
        opened = undefined;
      },
    };
  } finally {
    if (opened !== undefined) closeSync(opened);
    opened = undefined;
  }
}
