import { UserError } from './errors.ts';

// A policy a person reads, not a cryptographic parameter: the setup screen shows it as it is typed.
export const PASSPHRASE_MIN_CHARS = 12;
export const PASSPHRASE_MAX_CHARS = 1024;

const MIN_CHARACTER_KINDS = 2;
const MIN_DISTINCT_CHARS = 5;

export const PASSPHRASE_POLICY_TEXT = `口令至少 ${PASSPHRASE_MIN_CHARS} 个字符，须包含至少两类字符（数字、小写字母、大写字母、汉字、符号），且不能只是少数几个字符的重复。可以用一句只有您知道的话，例如“我家门前有两棵枣树2026”。`;

// Plain rules a person can follow. The same function drives the setup screen's hints and the core's refusal,
// so the screen can never accept what the vault then rejects.
export function passphraseProblems(passphrase: string): string[] {
  const chars = [...passphrase.normalize('NFC')];
  const problems: string[] = [];
  if (chars.length < PASSPHRASE_MIN_CHARS) problems.push(`还差 ${PASSPHRASE_MIN_CHARS - chars.length} 个字符`);
  if (chars.length > PASSPHRASE_MAX_CHARS) problems.push(`不能超过 ${PASSPHRASE_MAX_CHARS} 个字符`);
  if (new Set(chars.map(characterKind)).size < MIN_CHARACTER_KINDS) problems.push('须包含至少两类字符');
  if (new Set(chars).size < MIN_DISTINCT_CHARS) problems.push('不能只是少数几个字符的重复');
  return problems;
}

// A rough 0–4 score for the strength meter: length and variety, nothing more pretentious.
export function passphraseStrength(passphrase: string): 0 | 1 | 2 | 3 | 4 {
  const chars = [...passphrase.normalize('NFC')];
  if (passphraseProblems(passphrase).length > 0) return chars.length >= PASSPHRASE_MIN_CHARS / 2 ? 1 : 0;
  const kinds = new Set(chars.map(characterKind)).size;
  if (chars.length >= 20 && kinds >= 3) return 4;
  if (chars.length >= 16 || kinds >= 3) return 3;
  return 2;
}

export function checkPassphrase(passphrase: string): void {
  const problems = passphraseProblems(passphrase);
  if (problems.length > 0) throw new UserError('WEAK_PASSPHRASE', `口令不符合要求：${problems.join('；')}。`);
}

function characterKind(char: string): string {
  if (/\p{Nd}/u.test(char)) return 'digit';
  if (/\p{Ll}/u.test(char)) return 'lower';
  if (/\p{Lu}/u.test(char)) return 'upper';
  if (/\p{Script=Han}/u.test(char)) return 'han';
  return 'other';
}
