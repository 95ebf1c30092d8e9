import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { invoke } from '../../api.ts';

// For a vault that no longer opens (damaged, tampered) or a new machine: replace it with a backup. The current
// file is kept beside it, never deleted.
export function RestoreForm({ onRestored, onCancel }: { onRestored: () => void; onCancel: () => void }) {
  const [form] = Form.useForm<{ passphrase: string }>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const restore = async ({ passphrase }: { passphrase: string }) => {
    setBusy(true);
    setError(undefined);
    const result = await invoke('vault.restore', { passphrase });
    setBusy(false);
    form.resetFields();
    if (!result.ok) setError(result.error.message);
    else if (result.value.done) onRestored();
  };

  return (
    <Form form={form} layout="vertical" onFinish={restore} requiredMark={false}>
      <Typography.Paragraph>
        选择备份文件，并输入创建该备份时使用的口令。备份会先经过完整校验；校验通过后才替换当前数据库，当前数据库文件保留在原文件夹中，不会删除。
      </Typography.Paragraph>
      <Form.Item label="备份时的口令" name="passphrase" rules={[{ required: true, message: '请输入备份时的口令' }]}>
        <Input.Password autoFocus autoComplete="off" />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          选择备份文件并恢复…
        </Button>
        <Button onClick={onCancel}>返回</Button>
      </Space>
    </Form>
  );
}
