import type { SummaryRecordRow } from '../../shared/casework/annual-summary.ts';

export type RecordColumn = readonly [header: string, valueOf: (row: SummaryRecordRow) => string];

const SOURCE_COLUMN: RecordColumn = ['来源', (row) => row.source];

const BASE_COLUMNS: readonly RecordColumn[] = [
  ['编号', (row) => row.recordNumber],
  ['填报时间', (row) => row.filedAt],
  ['收到日期', (row) => row.receivedOn],
  SOURCE_COLUMN,
  ['重大事项类别', (row) => row.matters],
  ['研判结论', (row) => row.assessment],
  ['处置情况', (row) => row.disposition],
  ['报告时限', (row) => row.timeliness],
];

const NAME_COLUMNS: readonly RecordColumn[] = [
  ['承办人员', (row) => row.names?.handler ?? ''],
  ['插手干预人', (row) => row.names?.interveners.join('、') ?? ''],
];

// The 记录清单's columns, one list for paper and workbook: names only when the unit chose to include them (the
// rows then carry them), and the paper leaves out the source, for which its page has no room.
export function recordColumns(records: readonly SummaryRecordRow[], { withSource }: { withSource: boolean }): RecordColumn[] {
  const base = withSource ? BASE_COLUMNS : BASE_COLUMNS.filter((column) => column !== SOURCE_COLUMN);
  return records.some((row) => row.names !== undefined) ? [...base, ...NAME_COLUMNS] : [...base];
}
