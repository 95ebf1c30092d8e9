import { Alert, App, Button, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { BackupReminder as Reminder } from '../../../src-main/shared/backup-reminder.ts';
import { formatChinaDate } from '../../../src-main/shared/calendar/china-time.ts';
import { chinaDateOf } from '../../../src-main/shared/calendar/iso-date.ts';
import { useCall } from '../../app/use-call.ts';

// Finalized records that have waited the set number of days for a backup: said above the list, never in the way.
// 以后再说 hides it until the workspace is opened again; a backup made here answers it for good.
export function BackupReminder() {
  const call = useCall();
  const { message } = App.useApp();
  const [reminder, setReminder] = useState<Reminder>();
  const [dismissed, setDismissed] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void call('vault.backupReminder', {}).then(setReminder);
  }, [call]);
  if (!reminder?.due || dismissed) return null;

  const backup = async () => {
    setBusy(true);
    const result = await call('vault.backup', {});
    setBusy(false);
    if (!result?.done) return;
    void message.success(`已备份到 ${result.path}`);
    setReminder(await call('vault.backupReminder', {}));
  };

  const since = reminder.lastBackupAt ? `上次备份在${formatChinaDate(chinaDateOf(new Date(reminder.lastBackupAt)))}` : '本机还没有做过备份';
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      data-testid="backup-reminder"
      style={{ marginBottom: 16 }}
      title={`有记录表完成填报已超过${reminder.days}天，尚未备份`}
      description={`${since}。备份文件是加密的，请保存到移动存储介质，与本机分开存放。`}
      action={
        <Space orientation="vertical">
          <Button type="primary" size="small" loading={busy} onClick={() => void backup()}>
            立即备份…
          </Button>
          <Button size="small" onClick={() => setDismissed(true)}>
            以后再说
          </Button>
        </Space>
      }
    />
  );
}
