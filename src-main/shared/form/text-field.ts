import { z } from 'zod';

export interface TextFieldSpec {
  // How the message names the field, e.g. '插手干预人姓名' → '请填写插手干预人姓名'.
  subject: string;
  maxChars: number;
  // Long narrative cells keep line breaks and tabs; one-line cells (names, units) keep neither.
  multiline: boolean;
}

// Every C0/C1 control character and the Unicode line and paragraph separators; newline and tab are allowed back
// in for multiline cells.
const CONTROL_CHARACTER = /[\p{Cc}\p{Zl}\p{Zp}]/u;
const CONTROL_CHARACTER_EXCEPT_LINE_BREAK_AND_TAB = /[^\P{Cc}\n\t]|[\p{Zl}\p{Zp}]/u;
// Bidirectional embeddings, overrides and isolates make a record display in an order other than the one stored
// (a name shown reversed, a sentence rearranged). Chinese text never needs them, and a record must read as it is.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// A lone UTF-16 surrogate is not a character at all; it can only come from a broken paste or a forged file.
const LONE_SURROGATE = /\p{Cs}/u;

// Counted the way a person counts: 𠮷 (outside the BMP) is one character, not two UTF-16 units.
export function countChars(text: string): number {
  return [...text].length;
}

// Text as people type it: line endings unified, NFC (so a decomposed é and a precomposed é are one string),
// surrounding whitespace (including the full-width space U+3000) removed. Han characters of every block,
// CJK Extension B and beyond included, pass through unchanged.
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC').trim();
}

// A narrative as people type it: as above, except that the full-width spaces indenting its first paragraph
// (the customary two U+3000 every paragraph after it keeps too) stay. Blank lines and other spaces before it still go.
// Text stored by the earlier rule (normaliseText for every cell) begins with no whitespace at all, so it reads
// back unchanged and every fingerprint over it still holds.
export function normaliseNarrative(text: string): string {
  const unified = text.replace(/\r\n?/g, '\n').normalize('NFC').trimEnd();
  const trimmed = unified.trimStart();
  if (trimmed.length === 0) return '';
  const leading = unified.slice(0, unified.length - trimmed.length);
  const firstLineIndent = /\u3000*$/u.exec(leading.slice(leading.lastIndexOf('\n') + 1))?.[0] ?? '';
  return firstLineIndent + trimmed;
}

export function textField({ subject, maxChars, multiline }: TextFieldSpec) {
  const forbidden = multiline ? CONTROL_CHARACTER_EXCEPT_LINE_BREAK_AND_TAB : CONTROL_CHARACTER;
  return z
    .string({ error: `请填写${subject}` })
    .overwrite(multiline ? normaliseNarrative : normaliseText)
    .superRefine((value, context) => {
      if (value.length === 0) {
        context.addIssue({ code: 'custom', message: `请填写${subject}` });
        return;
      }
      const chars = countChars(value);
      if (chars > maxChars) {
        context.addIssue({ code: 'custom', message: `${subject}不能超过${maxChars}个字（现为${chars}个字）` });
      }
      if (LONE_SURROGATE.test(value)) {
        context.addIssue({ code: 'custom', message: `${subject}含有无法识别的字符，请删除后重新填写` });
      }
      if (BIDI_CONTROL.test(value)) {
        context.addIssue({ code: 'custom', message: `${subject}不能包含改变文字显示方向的控制字符` });
      }
      if (forbidden.test(value)) {
        const what = multiline ? '不可见的控制字符' : '换行、制表符或其他不可见的控制字符';
        context.addIssue({ code: 'custom', message: `${subject}不能包含${what}` });
      }
    });
}
