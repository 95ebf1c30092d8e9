import { App, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useCall } from '../../app/use-call.ts';

export function BackupSettings() {
  const call = useCall();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const backup = async () => {
    setBusy(true);
    const result = await call('vault.backup', {});
    setBusy(false);
    if (result?.done) void message.success(`已备份到 ${result.path}`);
  };

  return (
    <Card title="备份">
      <Typography.Paragraph>
        备份文件与本机数据库一样是加密的，需要备份时的口令才能恢复。请保存到移动存储介质，并与本机分开存放。
      </Typography.Paragraph>
      <Button onClick={() => void backup()} loading={busy}>
        备份到文件…
      </Button>
    </Card>
  );
}
