import { Table } from 'antd';
import type { Output } from '../../../src-main/contract/index.ts';
import { ReadableTag, type TagColor } from '../../app/readable-tag.tsx';
import { INTAKE_FLAG_LABELS } from './intake-flags.ts';

type FileReport = Output<'intake.importFolder'>['reports'][number];

const OUTCOMES: Readonly<Record<FileReport['outcome'], { label: string; color: TagColor }>> = {
  imported: { label: '已导入', color: 'green' },
  skipped: { label: '已跳过', color: 'default' },
  refused: { label: '未导入', color: 'red' },
};

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
        {
          title: '结果',
          dataIndex: 'outcome',
          width: 90,
          render: (outcome: FileReport['outcome']) => <ReadableTag color={OUTCOMES[outcome].color}>{OUTCOMES[outcome].label}</ReadableTag>,
        },
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
