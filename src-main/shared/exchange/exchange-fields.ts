import { z } from 'zod';
import { isIsoDate } from '../calendar/iso-date.ts';
import { DIGEST_BYTES, KEY_BYTES, SIGNATURE_BYTES, hexPattern } from './hex.ts';

// The small field types every exchanged payload is built from.
export const digestHex = z.string().regex(hexPattern(DIGEST_BYTES));
export const keyHex = z.string().regex(hexPattern(KEY_BYTES));
export const signatureHex = z.string().regex(hexPattern(SIGNATURE_BYTES));
export const instant = z.iso.datetime();
export const isoDay = z.string().refine(isIsoDate);
export const recordIdHex = z.string().regex(/^[0-9a-f]{32}$/);
export const versionNumber = z.number().int().min(1);
