import { describe, expect, it } from 'vitest';
import { chinaMinuteOf, chinaTimeOf, formatChinaDate } from '../../src-main/shared/calendar/china-time.ts';
import { formatFingerprint } from '../../src-main/shared/form/fingerprint-text.ts';

describe('dates and fingerprints as people read them', () => {
  it('writes a date the Chinese way, without leading zeros', () => {
    expect(formatChinaDate('2026-09-03')).toBe('2026年9月3日');
    expect(formatChinaDate('2026-10-13')).toBe('2026年10月13日');
  });

  it('shows text that is no calendar date as it is, rather than a wrong date', () => {
    expect(formatChinaDate('2026-02-30')).toBe('2026-02-30');
  });

  it('reads an instant on a clock in China, whatever the machine’s zone', () => {
    expect(chinaMinuteOf('2026-09-30T17:05:09Z')).toBe('2026-10-01 01:05');
    expect(chinaTimeOf('2026-09-30T17:05:09Z')).toBe('01:05:09');
  });

  it('groups a fingerprint in eights, the last group as long as is left', () => {
    expect(formatFingerprint('0123456789abcdef01')).toBe('01234567 89abcdef 01');
  });
});
