import { FileAddOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { useCall } from '../../app/use-call.ts';
import { ImportReportTable } from './import-report-table.tsx';
import { useImportProgress } from '../../app/use-import-progress.ts';

type Reports = Output<'intake.importFolder'>['reports'];

function summary(reports: Reports): string {
  const count = (outcome: Reports[number]['outcome']) => reports.filter((report) => report.outcome === outcome).length;
  const flagged = reports.filter((report) => report.flags.length > 0).length;
  const parts = [`共 ${String(reports.length)} 个文件：导入 ${String(count('imported'))} 个`, `跳过 ${String(count('skipped'))} 个`, `未导入 ${String(count('refused'))} 个`];
  return `${parts.join('，')}${flagged > 0 ? `；其中 ${String(flagged)} 个需要核实（见标记）` : ''}。`;
}

// 导入记录文件: files or a whole folder (a USB stick), each verified and opened on its own; a refused file writes
// nothing and the batch goes on, ending with one line per file.
export function IntakePage() {
  const call = useCall();
  const [busy, setBusy] = useState(false);
  const [reports, setReports] = useState<Reports>();
  const progress = useImportProgress('intake.progress', busy);

  const run = async (channel: 'intake.importFolder' | 'intake.importFiles') => {
    setBusy(true);
    const result = await call(channel, {});
    setBusy(false);
    if (result?.done) setReports(result.reports);
  };

  const refused = reports?.some(({ outcome, flags }) => outcome === 'refused' || flags.length > 0) ?? false;

  return (
    <section aria-label="导入记录文件">
      <Typography.Title level={3}>导入记录文件</Typography.Title>
      <Typography.Paragraph>
        选择承办人员送来的记录文件（扩展名 .liuhen），或存放它们的文件夹（例如U盘）。每个文件逐一核验：未通过核验的文件不会导入，也不影响其他文件。
      </Typography.Paragraph>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Space wrap>
          <Button type="primary" icon={<FolderOpenOutlined />} disabled={busy} onClick={() => void run('intake.importFolder')}>
            选择文件夹并导入
          </Button>
          <Button icon={<FileAddOutlined />} disabled={busy} onClick={() => void run('intake.importFiles')}>
            选择文件并导入
          </Button>
        </Space>
        {busy && (
          <div role="status" aria-live="polite">
            <Typography.Text>
              {progress?.running ? `正在核验并导入：${String(progress.done)} / ${String(progress.total)}` : '请在对话框中选择…'}
            </Typography.Text>
            <Progress
              percent={progress?.running && progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0}
              aria-label="导入进度"
              status="active"
            />
          </div>
        )}
        {reports && (
          <>
            <Alert role="status" type={refused ? 'warning' : 'success'} showIcon title={summary(reports)} />
            <ImportReportTable reports={reports} />
          </>
        )}
      </Space>
    </section>
  );
}
