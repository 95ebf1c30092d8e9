import { describe, expect, it } from 'vitest';
import { trustedBodyOf } from '../../../src-main/core/exchange/exchange-keys.ts';
import { readSignedCalendarPack, signCalendarPack } from '../../../src-main/core/exchange/signed-calendar-pack.ts';
import { sodium, stationedGroupKeys, unitBodyKeys } from './support/exchange-fixtures.ts';

const PACK_2027 = {
  format: 'liuhen-calendar-pack',
  formatVersion: 1,
  title: '2027年部分节假日安排',
  source: '国务院办公厅关于2027年部分节假日安排的通知',
  years: [2027],
  holidays: [{ date: '2027-01-01', name: '元旦' }],
  adjustedWorkdays: [],
};

const SIGNED_AT = new Date('2026-12-01T00:00:00.000Z');
const bytes = (text: string) => new TextEncoder().encode(text);
const known = (fingerprint: string) => [unitBodyKeys()].map(trustedBodyOf).find((body) => body.fingerprint === fingerprint);

describe('a signed calendar pack', () => {
  it('is read with its signer and sequence when the signer’s key is trusted', () => {
    const read = readSignedCalendarPack(sodium, bytes(signCalendarPack(sodium, unitBodyKeys(), PACK_2027, 1, SIGNED_AT)), known);
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.value.pack.years).toEqual([2027]);
    expect(read.value.sequence).toBe(1);
    expect(read.value.signer.file.body.name).toBe('纪检组');
  });

  it('from a signer this installation does not trust is refused', () => {
    const read = readSignedCalendarPack(sodium, bytes(signCalendarPack(sodium, stationedGroupKeys(), PACK_2027, 1, SIGNED_AT)), known);
    expect(read.ok || read.problem.code).toBe('UNKNOWN_SIGNER');
  });

  it('with a broken calendar inside is refused, naming the calendar’s problem', () => {
    const broken = { ...PACK_2027, holidays: [] };
    const read = readSignedCalendarPack(sodium, bytes(signCalendarPack(sodium, unitBodyKeys(), broken, 1, SIGNED_AT)), known);
    expect(read.ok || read.problem.code).toBe('CALENDAR_INVALID');
    expect(read.ok || read.problem.message).toContain('2027');
  });
});
