import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../../src-main/core/calendar/built-in-calendar.ts';
import { timelinessLabel, timelinessOf } from '../../../src-main/shared/casework/timeliness.ts';
import { finalizedRecord } from './support/casework-fixtures.ts';

const calendar = builtInCalendar();

describe('timeliness as the body reckons it', () => {
  // Deadlines worked out by hand from the State Council's 2026 schedule (中秋 9-25, 国庆 10-1 to 10-7, 9-20 and
  // 10-10 调休 working days).
  it.each([
    ['received on the deadline, across 国庆', '2026-09-30T09:00', null, '2026-10-13', '2026-10-13', 'onTime', 0, '5个工作日内报告'],
    [
      'received 8 calendar days later, on time only because of 国庆',
      '2026-09-30T09:00',
      null,
      '2026-10-08',
      '2026-10-13',
      'onTime',
      0,
      '5个工作日内报告',
    ],
    ['received the working day after the deadline', '2026-09-30T09:00', null, '2026-10-14', '2026-10-13', 'late', 1, '逾期1个工作日'],
    ['received three working days late', '2026-09-30T09:00', null, '2026-10-16', '2026-10-13', 'late', 3, '逾期3个工作日'],
    [
      'received on the Saturday after a Friday deadline',
      '2026-03-07T10:00',
      null,
      '2026-03-14',
      '2026-03-13',
      'late',
      0,
      '逾期（期限后的休息日收到）',
    ],
    ['counted from a later 发现日期, not the intervention', '2026-09-20T10:00', '2026-09-30', '2026-10-13', '2026-10-13', 'onTime', 0, '5个工作日内报告'],
    ['counted from the intervention when no 发现日期', '2026-09-20T10:00', null, '2026-10-13', '2026-09-28', 'late', 7, '逾期7个工作日'],
  ])('%s', (_label, occurredAt, learnedOn, receivedOn, deadline, verdict, lateBy, label) => {
    const record = finalizedRecord({ filedAt: receivedOn, entries: [{ occurredAt, learnedOn }] });
    const timeliness = timelinessOf({ record, receivedOn, calendar });
    expect(timeliness).toEqual({
      reportStart: learnedOn ?? occurredAt.slice(0, 10),
      deadline,
      receivedOn,
      verdict,
      lateByWorkingDays: lateBy,
      estimated: false,
    });
    expect(timelinessLabel(timeliness)).toBe(label);
  });

  it('counts from the earliest entry: each intervention must be reported within 5 working days of being found', () => {
    const record = finalizedRecord({
      filedAt: '2026-10-12',
      entries: [{ occurredAt: '2026-09-30T09:00' }, { occurredAt: '2026-09-29T16:00' }],
    });
    const timeliness = timelinessOf({ record, receivedOn: '2026-10-13', calendar });
    expect([timeliness.reportStart, timeliness.deadline, timeliness.verdict, timeliness.lateByWorkingDays]).toEqual([
      '2026-09-29',
      '2026-10-12',
      'late',
      1,
    ]);
  });

  it('says when the count runs into a year whose schedule is not loaded', () => {
    const record = finalizedRecord({ filedAt: '2026-12-28', entries: [{ occurredAt: '2026-12-28T09:00' }] });
    const timeliness = timelinessOf({ record, receivedOn: '2027-01-06', calendar });
    expect([timeliness.deadline, timeliness.verdict, timeliness.lateByWorkingDays, timeliness.estimated]).toEqual([
      '2027-01-05',
      'late',
      1,
      true,
    ]);
    expect(timeliness.explanation).toMatch(/^2027年的国务院节假日安排尚未载入本程序。/);
    expect(timelinessLabel(timeliness)).toBe('逾期1个工作日（推算）');
  });
});
