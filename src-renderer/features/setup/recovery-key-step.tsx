import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Form, Input, Typography } from 'antd';
import { invoke } from '../../api.ts';
import { useState } from 'react';

// Compares what was retyped with what was shown, forgiving case, spaces and hyphens as the core does.
function sameKey(typed: string, shown: string): boolean {
  const clean = (text: string) => text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return clean(typed) === clean(shown);
}

export function RecoveryKeyStep({ recoveryKey, onConfirmed }: { recoveryKey: string; onConfirmed: () => void }) {
  const [saved, setSaved] = useState(false);
  const [typed, setTyped] = useState('');
  const matches = sameKey(typed, recoveryKey);
  const [printError, setPrintError] = useState<string>();
  const print = async () => {
    const result = await invoke('setup.printRecoverySheet', { recoveryKey });
    setPrintError(result.ok ? undefined : result.error.message);
  };
  return (
    <div style={{ maxWidth: 640 }}>
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
      <Form layout="vertical" style={{ marginTop: 16 }}>
        <Form.Item>
          <Checkbox checked={saved} onChange={(event) => setSaved(event.target.checked)}>
            我已抄写或打印恢复密钥，并将妥善保存
          </Checkbox>
        </Form.Item>
        <Form.Item
          label="请照抄写件重新输入恢复密钥，以确认抄写无误"
          htmlFor="recovery-key-retype"
          validateStatus={typed.length > 0 && !matches ? 'error' : undefined}
          help={typed.length > 0 && !matches ? '与显示的恢复密钥不一致，请逐组核对' : undefined}
        >
          <Input
            id="recovery-key-retype"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            style={{ fontFamily: 'monospace' }}
          />
        </Form.Item>
        <Button type="primary" disabled={!saved || !matches} onClick={onConfirmed}>
          下一步
        </Button>
      </Form>
    </div>
  );
}
