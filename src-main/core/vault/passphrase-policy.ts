import { UserError } from '../errors.ts';
import { PASSPHRASE_MAX_CHARS, PASSPHRASE_MIN_CHARS } from './crypto-params.ts';

// Plain rules a person can follow: long enough, and not made of one kind of character only.
export function checkPassphrase(passphrase: string): void {
  const chars = [...passphrase.normalize('NFC')];
  if (chars.length < PASSPHRASE_MIN_CHARS || chars.length > PASSPHRASE_MAX_CHARS) {
    throw new UserError('WEAK_PASSPHRASE');
  }
  const classes = new Set(chars.map(characterClass));
  if (classes.size < 2 || new Set(chars).size < 5) throw new UserError('WEAK_PASSPHRASE');
}

function characterClass(char: string): string {
  if (/\p{Nd}/u.test(char)) return 'digit';
  if (/\p{Ll}/u.test(char)) return 'lower';
  if (/\p{Lu}/u.test(char)) return 'upper';
  if (/\p{Script=Han}/u.test(char)) return 'han';
  return 'other';
}
