import { createRequire } from 'node:module';
import { embedCffWithOwnSubsets, type CffFont } from './cff-embedding.ts';
import { readFontFile } from './font-file.ts';
import { faceKey, type FontFace } from './font-roles.ts';
import { embedTrueTypeReadingOutlines, type TrueTypeFont } from './truetype-embedding.ts';

// The part of fontkit's Font this code relies on. fontkit is pdfkit's own font engine (the same copy: package.json
// pins the version pdfkit asks for), so a font parsed here is the object pdfkit embeds.
export interface FontkitFont {
  readonly postscriptName: string;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

interface Fontkit {
  create(bytes: Uint8Array, postscriptName?: string): (FontkitFont & CffFont & TrueTypeFont) | null;
}

let fontkit: Fontkit | undefined;
// Loaded with the first font, so a command that prints nothing does not pay for it.
const fontkitModule = (): Fontkit => (fontkit ??= createRequire(import.meta.url)('fontkit') as Fontkit);

// Parsed once per process: a CJK font is 10–20 MB, and fontkit keeps the glyph metrics and outlines it has
// decoded on the Font object, so sharing it across documents is what makes every render after the first fast.
const loaded = new Map<string, FontkitFont>();

export function loadFont(face: FontFace): FontkitFont {
  const key = faceKey(face);
  const cached = loaded.get(key);
  if (cached) return cached;
  const file = readFontFile(face.file);
  const font = fontkitModule().create(file.bytes, face.postscriptName);
  if (!font) throw new Error(`font ${face.postscriptName ?? ''} not found in ${face.file}`);
  embedCffWithOwnSubsets(font, file);
  embedTrueTypeReadingOutlines(font, file);
  loaded.set(key, font);
  return font;
}

// For choosing among system fonts: a file that is missing, unreadable or not a font is simply not a candidate.
export function canLoadFont(face: FontFace): boolean {
  try {
    loadFont(face);
    return true;
  } catch {
    return false;
  }
}
