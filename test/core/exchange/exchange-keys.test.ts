import { describe, expect, it } from 'vitest';
import { generateBodyKeys, keyFileFingerprint, readPublicKeyFile } from '../../../src-main/core/exchange/exchange-keys.ts';
import { formatFingerprint } from '../../../src-main/shared/form/fingerprint-text.ts';
import { UNIT_BODY, sodium, unitBodyKeys } from './support/exchange-fixtures.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('a body’s public key file', () => {
  it('carries both keys and the body, and its fingerprint covers the whole file', () => {
    const keys = unitBodyKeys();
    const read = readPublicKeyFile(sodium, bytes(keys.keyFileText));
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.value.file.body).toEqual(UNIT_BODY);
    expect(read.value.fingerprint).toBe(keys.fingerprint);
    expect(keyFileFingerprint(sodium, keys.keyFileText.replace('纪检组', '纪检室'))).not.toBe(keys.fingerprint);
  });

  it('has a 256-bit fingerprint shown in eight groups', () => {
    expect(formatFingerprint(unitBodyKeys().fingerprint).split(' ')).toHaveLength(8);
  });

  it('takes its keys from the injected random source', () => {
    const fixed = () => new Uint8Array(32).fill(7);
    expect(generateBodyKeys(sodium, UNIT_BODY, fixed).fingerprint).toBe(generateBodyKeys(sodium, UNIT_BODY, fixed).fingerprint);
  });

  it.each([
    ['re-saved with spaces', (text: string) => text.replace('","', '", "'), 'NOT_CANONICAL'],
    ['of an unknown version', (text: string) => text.replace('"formatVersion":1', '"formatVersion":9'), 'UNKNOWN_VERSION'],
    ['cut short', (text: string) => text.slice(0, 40), 'TRUNCATED'],
    ['with a key of the wrong length', (text: string) => text.replace(/"boxKey":"[0-9a-f]{2}/, '"boxKey":"'), 'MALFORMED'],
    ['of another kind of file', () => '{"format":"liuhen-calendar-pack"}', 'NOT_EXCHANGE_FILE'],
  ])('is refused when %s', (_case, change, code) => {
    const read = readPublicKeyFile(sodium, bytes(change(unitBodyKeys().keyFileText)));
    expect(read.ok || read.problem.code).toBe(code);
  });
});
