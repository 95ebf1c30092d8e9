import { FileAddOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { ReadableTag, type TagColor } from '../../app/readable-tag.tsx';
import { useCall } from '../../app/use-call.ts';
import { useImportProgress } from '../../app/use-import-progress.ts';

type Report = Output<'office.importFiles'>['reports'][number];

const OUTCOMES: Readonly<Record<Report['outcome'], { label: string; color: TagColor }>> = {
  imported: { label: '已导入', color: 'green' },
  skipped: { label: '已跳过', color: 'default' },
  refused: { label: '未导入', color: 'red' },
};

function overview(reports: readonly Report[]): string {
  const count = (outcome: Report['outcome']) => reports.filter((report) => report.outcome === outcome).length;
  return `共 ${String(reports.length)} 个文件：导入 ${String(count('imported'))} 个，跳过 ${String(count('skipped'))} 个，未导入 ${String(count('refused'))} 个。`;
}

// 导入汇总: the units' sealed summary files, picked or a whole folder, each verified on its own; a refused file
// writes nothing and the batch goes on, ending with one line per file.
export function OfficeImportPage() {
  const call = useCall();
  const [busy, setBusy] = useState(false);
  const [reports, setReports] = useState<Report[]>();
  const progress = useImportProgress('office.importProgress', busy);

  const run = async (channel: 'office.importFolder' | 'office.importFiles') => {
    setBusy(true);
    const result = await call(channel, {});
    setBusy(false);
    if (result?.done) setReports(result.reports);
  };
  const troubled = reports?.some(({ outcome, code }) => outcome === 'refused' || code === 'SUMMARY_EQUIVOCATION') ?? false;

  return (
    <section aria-label="导入汇总">
      <Typography.Title level={3}>导入汇总</Typography.Title>
      <Typography.Paragraph>
        选择各单位纪检组织报送的加密年度汇总文件（扩展名 .liuhen），或存放它们的文件夹（例如U盘）。每个文件逐一核验：未通过核验的文件不会导入，也不影响其他文件。
      </Typography.Paragraph>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Space wrap>
          <Button type="primary" icon={<FolderOpenOutlined />} disabled={busy} onClick={() => void run('office.importFolder')}>
            选择文件夹并导入
          </Button>
          <Button icon={<FileAddOutlined />} disabled={busy} onClick={() => void run('office.importFiles')}>
            选择文件并导入
          </Button>
        </Space>
        {busy && (
          <div role="status" aria-live="polite">
            <Typography.Text>{progress?.running ? `正在核验并导入：${String(progress.done)} / ${String(progress.total)}` : '请在对话框中选择…'}</Typography.Text>
            <Progress
              percent={progress?.running && progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0}
              aria-label="导入进度"
              status="active"
            />
          </div>
        )}
        {reports && (
          <>
            <Alert type={troubled ? 'warning' : 'success'} showIcon title={overview(reports)} />
            <Table<Report>
              aria-label="逐个文件的导入结果"
              rowKey={(report, index) => `${report.file}-${String(index)}`}
              dataSource={reports}
              pagination={false}
              size="small"
              columns={[
                { title: '文件', dataIndex: 'file', width: 200, render: (file: string) => <code>{file}</code> },
                {
                  title: '结果',
                  dataIndex: 'outcome',
                  width: 90,
                  render: (outcome: Report['outcome']) => <ReadableTag color={OUTCOMES[outcome].color}>{OUTCOMES[outcome].label}</ReadableTag>,
                },
                { title: '单位', dataIndex: 'unitName', width: 220, render: (name: string | null) => name ?? '—' },
                { title: '年度', dataIndex: 'year', width: 80, render: (year: number | null) => (year === null ? '—' : String(year)) },
                { title: '说明', dataIndex: 'message' },
              ]}
            />
          </>
        )}
      </Space>
    </section>
  );
}
