// Subsets a CID-keyed CFF font (every CJK OpenType font with PostScript outlines: Source Han Sans, the Noto CJK
// collections) for embedding, reading only the glyphs a document uses. fontkit's own CFF subsetter first decodes
// the whole CFF table (an object for each of 65,535 charstrings and ~50,000 local subroutines, 50–70 ms and
// ~15 MB per font) and then writes every subroutine slot back out, ~90 KB per font for a page of text. Here the
// charstrings are read by offset and their subroutine calls inlined, so the embedded font holds the used glyphs'
// outlines and hints exactly, and nothing else.
// The format: Adobe Technical Note #5176 (CFF) and #5177 (Type 2 charstrings).

// A charstring or DICT this subsetter does not know (arithmetic operators, a non-CID font): the caller falls
// back to fontkit's subsetter.
export class UnsupportedCff extends Error {}

interface Index {
  count: number;
  offSize: number;
  offsetsAt: number;
  // Offsets count from the byte before the data.
  dataBase: number;
  end: number;
}

function u16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] as number) << 8) | (bytes[at + 1] as number);
}

function offsetAt(bytes: Uint8Array, at: number, size: number): number {
  let value = 0;
  for (let index = 0; index < size; index += 1) value = value * 256 + (bytes[at + index] as number);
  return value;
}

// The bytes of the CFF table, and how to make sure a range of them has been read from the file.
interface CffBytes {
  bytes: Uint8Array;
  need: (start: number, end: number) => void;
}

function readIndex({ bytes, need }: CffBytes, at: number): Index {
  need(at, at + 3);
  const count = u16(bytes, at);
  if (count === 0) return { count, offSize: 0, offsetsAt: at + 2, dataBase: at + 2, end: at + 2 };
  const offSize = bytes[at + 2] as number;
  const offsetsAt = at + 3;
  const dataBase = offsetsAt + (count + 1) * offSize - 1;
  need(offsetsAt + count * offSize, offsetsAt + (count + 1) * offSize);
  return { count, offSize, offsetsAt, dataBase, end: dataBase + offsetAt(bytes, offsetsAt + count * offSize, offSize) };
}

function indexItem({ bytes, need }: CffBytes, index: Index, item: number): Uint8Array {
  if (item < 0 || item >= index.count) throw new UnsupportedCff(`index item ${item} of ${index.count}`);
  const offsetsStart = index.offsetsAt + item * index.offSize;
  need(offsetsStart, offsetsStart + 2 * index.offSize);
  const start = index.dataBase + offsetAt(bytes, offsetsStart, index.offSize);
  const end = index.dataBase + offsetAt(bytes, offsetsStart + index.offSize, index.offSize);
  need(start, end);
  return bytes.subarray(start, end);
}

// A DICT as operator → its operands: their values (NaN for a real, which is only ever copied) and their bytes.
interface DictEntry {
  values: number[];
  raw: Uint8Array;
}
type Dict = Map<number, DictEntry>;

const ESCAPE = 12;
const escaped = (operator: number) => 1200 + operator;

const OP = {
  charset: 15,
  charStrings: 17,
  private: 18,
  subrs: 19,
  ros: escaped(30),
  fdArray: escaped(36),
  fdSelect: escaped(37),
  fontName: escaped(38),
} as const;

// Top DICT entries that are plain numbers about the whole font, kept in the subset; the rest are strings of the
// original (names, notices) or offsets into it.
const TOP_DICT_KEPT = new Set([5, escaped(1), escaped(2), escaped(3), escaped(4), escaped(5), escaped(7), escaped(8), escaped(31), escaped(32), escaped(33)]);

