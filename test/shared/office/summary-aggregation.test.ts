import { describe, expect, it } from 'vitest';
import type { AnnualSummary, CountTable } from '../../../src-main/shared/casework/annual-summary.ts';
import { SUMMARY_TABLE_KEYS, checkSummaryFigures } from '../../../src-main/shared/exchange/summary-payload.ts';
import { aggregateSummaries, type ReceivedUnitSummary } from '../../../src-main/shared/office/summary-aggregation.ts';

const table = (counts: CountTable['counts'], rows: [string, number][]): CountTable => ({
  title: '表',
  counts,
  rows: rows.map(([key, count]) => ({ key, label: `标签${key}`, count })),
});

// A summary of `records` records of one entry each, every one counted under row `a`; `steps` are its own
// disposition step rows (each body has its own list of steps).
function summary(records: number, steps: [string, number][] = []): AnnualSummary {
  const tables = Object.fromEntries(
    SUMMARY_TABLE_KEYS.map((key) => [key, key === 'dispositionStep' ? table('records', steps) : table(key.startsWith('matter') || key === 'method' || key.startsWith('intervener') ? 'entries' : 'records', [['a', records], ['b', 0]])]),
  ) as AnnualSummary['tables'];
  return {
    year: 2026,
    bodyName: '某纪检组',
    zeroReport: records === 0,
    recordCount: records,
    entryCount: records,
    tables,
    estimatedTimelinessCount: 0,
    records: Array.from({ length: records }, (_, index) => ({
      recordNumber: `编号${index}`,
      filedAt: '2026-10-09',
      receivedOn: '2026-10-10',
      source: '文件导入',
      matters: '工程建设',
      assessment: '尚未研判',
      disposition: '未处置',
      timeliness: '按时',
    })),
    signOff: { role: '纪检组织主要负责人', headName: null, signedOn: null },
  };
}

const unit = (fingerprint: string, name: string, held: AnnualSummary): ReceivedUnitSummary => ({ fingerprint, name, issuedAt: '2027-01-10T01:00:00.000Z', equivocation: false, summary: held });

describe('adding up the units’ summaries', () => {
  it('matches rows by key, keeps each body’s own disposition steps as rows, and totals every column', () => {
    const office = aggregateSummaries(
      2026,
      [
        { fingerprint: '1', name: '甲单位' },
        { fingerprint: '2', name: '乙单位' },
        { fingerprint: '3', name: '丙单位' },
      ],
      [unit('1', '甲单位', summary(2, [['closure', 2]])), unit('2', '乙单位', summary(3, [['closure', 1], ['talk', 3]]))],
    );
    const steps = office.tables.find((each) => each.key === 'dispositionStep');
    expect(steps?.rows.map(({ key, byUnit, total }) => [key, byUnit, total])).toEqual([
      ['closure', [2, 1], 3],
      ['talk', [0, 3], 3],
    ]);
    expect(office.tables.find((each) => each.key === 'method')?.rows[0]).toMatchObject({ byUnit: [2, 3], total: 5 });
    expect(office.missing.map(({ name }) => name)).toEqual(['丙单位']);
    expect([office.recordCount, office.records.length]).toEqual([5, 5]);
  });

  it('a year nobody reported lists every expected unit and no tables', () => {
    const office = aggregateSummaries(2025, [{ fingerprint: '1', name: '甲单位' }], [unit('1', '甲单位', summary(1))]);
    expect([office.units, office.tables, office.missing.length]).toEqual([[], [], 1]);
  });
});

describe('a summary’s figures must agree with each other', () => {
  it('accepts a sound summary and a 零报告', () => {
    expect(checkSummaryFigures(summary(2), false).ok).toBe(true);
    expect(checkSummaryFigures(summary(0), false).ok).toBe(true);
  });

  it.each([
    ['a 零报告 with records', (held: AnnualSummary) => ({ ...held, zeroReport: true }), '零报告标记'],
    ['a list shorter than the count', (held: AnnualSummary) => ({ ...held, records: held.records.slice(1) }), '记录清单的份数'],
    ['a table that does not add up', (held: AnnualSummary) => ({ ...held, tables: { ...held.tables, timeliness: table('records', [['a', 1]]) } }), '合计1，应为2'],
  ])('refuses %s with a Chinese reason', (_name, spoil, reason) => {
    const checked = checkSummaryFigures(spoil(summary(2)), false);
    expect(checked).toMatchObject({ ok: false, problem: { code: 'SUMMARY_INVALID' } });
    if (!checked.ok) expect(checked.problem.message).toContain(reason);
  });
});
