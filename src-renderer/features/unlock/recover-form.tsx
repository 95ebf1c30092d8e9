import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { invoke } from '../../api.ts';
import { NewPassphraseFields } from '../setup/new-passphrase-fields.tsx';

interface Values {
  recoveryKey: string;
  newPassphrase: string;
}

export function RecoverForm({ onRecovered, onCancel }: { onRecovered: () => void; onCancel: () => void }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const recover = async (values: Values) => {
    setBusy(true);
    setError(undefined);
    const result = await invoke('vault.recover', { recoveryKey: values.recoveryKey, newPassphrase: values.newPassphrase });
    setBusy(false);
    if (result.ok) onRecovered();
    else setError(result.error.message);
  };

  return (
    <Form form={form} layout="vertical" onFinish={(values) => void recover(values)} requiredMark={false}>
      <Typography.Paragraph>输入创建数据库时保存的恢复密钥，并设置新口令。记录不会丢失。</Typography.Paragraph>
      <Form.Item label="恢复密钥" name="recoveryKey" rules={[{ required: true, message: '请输入恢复密钥' }]}>
        <Input autoFocus autoComplete="off" spellCheck={false} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <NewPassphraseFields name="newPassphrase" label="新口令" confirmLabel="再次输入新口令" />
      {error && <Alert type="error" showIcon title={error} style={{ margin: '16px 0' }} role="alert" />}
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={busy}>
          恢复并解锁
        </Button>
        <Button onClick={onCancel}>返回</Button>
      </Space>
    </Form>
  );
}
