// How many lines a text takes in a column, estimated without the fonts: every character from U+2000 on (CJK,
// full-width punctuation) is one em, everything below it 0.6 em, wider than Latin letters and digits are in any
// of the fonts the app prints with. The estimate decides only where a long cell is cut for its 附页 (the whole
// text is printed there anyway), so erring long costs a line of the cell, never a character of the record.
const NARROW_CHAR_EMS = 0.6;
const FIRST_WIDE_CODE_POINT = 0x2000;

function charEms(char: string): number {
  return (char.codePointAt(0) as number) >= FIRST_WIDE_CODE_POINT ? 1 : NARROW_CHAR_EMS;
}

// Characters of `text` that fill whole lines, greedily, one paragraph (between line breaks) after another; the
// first `maxLines` lines' worth is the longest start of the text that fits them.
function wrap(text: string, lineEms: number, maxLines: number): { lines: number; fitting: number } {
  let lines = 1;
  let used = 0;
  let fitting = 0;
  for (const char of text) {
    if (char === '\n') {
      lines += 1;
      used = 0;
    } else {
      const ems = charEms(char);
      if (used + ems > lineEms && used > 0) {
        lines += 1;
        used = 0;
      }
      used += ems;
    }
    if (lines > maxLines) return { lines, fitting };
    fitting += char.length;
  }
  return { lines, fitting };
}

export function estimatedLines(text: string, widthPt: number, fontSizePt: number): number {
  return wrap(text, widthPt / fontSizePt, Number.POSITIVE_INFINITY).lines;
}

// The longest start of `text` that fits `maxLines` lines (by the estimate), cut between characters.
export function startFitting(text: string, widthPt: number, fontSizePt: number, maxLines: number): string {
  return text.slice(0, wrap(text, widthPt / fontSizePt, maxLines).fitting);
}
