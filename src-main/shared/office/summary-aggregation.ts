import type { AnnualSummary, SummaryRecordRow } from '../casework/annual-summary.ts';
import { SUMMARY_TABLE_KEYS } from '../exchange/summary-payload.ts';

// A unit the office expects a summary from: a discipline body whose key file it checked and kept.
export interface ExpectedUnit {
  fingerprint: string;
  name: string;
}

// The summary the office holds for one unit and year (the latest it received), and whether that unit sent two
// different summaries with the same issue time.
export interface ReceivedUnitSummary {
  fingerprint: string;
  name: string;
  issuedAt: string;
  equivocation: boolean;
  summary: AnnualSummary;
}

export interface UnitColumn {
  fingerprint: string;
  name: string;
  issuedAt: string;
  zeroReport: boolean;
  recordCount: number;
  entryCount: number;
  equivocation: boolean;
}

export interface AggregateRow {
  key: string;
  label: string;
  // One count per reported unit, in the order of `units`.
  byUnit: number[];
  total: number;
}

export interface AggregateTable {
  key: string;
  title: string;
  counts: 'records' | 'entries';
  rows: AggregateRow[];
}

export interface OfficeSummary {
  year: number;
  units: UnitColumn[];
  // Expected units with no summary for the year (第八条 asks every unit for one, a 零报告 included).
  missing: ExpectedUnit[];
  recordCount: number;
  entryCount: number;
  tables: AggregateTable[];
  records: (SummaryRecordRow & { unitName: string })[];
}

const byName = <T extends { name: string; fingerprint: string }>(a: T, b: T) =>
  a.name.localeCompare(b.name, 'zh-Hans-CN') || a.fingerprint.localeCompare(b.fingerprint);

// The office's view of a year: every table of the body's summary with one column per unit and a total, rows
// matched by their key (a body's own disposition steps appear as rows of their own), and the units that have
// not reported.
export function aggregateSummaries(year: number, expected: readonly ExpectedUnit[], received: readonly ReceivedUnitSummary[]): OfficeSummary {
  const reported = received.filter((each) => each.summary.year === year).toSorted(byName);
  const reportedKeys = new Set(reported.map((each) => each.fingerprint));
  const [firstUnit] = reported;
  const tables = !firstUnit ? [] : SUMMARY_TABLE_KEYS.map((tableKey): AggregateTable => {
    const first = firstUnit.summary.tables[tableKey];
    const rows = new Map<string, AggregateRow>();
    reported.forEach((unit, column) => {
      for (const row of unit.summary.tables[tableKey].rows) {
        const held = rows.get(row.key) ?? { key: row.key, label: row.label, byUnit: reported.map(() => 0), total: 0 };
        held.byUnit[column] = row.count;
        held.total += row.count;
        rows.set(row.key, held);
      }
    });
    return { key: tableKey, title: first.title, counts: first.counts, rows: [...rows.values()] };
  });
  return {
    year,
    units: reported.map(({ fingerprint, name, issuedAt, equivocation, summary }) => ({
      fingerprint,
      name,
      issuedAt,
      equivocation,
      zeroReport: summary.zeroReport,
      recordCount: summary.recordCount,
      entryCount: summary.entryCount,
    })),
    missing: expected.filter((unit) => !reportedKeys.has(unit.fingerprint)).toSorted(byName),
    recordCount: reported.reduce((sum, unit) => sum + unit.summary.recordCount, 0),
    entryCount: reported.reduce((sum, unit) => sum + unit.summary.entryCount, 0),
    tables,
    records: reported.flatMap((unit) => unit.summary.records.map((row) => ({ ...row, unitName: unit.name }))),
  };
}
