import { App, Button, Card, Form, InputNumber, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { backupReminderDaysSchema, DEFAULT_BACKUP_REMINDER_DAYS, MAX_BACKUP_REMINDER_DAYS } from '../../../src-main/shared/backup-reminder.ts';
import { backupReminderDaysOf } from '../../../src-main/shared/vault-settings.ts';
import { useCall } from '../../app/use-call.ts';
import { zodRule } from '../../app/zod-rule.ts';

export function BackupSettings() {
  const call = useCall();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ backupReminderDays: number }>();
  useEffect(() => {
    void call('settings.get', {}).then((settings) => {
      if (settings) form.setFieldsValue({ backupReminderDays: backupReminderDaysOf(settings) });
    });
  }, [call, form]);

  const backup = async () => {
    setBusy(true);
    const result = await call('vault.backup', {});
    setBusy(false);
    if (result?.done) void message.success(`已备份到 ${result.path}`);
  };

  // Saved over the settings as they are now, so the other choices made on this page are kept.
  const saveReminder = async (values: { backupReminderDays: number }) => {
    const current = await call('settings.get', {});
    if (!current) return;
    if (await call('settings.save', { ...current, ...values })) void message.success('已保存备份提醒');
  };

  return (
    <Card title="备份">
      <Typography.Paragraph>
        备份文件与本机数据库一样是加密的，需要备份时的口令才能恢复。请保存到移动存储介质，并与本机分开存放。
      </Typography.Paragraph>
      <Button onClick={() => void backup()} loading={busy} style={{ marginBottom: 16 }}>
        备份到文件…
      </Button>
      <Form form={form} layout="inline" onFinish={(values) => void saveReminder(values)}>
        <Form.Item
          label="完成填报后超过多少天未备份时提醒"
          name="backupReminderDays"
          rules={[zodRule(backupReminderDaysSchema)]}
          extra={`默认${DEFAULT_BACKUP_REMINDER_DAYS}天，最多${MAX_BACKUP_REMINDER_DAYS}天。提醒显示在记录列表上方，不影响操作。`}
        >
          <InputNumber min={1} max={MAX_BACKUP_REMINDER_DAYS} precision={0} suffix="天" />
        </Form.Item>
        <Button htmlType="submit">保存</Button>
      </Form>
    </Card>
  );
}
