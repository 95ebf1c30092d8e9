import { Table } from 'antd';
import type { Output } from '../../../src-main/contract/index.ts';
import { ImportOutcomeTag } from '../exchange/import-outcome-tag.tsx';

type Report = Output<'office.importFiles'>['reports'][number];

// One line per summary file of a batch, in the order read: whose summary for which year, and what became of it.
export function SummaryImportTable({ reports }: { reports: Report[] }) {
  return (
    <Table<Report>
      aria-label="逐个文件的导入结果"
      rowKey={(report, index) => `${report.file}-${String(index)}`}
      dataSource={reports}
      pagination={false}
      size="small"
      columns={[
        { title: '文件', dataIndex: 'file', width: 200, render: (file: string) => <code>{file}</code> },
        { title: '结果', dataIndex: 'outcome', width: 90, render: (outcome: Report['outcome']) => <ImportOutcomeTag outcome={outcome} /> },
        { title: '单位', dataIndex: 'unitName', width: 220, render: (name: string | null) => name ?? '—' },
        { title: '年度', dataIndex: 'year', width: 80, render: (year: number | null) => (year === null ? '—' : String(year)) },
        { title: '说明', dataIndex: 'message' },
      ]}
    />
  );
}
