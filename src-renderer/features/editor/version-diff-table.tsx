import { Table, Typography } from 'antd';
import type { FieldChange } from './version-diff.ts';

const CELL_TEXT = { whiteSpace: 'pre-wrap', userSelect: 'text' } as const;

// The changed cells of two versions side by side; an empty cell says so rather than showing nothing.
export function VersionDiffTable({ changes, before, after }: { changes: FieldChange[]; before: number; after: number }) {
  if (changes.length === 0) return <Typography.Paragraph>第{before}版与第{after}版的填写内容完全相同。</Typography.Paragraph>;
  return (
    <Table<FieldChange>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={changes}
      aria-label={`第${before}版与第${after}版的差异`}
      data-testid="version-diff"
      columns={[
        { title: '项目', key: 'field', width: 220, render: (_, change) => `${change.where} · ${change.label}` },
        { title: `第${before}版`, dataIndex: 'before', render: (text: string) => <span style={CELL_TEXT}>{text || '（未填写）'}</span> },
        { title: `第${after}版`, dataIndex: 'after', render: (text: string) => <span style={CELL_TEXT}>{text || '（未填写）'}</span> },
      ]}
    />
  );
}
