import { App, Button, Card, Form, InputNumber } from 'antd';
import { useEffect, useState } from 'react';
import { MAX_AUTO_LOCK_MINUTES } from '../../../src-main/shared/vault-settings.ts';
import { useCall } from '../../app/use-call.ts';

export function AutoLockSettings() {
  const call = useCall();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ autoLockMinutes: number }>();
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void call('settings.get', {}).then((settings) => {
      if (settings) form.setFieldsValue(settings);
      setLoaded(true);
    });
  }, [call, form]);

  const save = async (values: { autoLockMinutes: number }) => {
    if (await call('settings.save', values)) void message.success('已保存自动锁定时间');
  };

  return (
    <Card title="自动锁定" loading={!loaded}>
      <Form form={form} layout="inline" onFinish={(values) => void save(values)}>
        <Form.Item
          label="无操作多少分钟后自动锁定"
          name="autoLockMinutes"
          rules={[{ required: true, type: 'integer', min: 1, max: MAX_AUTO_LOCK_MINUTES, message: `请输入 1 到 ${MAX_AUTO_LOCK_MINUTES} 之间的整数` }]}
        >
          <InputNumber min={1} max={MAX_AUTO_LOCK_MINUTES} precision={0} suffix="分钟" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          保存
        </Button>
      </Form>
    </Card>
  );
}
