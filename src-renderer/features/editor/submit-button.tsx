import { Button, DatePicker, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';

// The app cannot see the envelope change hands: the handler records the day, which stops the countdown.
export function SubmitButton({ onSubmit }: { onSubmit: (submittedOn: string) => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ submittedOn: Dayjs }>();

  const submit = async () => {
    // An invalid field rejects; the form already shows why.
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    await onSubmit(values.submittedOn.format('YYYY-MM-DD'));
    setOpen(false);
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>标记为已报送</Button>
      <Modal open={open} title="标记为已报送" okText="确认" cancelText="取消" onOk={() => void submit()} onCancel={() => setOpen(false)}>
        <Typography.Paragraph>请在密封的记录表交给纪检组织后标记。标记后，列表不再显示倒计时。</Typography.Paragraph>
        <Form form={form} layout="vertical" initialValues={{ submittedOn: dayjs() }}>
          <Form.Item label="报送日期" name="submittedOn" rules={[{ required: true, message: '请选择报送日期' }]}>
            <DatePicker format="YYYY年M月D日" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
