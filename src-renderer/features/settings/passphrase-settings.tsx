import { App, Button, Card, Form, Input } from 'antd';
import { passphraseProblems } from '../../../src-main/contract/index.ts';
import { useCall } from '../../app/use-call.ts';
import { PassphraseStrength } from '../setup/passphrase-strength.tsx';

interface Values {
  current: string;
  next: string;
  confirm: string;
}

export function PassphraseSettings() {
  const call = useCall();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const next = Form.useWatch('next', form) ?? '';

  const change = async ({ current, next: nextValue }: Values) => {
    const done = await call('vault.changePassphrase', { current, next: nextValue });
    form.resetFields();
    if (done) void message.success('口令已修改。恢复密钥不变，仍可使用。');
  };

  return (
    <Card title="修改口令">
      <Form form={form} layout="vertical" onFinish={change} style={{ maxWidth: 480 }} requiredMark={false}>
        <Form.Item label="当前口令" name="current" rules={[{ required: true, message: '请输入当前口令' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="新口令"
          name="next"
          rules={[
            {
              validator: async (_rule, value: string | undefined) => {
                const problems = passphraseProblems(value ?? '');
                if (problems.length > 0) throw new Error(`口令不符合要求：${problems.join('；')}`);
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <PassphraseStrength passphrase={next} />
        <Form.Item
          label="再次输入新口令"
          name="confirm"
          dependencies={['next']}
          style={{ marginTop: 16 }}
          rules={[
            { required: true, message: '请再次输入新口令' },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: string | undefined) => {
                if (value && value !== getFieldValue('next')) throw new Error('两次输入的口令不一致');
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          修改口令
        </Button>
      </Form>
    </Card>
  );
}
