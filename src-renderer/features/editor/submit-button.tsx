import { Button, Form, Modal, Typography, type FormRule } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { futureDateProblem } from '../../../src-main/shared/form/date-fields.ts';
import { checkedBy } from '../../app/zod-rule.ts';
import { DATE, isUnreadDate, type DateValue } from './form-values.ts';
import { TypedDateInput } from './typed-date-input.tsx';

const SUBJECT = '报送日期';

interface SubmitButtonProps {
  // Answers main's refusal, if any, to show beside the date.
  onSubmit: (submittedOn: string) => Promise<string | undefined>;
  // Today by the app's clock, and the record's 填报时间: the form is handed over between the two.
  today: string;
  filedAt: string | undefined;
}

// The same checks main makes, so the handler hears of a wrong day before asking.
function submittedOnRules(today: string, filedAt: string | undefined): FormRule[] {
  return [
    {
      validator: checkedBy((value: DateValue | undefined) => {
        if (isUnreadDate(value)) throw new Error(`${SUBJECT}“${value.typed.trim()}”${value.problem}`);
        if (!dayjs.isDayjs(value)) throw new Error('请填写报送日期');
        const day = value.format(DATE);
        const problem = futureDateProblem(SUBJECT, day, today);
        if (problem) throw new Error(problem);
        if (filedAt && day < filedAt) throw new Error(`${SUBJECT}不能早于填报时间（${filedAt}）`);
      }),
    },
  ];
}

// The app cannot see the envelope change hands: the handler records the day, which stops the countdown.
export function SubmitButton({ onSubmit, today, filedAt }: SubmitButtonProps) {
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const [form] = Form.useForm<{ submittedOn: DateValue }>();
  const rules = useMemo(() => submittedOnRules(today, filedAt), [today, filedAt]);

  const submit = async () => {
    // An invalid field rejects; the form already shows why.
    const values = await form.validateFields().catch(() => undefined);
    if (!values || !dayjs.isDayjs(values.submittedOn)) return;
    setSending(true);
    const refusal = await onSubmit(values.submittedOn.format(DATE));
    setSending(false);
    if (refusal) form.setFields([{ name: 'submittedOn', errors: [refusal] }]);
    else setOpen(false);
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>标记为已报送</Button>
      <Modal
        open={open}
        title="标记为已报送"
        okText="确认"
        cancelText="取消"
        confirmLoading={sending}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph>请在密封的记录表交给纪检组织后标记。标记后，不再显示倒计时。</Typography.Paragraph>
        <Form form={form} layout="vertical" initialValues={{ submittedOn: dayjs(today) }}>
          <Form.Item label="报送日期" name="submittedOn" rules={rules} required>
            <TypedDateInput earliest={filedAt} latest={today} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
