import { App, Button, Card, Form, Input } from 'antd';
import { useCall } from '../../app/use-call.ts';
import { NewPassphraseFields } from '../setup/new-passphrase-fields.tsx';

interface Values {
  current: string;
  next: string;
}

export function PassphraseSettings() {
  const call = useCall();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();

  const change = async ({ current, next: nextValue }: Values) => {
    const done = await call('vault.changePassphrase', { current, next: nextValue });
    form.resetFields();
    if (done) void message.success('口令已修改。恢复密钥不变，仍可使用。');
  };

  return (
    <Card title="修改口令">
      <Form form={form} layout="vertical" onFinish={(values) => void change(values)} style={{ maxWidth: 480 }} requiredMark={false}>
        <Form.Item label="当前口令" name="current" rules={[{ required: true, message: '请输入当前口令' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <NewPassphraseFields name="next" label="新口令" confirmLabel="再次输入新口令" />
        <Button type="primary" htmlType="submit">
          修改口令
        </Button>
      </Form>
    </Card>
  );
}
