import { describe, expect, it } from 'vitest';
import { decideSummary } from '../../../src-main/core/office/summary-intake-decision.ts';

const held = { fileDigest: 'a', issuedAt: '2027-01-10T01:00:00.000Z', payloadText: '{"v":1}' };

describe('one unit, one year: which summary is the unit’s word', () => {
  it('takes the first and a newer one', () => {
    expect(decideSummary([], held)).toEqual({ store: true, code: null });
    expect(decideSummary([held], { fileDigest: 'b', issuedAt: '2027-01-11T01:00:00.000Z', payloadText: '{"v":2}' })).toEqual({ store: true, code: null });
  });

  it('skips the same file or the same payload sealed again', () => {
    expect(decideSummary([held], held)).toEqual({ store: false, code: 'DUPLICATE' });
    expect(decideSummary([held], { ...held, fileDigest: 'c', issuedAt: '2027-01-10T01:00:00Z' })).toEqual({ store: false, code: 'DUPLICATE' });
  });

  it('refuses an older one replayed, and flags another one issued at the same instant', () => {
    expect(decideSummary([held], { fileDigest: 'd', issuedAt: '2027-01-09T01:00:00.000Z', payloadText: '{"v":0}' })).toEqual({ store: false, code: 'SUMMARY_OLDER' });
    expect(decideSummary([held], { fileDigest: 'e', issuedAt: held.issuedAt, payloadText: '{"v":9}' })).toEqual({ store: true, code: 'SUMMARY_EQUIVOCATION' });
  });
});