function parseDict(bytes: Uint8Array): Dict {
  const dict: Dict = new Map();
  let values: number[] = [];
  let start = 0;
  let at = 0;
  while (at < bytes.length) {
    const b0 = bytes[at] as number;
    if (b0 <= 21) {
      const operator = b0 === ESCAPE ? escaped(bytes[at + 1] as number) : b0;
      dict.set(operator, { values, raw: bytes.subarray(start, at) });
      at += b0 === ESCAPE ? 2 : 1;
      values = [];
      start = at;
    } else if (b0 === 28) {
      values.push(((u16(bytes, at + 1) << 16) >> 16));
      at += 3;
    } else if (b0 === 29) {
      values.push(((bytes[at + 1] as number) << 24) | ((bytes[at + 2] as number) << 16) | ((bytes[at + 3] as number) << 8) | (bytes[at + 4] as number));
      at += 5;
    } else if (b0 === 30) {
      at += 1;
      // A real ends with the nibble 0xf.
      while (at < bytes.length && ((bytes[at] as number) & 0x0f) !== 0x0f && ((bytes[at] as number) & 0xf0) !== 0xf0) at += 1;
      at += 1;
      values.push(Number.NaN);
    } else if (b0 >= 32 && b0 <= 246) {
      values.push(b0 - 139);
      at += 1;
    } else if (b0 >= 247 && b0 <= 250) {
      values.push((b0 - 247) * 256 + (bytes[at + 1] as number) + 108);
      at += 2;
    } else if (b0 >= 251 && b0 <= 254) {
      values.push(-(b0 - 251) * 256 - (bytes[at + 1] as number) - 108);
      at += 2;
    } else {
      throw new UnsupportedCff(`DICT byte ${b0}`);
    }
  }
  return dict;
}

function intOf(dict: Dict, operator: number, position = 0): number {
  const value = dict.get(operator)?.values[position];
  if (value === undefined || !Number.isInteger(value)) throw new UnsupportedCff(`DICT operator ${operator}`);
  return value;
}

function subrBias(count: number): number {
  if (count < 1240) return 107;
  return count < 33900 ? 1131 : 32768;
}

interface FontDictPart {
  // The Font DICT's own entries but Private and FontName.
  fontDict: { operator: number; raw: Uint8Array }[];
  // The Private DICT's entries but Subrs, which the flattened charstrings no longer call.
  privateDict: { operator: number; raw: Uint8Array }[];
  subrs: Index | undefined;
}

class Bytes {
  private buffer = new Uint8Array(1024);
  length = 0;

