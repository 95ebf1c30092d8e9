import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { PASSPHRASE_POLICY_TEXT, passphraseProblems } from '../../../src-main/contract/index.ts';
import { invoke } from '../../api.ts';
import { PassphraseStrength } from './passphrase-strength.tsx';

interface Values {
  passphrase: string;
  confirm: string;
}

export function PassphraseStep({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
  const [form] = Form.useForm<Values>();
  const passphrase = Form.useWatch('passphrase', form) ?? '';
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ passphrase: value }: Values) => {
    setBusy(true);
    setError(undefined);
    const result = await invoke('vault.create', { passphrase: value });
    setBusy(false);
    form.resetFields();
    if (result.ok) onCreated(result.value.recoveryKey);
    else setError(result.error.message);
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 520 }} requiredMark={false}>
      <Typography.Paragraph>
        口令用于加密本机上的全部记录。没有口令，任何人（包括开发者）都无法读取记录。{PASSPHRASE_POLICY_TEXT}
      </Typography.Paragraph>
      <Form.Item
        label="设置口令"
        name="passphrase"
        rules={[
          {
            validator: async (_rule, value: string | undefined) => {
              const problems = passphraseProblems(value ?? '');
              if (problems.length > 0) throw new Error(`口令不符合要求：${problems.join('；')}`);
            },
          },
        ]}
      >
        <Input.Password autoFocus autoComplete="new-password" />
      </Form.Item>
      <PassphraseStrength passphrase={passphrase} />
      <Form.Item
        label="再次输入口令"
        name="confirm"
        dependencies={['passphrase']}
        style={{ marginTop: 16 }}
        rules={[
          { required: true, message: '请再次输入口令' },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string | undefined) => {
              if (value && value !== getFieldValue('passphrase')) throw new Error('两次输入的口令不一致');
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          {busy ? '正在生成密钥（约需 1 秒）' : '创建加密数据库'}
        </Button>
      </Space>
    </Form>
  );
}
