import { App, Button, Card, Form } from 'antd';
import { invoke } from '../../api.ts';
import { useSession } from '../../app/session-context.tsx';
import { NewPassphraseFields } from '../setup/new-passphrase-fields.tsx';
import { PassphraseInput } from '../setup/passphrase-input.tsx';

interface Values {
  current: string;
  next: string;
  nextConfirm: string;
}

export function PassphraseSettings() {
  const { message } = App.useApp();
  const { onLocked } = useSession();
  const [form] = Form.useForm<Values>();

  // A refusal is said beside the field it concerns; what was typed in the other fields stays.
  const change = async ({ current, next: nextValue }: Values) => {
    const result = await invoke('vault.changePassphrase', { current, next: nextValue });
    if (result.ok) {
      form.resetFields();
      void message.success('口令已修改。恢复密钥不变，仍可使用。');
      return;
    }
    const { code, message: refusal } = result.error;
    if (code === 'VAULT_LOCKED') onLocked();
    else if (code === 'WRONG_PASSPHRASE' || code === 'THROTTLED') form.setFields([{ name: 'current', value: '', errors: [refusal] }]);
    else if (code === 'WEAK_PASSPHRASE') form.setFields([{ name: 'next', errors: [refusal] }]);
    else void message.error(refusal);
  };

  return (
    <Card title="修改口令">
      <Form form={form} layout="vertical" onFinish={(values) => void change(values)} style={{ maxWidth: 480 }} requiredMark={false}>
        <Form.Item label="当前口令" name="current" rules={[{ required: true, message: '请输入当前口令' }]}>
          <PassphraseInput autoComplete="current-password" />
        </Form.Item>
        <NewPassphraseFields name="next" label="新口令" confirmLabel="再次输入新口令" />
        <Button type="primary" htmlType="submit">
          修改口令
        </Button>
      </Form>
    </Card>
  );
}
