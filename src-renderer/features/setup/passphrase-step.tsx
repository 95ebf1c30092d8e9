import { Alert, Button, Form, Space, Typography } from 'antd';
import { useState } from 'react';
import { PASSPHRASE_POLICY_TEXT } from '../../../src-main/shared/passphrase-policy.ts';
import { invoke } from '../../api.ts';
import { NewPassphraseFields } from './new-passphrase-fields.tsx';
import type { SetupRole } from './role-step.tsx';

interface Values {
  passphrase: string;
}

export function PassphraseStep({
  role,
  onCreated,
  onBack,
}: {
  role: SetupRole;
  onCreated: (recoveryKey: string) => void;
  onBack: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ passphrase: value }: Values) => {
    setBusy(true);
    setError(undefined);
    const result = await invoke('vault.create', { passphrase: value, role });
    setBusy(false);
    form.resetFields();
    if (result.ok) onCreated(result.value.recoveryKey);
    else setError(result.error.message);
  };

  return (
    <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} style={{ maxWidth: 520 }} requiredMark={false}>
      <Typography.Paragraph>
        口令用于加密本机上的全部记录。没有口令，任何人（包括开发者）都无法读取记录。{PASSPHRASE_POLICY_TEXT}
      </Typography.Paragraph>
      <NewPassphraseFields name="passphrase" label="设置口令" confirmLabel="再次输入口令" />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Space>
        <Button onClick={onBack} disabled={busy}>
          上一步
        </Button>
        <Button type="primary" htmlType="submit" loading={busy}>
          {busy ? '正在生成密钥（约需 1 秒）' : '创建加密数据库'}
        </Button>
      </Space>
    </Form>
  );
}