  private room(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + extra));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  push(...values: number[]): void {
    this.room(values.length);
    for (const value of values) this.buffer[this.length++] = value;
  }

  append(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

interface Operand {
  at: number;
  value: number;
}

const MAX_SUBR_DEPTH = 10;

// Type 2 operators that take their operands off the stack and clear it.
const PATH_OPERATORS = new Set([4, 5, 6, 7, 8, 21, 22, 24, 25, 26, 27, 30, 31]);
const STEM_OPERATORS = new Set([1, 3, 18, 23]);
const MASK_OPERATORS = new Set([19, 20]);
// hflex, flex, hflex1, flex1.
const FLEX_OPERATORS = new Set([34, 35, 36, 37]);

interface FlattenState {
  out: Bytes;
  stack: Operand[];
  stems: number;
  ended: boolean;
}

// Copies a charstring with every callsubr/callgsubr replaced by the subroutine's own bytes (recursively), so
// the outline and hints are the same operators in the same order. The number of stems is counted because a
// hintmask's mask length depends on it.
function flatten(
  bytes: CffBytes,
  charstring: Uint8Array,
  subrs: { local: Index | undefined; global: Index },
  state: FlattenState,
  depth: number,
): void {
  const { out, stack } = state;
  let at = 0;
  while (at < charstring.length && !state.ended) {
    const b0 = charstring[at] as number;
    if (b0 >= 32 || b0 === 28) {
      let size: number;
      let value: number;
      if (b0 === 28) [size, value] = [3, (u16(charstring, at + 1) << 16) >> 16];
      else if (b0 <= 246) [size, value] = [1, b0 - 139];
      else if (b0 <= 250) [size, value] = [2, (b0 - 247) * 256 + (charstring[at + 1] as number) + 108];
      else if (b0 <= 254) [size, value] = [2, -(b0 - 251) * 256 - (charstring[at + 1] as number) - 108];
      else [size, value] = [5, ((charstring[at + 1] as number) << 24 | (charstring[at + 2] as number) << 16 | (charstring[at + 3] as number) << 8 | (charstring[at + 4] as number)) / 65536];
      stack.push({ at: out.length, value });
      out.append(charstring.subarray(at, at + size));
      at += size;
      continue;
    }
    if (b0 === 10 || b0 === 29) {
      const index = b0 === 10 ? subrs.local : subrs.global;
      const number = stack.pop();
      if (!index || !number || depth >= MAX_SUBR_DEPTH) throw new UnsupportedCff('subroutine call');
      // The subroutine number is not part of the outline: it leaves the output with the call.
      out.length = number.at;
      flatten(bytes, indexItem(bytes, index, number.value + subrBias(index.count)), subrs, state, depth + 1);
      at += 1;
      continue;
    }
    if (b0 === 11) {
      if (depth === 0) throw new UnsupportedCff('return outside a subroutine');
      return;
    }
    if (b0 === 14) {
      out.push(14);
      state.ended = true;
      return;
    }
    if (STEM_OPERATORS.has(b0) || MASK_OPERATORS.has(b0)) {
      // Operands before a hintmask are an implied vstem; an odd one out in front is the glyph's width.
      state.stems += stack.length >> 1;
      out.push(b0);
      at += 1;
      if (MASK_OPERATORS.has(b0)) {
        const maskBytes = (state.stems + 7) >> 3;
        out.append(charstring.subarray(at, at + maskBytes));
        at += maskBytes;
      }
    } else if (PATH_OPERATORS.has(b0)) {
      out.push(b0);
      at += 1;
    } else if (b0 === ESCAPE && FLEX_OPERATORS.has(charstring[at + 1] as number)) {
      out.push(b0, charstring[at + 1] as number);
      at += 2;
    } else {
      throw new UnsupportedCff(`charstring operator ${b0}`);
    }
    stack.length = 0;
  }
}

function writeIndex(out: Bytes, items: readonly Uint8Array[]): void {
  out.push(items.length >> 8, items.length & 0xff);
  if (items.length === 0) return;
  const dataLength = items.reduce((sum, item) => sum + item.length, 0);
  const offSize = dataLength + 1 < 0x100 ? 1 : dataLength + 1 < 0x10000 ? 2 : dataLength + 1 < 0x1000000 ? 3 : 4;
  out.push(offSize);
  let offset = 1;
  const writeOffset = (value: number) => {
    for (let shift = (offSize - 1) * 8; shift >= 0; shift -= 8) out.push((value >>> shift) & 0xff);
  };
  writeOffset(offset);
  for (const item of items) {
    offset += item.length;
    writeOffset(offset);
  }
  for (const item of items) out.append(item);
}

function indexSize(items: readonly Uint8Array[]): number {
  const scratch = new Bytes();
  writeIndex(scratch, items);
  return scratch.length;
}

// Offsets are written as five-byte integers, so a DICT's size does not depend on where things land.
function int32(value: number): number[] {
  return [29, (value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function small(value: number): number[] {
  if (value >= -107 && value <= 107) return [value + 139];
  return int32(value);
}

function operatorBytes(operator: number): number[] {
  return operator >= 1200 ? [ESCAPE, operator - 1200] : [operator];
}

function dictBytes(entries: readonly { operator: number; raw: Uint8Array | readonly number[] }[]): Uint8Array {
  const out = new Bytes();
  for (const { operator, raw } of entries) {
    out.append(raw instanceof Uint8Array ? raw : Uint8Array.from(raw));
    out.push(...operatorBytes(operator));
  }
  return out.bytes();
}

const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);

// The first SIDs after the 391 standard strings: "Adobe" and "Identity", for the ROS.
const ADOBE_SID = 391;
const IDENTITY_SID = 392;

export interface CffSource {
  // The whole file the font was read from, and where its CFF table lies in it.
  bytes: Uint8Array;
  tableOffset: number;
  tableLength: number;
  postscriptName: string;
  // Makes sure the file's bytes from start to end (file offsets) are in `bytes`: the CFF table is read from the
  // font file only where a glyph needs it (font-file.ts).
  ensure: (start: number, end: number) => void;
}

interface ParsedCff {
  cff: CffBytes;
  top: Dict;
  charStrings: Index;
  globalSubrs: Index;
  fds: FontDictPart[];
  fdOf(glyph: number): number;
}

function parseCff({ bytes: file, tableOffset, tableLength, ensure }: CffSource): ParsedCff {
  const bytes = file.subarray(tableOffset, tableOffset + tableLength);
  const cff: CffBytes = {
    bytes,
    need: (start, end) => {
      if (start < 0 || end > tableLength) throw new UnsupportedCff(`bytes ${start}–${end} outside the CFF table`);
      ensure(tableOffset + start, tableOffset + end);
    },
  };
  cff.need(0, 4);
  if (bytes[0] !== 1) throw new UnsupportedCff(`CFF version ${bytes[0]}`);
  const names = readIndex(cff, bytes[2] as number);
  const topDicts = readIndex(cff, names.end);
  const strings = readIndex(cff, topDicts.end);
  const globalSubrs = readIndex(cff, strings.end);
  const top = parseDict(indexItem(cff, topDicts, 0));
  if (!top.has(OP.ros)) throw new UnsupportedCff('not CID-keyed');
  const charStrings = readIndex(cff, intOf(top, OP.charStrings));
  const fdArray = readIndex(cff, intOf(top, OP.fdArray));
  const fds = Array.from({ length: fdArray.count }, (_, fd): FontDictPart => {
    const fontDict = parseDict(indexItem(cff, fdArray, fd));
    const size = intOf(fontDict, OP.private, 0);
    const at = intOf(fontDict, OP.private, 1);
    cff.need(at, at + size);
    const privateDict = parseDict(bytes.subarray(at, at + size));
    const subrs = privateDict.has(OP.subrs) ? readIndex(cff, at + intOf(privateDict, OP.subrs)) : undefined;
    return {
      fontDict: [...fontDict].filter(([operator]) => operator !== OP.private && operator !== OP.fontName).map(([operator, { raw }]) => ({ operator, raw })),
      privateDict: [...privateDict].filter(([operator]) => operator !== OP.subrs).map(([operator, { raw }]) => ({ operator, raw })),
      subrs,
    };
  });
  const fdSelectAt = intOf(top, OP.fdSelect);
  cff.need(fdSelectAt, fdSelectAt + 3);
  const format = bytes[fdSelectAt];
  let fdOf: (glyph: number) => number;
  if (format === 0) {
    fdOf = (glyph) => {
      cff.need(fdSelectAt + 1 + glyph, fdSelectAt + 2 + glyph);
      return bytes[fdSelectAt + 1 + glyph] as number;
    };
  } else if (format === 3) {
    const ranges = u16(bytes, fdSelectAt + 1);
    cff.need(fdSelectAt + 3, fdSelectAt + 3 + ranges * 3 + 2);
    fdOf = (glyph) => {
      let low = 0;
      let high = ranges - 1;
      // The last range whose first glyph is at or below this one.
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (u16(bytes, fdSelectAt + 3 + middle * 3) <= glyph) low = middle;
        else high = middle - 1;
      }
      return bytes[fdSelectAt + 3 + low * 3 + 2] as number;
    };
  } else {
    throw new UnsupportedCff(`FDSelect format ${format}`);
  }
  return { cff, top, charStrings, globalSubrs, fds, fdOf };
}

// The subset CFF of `glyphs` (original glyph ids; the subset's glyph and CID n is glyphs[n], .notdef first).
export function encodeCffSubset(source: CffSource, glyphs: readonly number[]): Uint8Array {
  const parsed = parseCff(source);
  const { cff, top, charStrings, globalSubrs, fds } = parsed;
  const usedFds: number[] = [];
  const fdIndexOf = new Map<number, number>();
  const glyphFds: number[] = [];
  const outlines = glyphs.map((glyph) => {
    const fd = parsed.fdOf(glyph);
    const part = fds[fd];
    if (!part) throw new UnsupportedCff(`FD ${fd}`);
    if (!fdIndexOf.has(fd)) {
      fdIndexOf.set(fd, usedFds.length);
      usedFds.push(fd);
    }
    glyphFds.push(fdIndexOf.get(fd) as number);
    const state: FlattenState = { out: new Bytes(), stack: [], stems: 0, ended: false };
    flatten(cff, indexItem(cff, charStrings, glyph), { local: part.subrs, global: globalSubrs }, state, 0);
    return state.out.bytes();
  });

  const count = glyphs.length;
  const header = [1, 0, 4, 4];
  const nameIndex = [latin1(source.postscriptName)];
  const stringIndex = [latin1('Adobe'), latin1('Identity')];
  const charset = count > 1 ? [2, 0, 1, ((count - 2) >> 8) & 0xff, (count - 2) & 0xff] : [0];
  const fdSelect = [0, ...glyphFds];
  const privateDicts = usedFds.map((fd) => dictBytes((fds[fd] as FontDictPart).privateDict));
  const topEntries = (offsets: { charset: number; fdSelect: number; charStrings: number; fdArray: number }) =>
    dictBytes([
      { operator: OP.ros, raw: [...small(ADOBE_SID), ...small(IDENTITY_SID), ...small(0)] },
      ...[...top].filter(([operator]) => TOP_DICT_KEPT.has(operator)).map(([operator, { raw }]) => ({ operator, raw })),
      { operator: escaped(34), raw: int32(count) },
      { operator: OP.charset, raw: int32(offsets.charset) },
      { operator: OP.fdSelect, raw: int32(offsets.fdSelect) },
      { operator: OP.charStrings, raw: int32(offsets.charStrings) },
      { operator: OP.fdArray, raw: int32(offsets.fdArray) },
    ]);
  const fontDicts = (privateAt: readonly number[]) =>
    usedFds.map((fd, index) =>
      dictBytes([
        ...(fds[fd] as FontDictPart).fontDict,
        { operator: OP.private, raw: [...int32((privateDicts[index] as Uint8Array).length), ...int32(privateAt[index] as number)] },
      ]),
    );

  const placeholderTop = topEntries({ charset: 0, fdSelect: 0, charStrings: 0, fdArray: 0 });
  const charsetAt = header.length + indexSize(nameIndex) + indexSize([placeholderTop]) + indexSize(stringIndex) + indexSize([]);
  const fdSelectAt = charsetAt + charset.length;
  const charStringsAt = fdSelectAt + fdSelect.length;
  const fdArrayAt = charStringsAt + indexSize(outlines);
  const privateAt: number[] = [];
  let next = fdArrayAt + indexSize(fontDicts(privateDicts.map(() => 0)));
  for (const dict of privateDicts) {
    privateAt.push(next);
    next += dict.length;
  }

  const out = new Bytes();
  out.push(...header);
  writeIndex(out, nameIndex);
  writeIndex(out, [topEntries({ charset: charsetAt, fdSelect: fdSelectAt, charStrings: charStringsAt, fdArray: fdArrayAt })]);
  writeIndex(out, stringIndex);
  writeIndex(out, []);
  out.push(...charset);
  out.push(...fdSelect);
  writeIndex(out, outlines);
  writeIndex(out, fontDicts(privateAt));
  for (const dict of privateDicts) out.append(dict);
  if (out.length !== next) throw new Error(`CFF subset: laid out ${next} bytes, wrote ${out.length}`);
  return out.bytes();
}
