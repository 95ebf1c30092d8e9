import { Button, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { AMENDMENT_REASON_MAX_CHARS } from '../../../src-main/shared/form/field-limits.ts';
import { CommittedTextArea } from './committed-text.tsx';

const REASON_RULES = [{ required: true, whitespace: true, message: '请填写撤销原因' }];

interface WithdrawSubmissionButtonProps {
  // Answers main's refusal, if any, to show beside the reason.
  onWithdraw: (reason: string) => Promise<string | undefined>;
}

// 已报送 marked by mistake is taken back the same day, with the reason on the audit trail.
export function WithdrawSubmissionButton({ onWithdraw }: WithdrawSubmissionButtonProps) {
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const submit = async () => {
    // An invalid field rejects; the form already shows why.
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setSending(true);
    const refusal = await onWithdraw(values.reason.trim());
    setSending(false);
    if (refusal) form.setFields([{ name: 'reason', errors: [refusal] }]);
    else setOpen(false);
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>撤销已报送</Button>
      <Modal
        open={open}
        title="撤销已报送标记"
        okText="撤销标记"
        cancelText="取消"
        confirmLoading={sending}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph>
          已报送标记只能在标记当天撤销。撤销后重新显示报送期限；撤销原因连同记录表编号和原报送日期记入操作日志。
        </Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item label="撤销原因" name="reason" rules={REASON_RULES} required>
            <CommittedTextArea rows={{ min: 2, max: 6 }} maxChars={AMENDMENT_REASON_MAX_CHARS} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
