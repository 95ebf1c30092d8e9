import { Button, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { AMENDMENT_REASON_MAX_CHARS } from '../../../src-main/shared/form/field-limits.ts';
import { recordSchema } from '../../../src-main/shared/form/record.ts';
import { zodRule } from '../../app/zod-rule.ts';
import { CommittedTextArea } from './committed-text.tsx';

const REASON_RULES = [zodRule(recordSchema.shape.amendmentReason.unwrap())];

// A finalized record is corrected by a new version; the reason is required and travels with it.
export function AmendButton({ onAmend }: { onAmend: (reason: string) => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const submit = async () => {
    // An invalid field rejects; the form already shows why.
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    await onAmend(values.reason.trim());
    form.resetFields();
    setOpen(false);
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>修订</Button>
      <Modal
        open={open}
        title="修订记录表"
        okText="开始修订"
        cancelText="取消"
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph>
          修订会生成新版本，原版本保留不变；新版本记载所修订版本的指纹和修订原因。修订完成后须重新完成填报并报送。
        </Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item label="修订原因" name="reason" rules={REASON_RULES} required>
            <CommittedTextArea rows={{ min: 3, max: 8 }} maxChars={AMENDMENT_REASON_MAX_CHARS} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
