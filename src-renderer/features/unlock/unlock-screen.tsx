import { Alert, Button, Card, Checkbox, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { invoke } from '../../api.ts';
import { RecoverForm } from './recover-form.tsx';
import { RestoreForm } from './restore-form.tsx';

export function UnlockScreen({ onUnlocked }: { onUnlocked: () => void }) {
  const [form] = Form.useForm<{ passphrase: string; acceptRollback?: boolean }>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState<'unlock' | 'recover' | 'restore'>('unlock');
  // Main found that recent saves may be lost: the person may restore a backup, or retype and open it as it is.
  const [rolledBack, setRolledBack] = useState(false);

  const unlock = async ({ passphrase, acceptRollback }: { passphrase: string; acceptRollback?: boolean }) => {
    setBusy(true);
    setError(undefined);
    const result = await invoke('vault.unlock', { passphrase, ...(rolledBack && acceptRollback ? { acceptRollback: true } : {}) });
    setBusy(false);
    form.resetFields();
    if (result.ok) onUnlocked();
    else {
      setError(result.error.message);
      setRolledBack(result.error.code === 'VAULT_ROLLED_BACK');
    }
  };

  return (
    <main style={{ maxWidth: 480, margin: '12vh auto', padding: '0 24px' }}>
      <Card>
        <Typography.Title level={3}>留痕 · 已锁定</Typography.Title>
        {mode === 'recover' && <RecoverForm onRecovered={onUnlocked} onCancel={() => setMode('unlock')} />}
        {mode === 'restore' && <RestoreForm vaultExists onRestored={onUnlocked} onCancel={() => setMode('unlock')} />}
        {mode === 'unlock' && (
          <Form form={form} layout="vertical" onFinish={(values) => void unlock(values)} requiredMark={false}>
            <Form.Item label="口令" name="passphrase" rules={[{ required: true, message: '请输入口令' }]}>
              <Input.Password autoFocus autoComplete="current-password" />
            </Form.Item>
            {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
            {rolledBack && (
              <Form.Item name="acceptRollback" valuePropName="checked">
                <Checkbox>我已了解最近的保存可能丢失，仍然打开现有内容（将记入操作日志）</Checkbox>
              </Form.Item>
            )}
            <Button type="primary" htmlType="submit" loading={busy} block>
              {busy ? '正在验证口令' : '解锁'}
            </Button>
            <Space style={{ marginTop: 8 }}>
              <Button type="link" onClick={() => setMode('recover')} style={{ paddingLeft: 0 }}>
                忘记口令？使用恢复密钥
              </Button>
              <Button type="link" onClick={() => setMode('restore')}>
                从备份恢复
              </Button>
            </Space>
          </Form>
        )}
      </Card>
    </main>
  );
}
