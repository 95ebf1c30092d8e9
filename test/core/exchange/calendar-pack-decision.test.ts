import { describe, expect, it } from 'vitest';
import { decideCalendarPack, type PackWithProvenance } from '../../../src-main/core/exchange/calendar-pack-decision.ts';
import { UNSIGNED_PACK_RISK } from '../../../src-main/shared/calendar/unsigned-pack-risk.ts';
import type { CalendarPack } from '../../../src-main/shared/calendar/calendar-pack.ts';

const pack2027: CalendarPack = {
  formatVersion: 1,
  title: '2027年节假日',
  source: '测试',
  years: [2027],
  holidays: [{ date: '2027-01-01', name: '元旦' }],
  adjustedWorkdays: [],
};
const otherPack2027: CalendarPack = { ...pack2027, holidays: [...pack2027.holidays, { date: '2027-01-04', name: '元旦' }] };
const unitBody = { fingerprint: 'a'.repeat(64), name: '某省通信管理局纪检组' };
const stationedGroup = { fingerprint: 'b'.repeat(64), name: '驻部纪检监察组' };
const signed = (pack: CalendarPack, signer = unitBody, sequence = 1): PackWithProvenance => ({ pack, signer, sequence });

describe('deciding about a calendar pack', () => {
  it('takes a signed pack for a year it has nothing for', () => {
    expect(decideCalendarPack(signed(pack2027), [], false)).toEqual({ accept: true, needsConfirmation: false });
  });

  it('refuses two signers’ packs for one year that disagree, naming both', () => {
    const decision = decideCalendarPack(signed(otherPack2027, stationedGroup), [signed(pack2027)], false);
    expect(decision).toMatchObject({ accept: false, code: 'CALENDAR_CONFLICT' });
    expect(decision.accept || decision.needsConfirmation || decision.message).toContain('某省通信管理局纪检组');
    expect(decision.accept || decision.needsConfirmation || decision.message).toContain('驻部纪检监察组');
  });

  it('takes a second signer’s pack that agrees', () => {
    expect(decideCalendarPack(signed(pack2027, stationedGroup), [signed(pack2027)], false).accept).toBe(true);
  });

  it('lets a signer replace its own pack only with a higher sequence number', () => {
    expect(decideCalendarPack(signed(otherPack2027, unitBody, 2), [signed(pack2027)], false).accept).toBe(true);
    expect(decideCalendarPack(signed(otherPack2027, unitBody, 1), [signed(pack2027)], false)).toMatchObject({ code: 'CALENDAR_SEQUENCE_OLD' });
  });

  it('asks for explicit confirmation of an unsigned pack, naming the risk, and takes it once confirmed', () => {
    const unsigned = { pack: pack2027, signer: null, sequence: null };
    expect(decideCalendarPack(unsigned, [], false)).toEqual({ accept: false, needsConfirmation: true, risk: UNSIGNED_PACK_RISK });
    expect(UNSIGNED_PACK_RISK).toContain('没有纪检组织的签名');
    expect(decideCalendarPack(unsigned, [], true).accept).toBe(true);
  });

  it('refuses an unsigned pack that contradicts a signed one, even when confirmed', () => {
    expect(decideCalendarPack({ pack: otherPack2027, signer: null, sequence: null }, [signed(pack2027)], true)).toMatchObject({
      code: 'CALENDAR_CONFLICT',
    });
  });
});
