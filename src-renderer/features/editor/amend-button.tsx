import { Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';

// A finalized record is corrected by a new version; the reason is required and travels with it.
export function AmendButton({ onAmend }: { onAmend: (reason: string) => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const submit = async () => {
    const { reason } = await form.validateFields();
    await onAmend(reason);
    form.resetFields();
    setOpen(false);
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>修订</Button>
      <Modal open={open} title="修订记录表" okText="开始修订" cancelText="取消" onOk={() => void submit()} onCancel={() => setOpen(false)}>
        <Typography.Paragraph>
          修订会生成新版本，原版本保留不变；新版本记载所修订版本的指纹和修订原因。
        </Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item label="修订原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写修订原因' }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
