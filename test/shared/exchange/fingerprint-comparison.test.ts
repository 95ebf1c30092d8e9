import { describe, expect, it } from 'vitest';
import { fingerprintMatches } from '../../../src-main/shared/exchange/fingerprint-comparison.ts';

const FINGERPRINT = 'b15e4436ea30f6fb191c765afa70676f84dc9ed45500299b681c0143d1746c56';

describe('comparing a typed or scanned fingerprint', () => {
  it.each([
    ['as printed, in groups', 'b15e4436 ea30f6fb 191c765a fa70676f 84dc9ed4 5500299b 681c0143 d1746c56'],
    ['in capitals with full-width spaces', 'B15E4436\u3000EA30F6FB 191C765A FA70676F 84DC9ED4 5500299B 681C0143 D1746C56'],
    ['scanned from the QR code', `liuhen-key:${FINGERPRINT}`],
  ])('accepts it %s', (_case, typed) => {
    expect(fingerprintMatches(typed, FINGERPRINT)).toBe(true);
  });

  it.each([
    ['with one digit wrong', FINGERPRINT.replace(/c56$/, 'c57')],
    ['with a group missing', FINGERPRINT.slice(8)],
    ['empty', ''],
  ])('refuses it %s', (_case, typed) => {
    expect(fingerprintMatches(typed, FINGERPRINT)).toBe(false);
  });
});
