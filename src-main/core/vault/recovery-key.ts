import { UserError } from '../../shared/errors.ts';
import { RECOVERY_CHECK_CHARS, RECOVERY_KEY_BYTES } from './crypto-params.ts';
import { decodeCrockford, encodeCrockford, normalizeCrockford } from './crockford.ts';
import type { Sodium } from './sodium.ts';

const GROUP_CHARS = 4;
const KEY_CHARS = Math.ceil((RECOVERY_KEY_BYTES * 8) / 5);

export interface RecoveryKey {
  bytes: Uint8Array;
  // What the person prints and retypes: 8 groups of key characters, then one group of check characters.
  display: string;
  checkDigits: string;
}

function checkDigitsFor(sodium: Sodium, bytes: Uint8Array): string {
  return encodeCrockford(sodium.crypto_generichash(8, bytes, null)).slice(0, RECOVERY_CHECK_CHARS);
}

function groups(text: string): string {
  return (text.match(new RegExp(`.{1,${GROUP_CHARS}}`, 'g')) ?? []).join('-');
}

export function generateRecoveryKey(sodium: Sodium, random: (length: number) => Uint8Array): RecoveryKey {
  const bytes = random(RECOVERY_KEY_BYTES);
  const checkDigits = checkDigitsFor(sodium, bytes);
  return { bytes, checkDigits, display: `${groups(encodeCrockford(bytes))}-${checkDigits}` };
}

// Typos are caught by the check characters before any decryption is attempted, so a person learns they
// mistyped rather than that the key is wrong.
export function parseRecoveryKey(sodium: Sodium, typed: string): Uint8Array {
  const cleaned = normalizeCrockford(typed);
  if (cleaned === undefined || cleaned.length !== KEY_CHARS + RECOVERY_CHECK_CHARS) {
    throw new UserError('RECOVERY_KEY_MISTYPED');
  }
  const bytes = decodeCrockford(cleaned.slice(0, KEY_CHARS), RECOVERY_KEY_BYTES);
  if (!bytes || checkDigitsFor(sodium, bytes) !== cleaned.slice(KEY_CHARS)) {
    throw new UserError('RECOVERY_KEY_MISTYPED');
  }
  return bytes;
}
