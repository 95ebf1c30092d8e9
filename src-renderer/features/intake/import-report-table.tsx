import { Table } from 'antd';
import type { Output } from '../../../src-main/contract/index.ts';
import { ReadableTag } from '../../app/readable-tag.tsx';
import { ImportOutcomeTag } from '../exchange/import-outcome-tag.tsx';
import { INTAKE_FLAG_LABELS } from './intake-flags.ts';

type FileReport = Output<'intake.importFolder'>['reports'][number];

// One line per file of a batch, in the order read: what happened to it, and why in a whole sentence.
export function ImportReportTable({ reports }: { reports: readonly FileReport[] }) {
  return (
    <Table<FileReport>
      aria-label="逐个文件的导入结果"
      rowKey={(report, index) => `${report.file}-${String(index)}`}
      dataSource={[...reports]}
      pagination={reports.length > 50 ? { pageSize: 50 } : false}
      size="small"
      columns={[
        { title: '文件', dataIndex: 'file', width: 220, render: (file: string) => <code>{file}</code> },
        { title: '结果', dataIndex: 'outcome', width: 90, render: (outcome: FileReport['outcome']) => <ImportOutcomeTag outcome={outcome} /> },
        {
          title: '说明',
          key: 'message',
          render: (_value, report) => (
            <>
              {report.flags.map((flag) => (
                <ReadableTag key={flag} color="orange">
                  {INTAKE_FLAG_LABELS[flag]}
                </ReadableTag>
              ))}
              {report.message}
            </>
          ),
        },
      ]}
    />
  );
}
