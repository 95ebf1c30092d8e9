import { describe, expect, it } from 'vitest';
import { decodeCrockford, encodeCrockford, normalizeCrockford } from '../../../src-main/core/vault/crockford.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

// RFC 4648's base32 test vectors, each symbol carried to Crockford's alphabet (same bit order, no padding):
// e.g. "foobar" = MZXW6YTBOI====== there, CSQPYRK1E8 here.
const VECTORS: [string, string][] = [
  ['', ''],
  ['f', 'CR'],
  ['fo', 'CSQG'],
  ['foo', 'CSQPY'],
  ['foob', 'CSQPYRG'],
  ['fooba', 'CSQPYRK1'],
  ['foobar', 'CSQPYRK1E8'],
];

describe('Crockford base32', () => {
  it.each(VECTORS)('encodes %j as %s and back', (text, encoded) => {
    expect(encodeCrockford(utf8(text))).toBe(encoded);
    expect(decodeCrockford(encoded, utf8(text).length)).toEqual(utf8(text));
  });

  it('reads what people type: lower case, spaces, hyphens, O for 0, I and L for 1', () => {
    expect(normalizeCrockford('csqp-yrk1 e8')).toBe('CSQPYRK1E8');
    expect(normalizeCrockford('oIl')).toBe('011');
    expect(decodeCrockford('csqp-yrkl e8', 6)).toEqual(utf8('foobar'));
  });

  it('refuses characters outside the alphabet, a wrong length and non-zero leftover bits', () => {
    expect(normalizeCrockford('CSQU')).toBeUndefined();
    expect(decodeCrockford('CSQPYRK1E8', 5)).toBeUndefined();
    expect(decodeCrockford('CZ', 1)).toBeUndefined();
  });
});
