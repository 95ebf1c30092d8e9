import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Form, Input, Typography } from 'antd';
import { invoke } from '../../api.ts';
import { useState } from 'react';

// The retyped key is checked by main against the vault itself: setup moves on only with a key that really opens it.
export function RecoveryKeyStep({
  recoveryKey,
  replacesEarlier,
  onConfirmed,
}: {
  recoveryKey: string;
  replacesEarlier: boolean;
  onConfirmed: () => void;
}) {
  const [saved, setSaved] = useState(false);
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [printError, setPrintError] = useState<string>();
  const print = async () => {
    const result = await invoke('setup.printRecoverySheet', { recoveryKey });
    setPrintError(result.ok ? undefined : result.error.message);
  };
  const confirm = async () => {
    setBusy(true);
    const result = await invoke('setup.confirmRecoveryKey', { recoveryKey: typed });
    setBusy(false);
    if (result.ok) onConfirmed();
    else setMismatch(result.error.message);
  };
  return (
    <div style={{ maxWidth: 640 }}>
      {replacesEarlier && (
        <Alert
          type="info"
          showIcon
          title="此前显示的恢复密钥没有经过确认，已经作废"
          description="下面是新生成的恢复密钥。之前抄写或打印的恢复密钥不能再使用，请销毁后保存这一个。"
          style={{ marginBottom: 16 }}
        />
      )}
      <Alert
        type="warning"
        showIcon
        title="这是恢复密钥，只显示这一次"
        description="忘记口令时，只能用它恢复。请抄写或打印后密封保存，不要存放在本机上，也不要拍照或发给他人。"
        style={{ marginBottom: 16 }}
      />
      <Card>
        <Typography.Text
          data-testid="recovery-key"
          copyable={false}
          style={{ fontFamily: 'monospace', fontSize: 22, letterSpacing: 1, userSelect: 'all' }}
        >
          {recoveryKey}
        </Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          共 9 组，最后一组是校验码，用于发现抄写错误。
        </Typography.Paragraph>
        <Button icon={<PrinterOutlined />} onClick={() => void print()}>
          打印恢复密钥页
        </Button>
        {printError && <Alert type="error" showIcon title={printError} style={{ marginTop: 8 }} />}
      </Card>
      <Form layout="vertical" style={{ marginTop: 16 }} onFinish={() => void confirm()}>
        <Form.Item>
          <Checkbox checked={saved} onChange={(event) => setSaved(event.target.checked)}>
            我已抄写或打印恢复密钥，并将妥善保存
          </Checkbox>
        </Form.Item>
        <Form.Item
          label="请照抄写件重新输入恢复密钥，以确认抄写无误"
          htmlFor="recovery-key-retype"
          validateStatus={mismatch ? 'error' : ''}
          help={mismatch}
        >
          <Input
            id="recovery-key-retype"
            value={typed}
            onChange={(event) => {
              setTyped(event.target.value);
              setMismatch(undefined);
            }}
            autoComplete="off"
            spellCheck={false}
            style={{ fontFamily: 'monospace' }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" disabled={!saved || typed.trim().length === 0} loading={busy}>
          下一步
        </Button>
      </Form>
    </div>
  );
}
