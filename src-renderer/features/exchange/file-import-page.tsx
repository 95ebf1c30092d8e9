import { FileAddOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Button, Progress, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useImportProgress, type ProgressChannel } from '../../app/use-import-progress.ts';

export type ImportSource = 'folder' | 'files';

interface FileImportPageProps<R> {
  title: string;
  // Which files to choose and the promise that a refused file changes nothing.
  intro: string;
  progressChannel: ProgressChannel;
  // Opens the folder or file dialog in main and imports what was chosen; undefined when the call failed.
  importFrom: (source: ImportSource) => Promise<{ done: boolean; reports: R[] } | undefined>;
  renderReports: (reports: R[]) => ReactNode;
}

// An import page of sealed files: a folder (a USB stick) or files picked one by one, the progress while main
// verifies them, then the page's own report of the batch.
export function FileImportPage<R>({ title, intro, progressChannel, importFrom, renderReports }: FileImportPageProps<R>) {
  const [busy, setBusy] = useState(false);
  const [reports, setReports] = useState<R[]>();
  const progress = useImportProgress(progressChannel, busy);

  const run = async (source: ImportSource) => {
    setBusy(true);
    const result = await importFrom(source);
    setBusy(false);
    if (result?.done) setReports(result.reports);
  };

  return (
    <section aria-label={title}>
      <Typography.Title level={3}>{title}</Typography.Title>
      <Typography.Paragraph>{intro}</Typography.Paragraph>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Space wrap>
          <Button type="primary" icon={<FolderOpenOutlined />} disabled={busy} onClick={() => void run('folder')}>
            选择文件夹并导入
          </Button>
          <Button icon={<FileAddOutlined />} disabled={busy} onClick={() => void run('files')}>
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
        {reports && renderReports(reports)}
      </Space>
    </section>
  );
}
