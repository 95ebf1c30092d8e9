import { FolderOpenOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { useCall } from '../../app/use-call.ts';
import { ImportReportTable } from './import-report-table.tsx';

type Reports = Output<'intake.importFolder'>['reports'];

// 导入记录文件: a folder (a USB stick) of record files, each verified and opened on its own; a refused file writes
// nothing and the batch goes on, ending with one line per file.
export function IntakePage() {
  const call = useCall();
  const [busy, setBusy] = useState(false);
  const [reports, setReports] = useState<Reports>();

  const importFolder = async () => {
    setBusy(true);
    const result = await call('intake.importFolder', {});
    setBusy(false);
    if (result?.done) setReports(result.reports);
  };

  const imported = reports?.filter(({ outcome }) => outcome === 'imported').length ?? 0;
  const refused = reports?.filter(({ outcome }) => outcome === 'refused').length ?? 0;

  return (
    <section aria-label="导入记录文件">
      <Typography.Title level={3}>导入记录文件</Typography.Title>
      <Typography.Paragraph>
        选择存放记录文件（扩展名 .liuhen）的文件夹，例如承办人员送来的U盘。每个文件逐一核验：未通过核验的文件不会导入，也不影响其他文件。
      </Typography.Paragraph>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Button type="primary" icon={<FolderOpenOutlined />} loading={busy} onClick={() => void importFolder()}>
          选择文件夹并导入
        </Button>
        {reports && (
          <>
            <Alert
              role="status"
              type={refused > 0 ? 'warning' : 'success'}
              showIcon
              title={`共 ${String(reports.length)} 个文件：导入 ${String(imported)} 个，跳过 ${String(reports.length - imported - refused)} 个，未导入 ${String(refused)} 个。`}
            />
            <ImportReportTable reports={reports} />
          </>
        )}
      </Space>
    </section>
  );
}
