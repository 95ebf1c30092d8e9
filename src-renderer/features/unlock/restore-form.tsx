import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { invoke } from '../../api.ts';

interface RestoreFields {
  currentPassphrase?: string;
  backupPassphrase?: string;
}

// For a vault that no longer opens (damaged, tampered) or a new machine: replace it with a backup. The current
// file is kept beside it, never deleted. Over an existing vault a restore is a rollback, so it asks for the
// current passphrase (or recovery key) first; the backup's own passphrase is usually the same.
export function RestoreForm({ vaultExists, onRestored, onCancel }: { vaultExists: boolean; onRestored: () => void; onCancel: () => void }) {
  const [form] = Form.useForm<RestoreFields>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const restore = async ({ currentPassphrase, backupPassphrase }: RestoreFields) => {
    setBusy(true);
    setError(undefined);
    const backup = backupPassphrase || currentPassphrase || '';
    const result = await invoke('vault.restore', {
      backupPassphrase: backup,
      ...(vaultExists && currentPassphrase ? { currentPassphrase } : {}),
    });
    setBusy(false);
    form.resetFields();
    if (!result.ok) setError(result.error.message);
    else if (result.value.done) onRestored();
  };

  return (
    <Form form={form} layout="vertical" onFinish={(values) => void restore(values)} requiredMark={false}>
      <Typography.Paragraph>
        {vaultExists
          ? '从备份恢复会用备份中的数据替换当前数据库，因此需要先输入当前数据库的口令（忘记口令时可输入恢复密钥）。'
          : '选择备份文件，并输入创建该备份时使用的口令。'}
        备份会先经过完整校验；校验通过后才替换当前数据库，当前数据库文件保留在原文件夹中，不会删除。
      </Typography.Paragraph>
      {vaultExists && (
        <Form.Item label="当前数据库的口令或恢复密钥" name="currentPassphrase" rules={[{ required: true, message: '请输入当前数据库的口令或恢复密钥' }]}>
          <Input.Password autoFocus autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        label={vaultExists ? '备份时的口令（与当前口令相同时可不填）' : '备份时的口令'}
        name="backupPassphrase"
        rules={vaultExists ? [] : [{ required: true, message: '请输入备份时的口令' }]}
      >
        <Input.Password autoFocus={!vaultExists} autoComplete="off" />
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
