import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateOf } from '../../src-main/shared/calendar/iso-date.ts';
import { readTypedDate } from '../../src-main/shared/form/typed-date.ts';

const UNREADABLE = /^无法识别为日期，请按“2026年9月30日 14:30”或“2026-09-30 14:30”的样子填写$/;

describe('reading a date as a person types it', () => {
  it.each([
    ['2026-11-30 16:20', '2026-11-30', '16:20'],
    ['2026-11-30T16:20', '2026-11-30', '16:20'],
    ['2026/11/30 16:20', '2026-11-30', '16:20'],
    ['2026.11.30 16:20', '2026-11-30', '16:20'],
    ['2026-9-3 8:05', '2026-09-03', '08:05'],
    ['2026年11月30日16:20', '2026-11-30', '16:20'],
    ['2026年11月30日 16:20', '2026-11-30', '16:20'],
    ['2026 年 11 月 30 日 16 : 20', '2026-11-30', '16:20'],
    ['2026年11月30号 16时20分', '2026-11-30', '16:20'],
    ['2026年11月30日下午', null, null],
    ['2026年11月30日 16点', '2026-11-30', '16:00'],
    ['2026年11月30日 16点半', '2026-11-30', '16:30'],
    ['2026年11月30 16:20', '2026-11-30', '16:20'],
    ['２０２６年１１月３０日\u300015：30', '2026-11-30', '15:30'],
    ['２０２６－１１－３０　１５：３０', '2026-11-30', '15:30'],
    ['  2026/11/30   16:20:45 ', '2026-11-30', '16:20'],
    ['2026-11-30 1620', '2026-11-30', '16:20'],
    ['20261130', '2026-11-30', null],
    ['20261130 16:20', '2026-11-30', '16:20'],
    ['2026-11-30', '2026-11-30', null],
    ['2026年11月30日', '2026-11-30', null],
    ['2026/11/30', '2026-11-30', null],
  ])('reads “%s”', (typed, date, time) => {
    const reading = readTypedDate(typed);
    if (date === null) {
      expect(reading).toEqual({ ok: false, problem: expect.stringMatching(UNREADABLE) as string });
    } else {
      expect(reading).toEqual({ ok: true, date, time });
    }
  });

  it.each([
    ['11/30/2026', UNREADABLE],
    ['30.11.2026', UNREADABLE],
    ['2026-11/30', UNREADABLE],
    ['2026年11月', UNREADABLE],
    ['2026113', UNREADABLE],
    ['昨天下午', UNREADABLE],
    ['2026-11-30 下午3点', UNREADABLE],
    ['2026-02-29', /^不是有效日期：2026年2月只有28天$/],
    ['2026-13-01', /^不是有效日期：月份应在01至12之间$/],
    ['1999-12-31', /^年份应在2000年至2099年之间$/],
    ['2100年1月1日', /^年份应在2000年至2099年之间$/],
    ['2026-11-30 24:00', /^不是有效时刻：小时应在0至23之间，分钟应在0至59之间$/],
    ['2026-11-30 16:60', /^不是有效时刻/],
  ])('refuses “%s” and says why', (typed, problem) => {
    expect(readTypedDate(typed)).toEqual({ ok: false, problem: expect.stringMatching(problem) as string });
  });

  it('reads back every day of the century in each written form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_957, max: 47_481 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (dayNumber, hour, minute) => {
        const date = isoDateOf(dayNumber);
        const [year, month, day] = date.split('-').map(Number);
        const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        for (const typed of [`${date} ${time}`, `${year}年${month}月${day}日${hour}:${minute.toString().padStart(2, '0')}`, `${year}/${month}/${day} ${time}`]) {
          expect(readTypedDate(typed)).toEqual({ ok: true, date, time });
        }
        expect(readTypedDate(date.replaceAll('-', ''))).toEqual({ ok: true, date, time: null });
      }),
    );
  });
});
