import { Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useCall } from '../../app/use-call.ts';
import { DAY_RULE, type CaseFileView, type OnCaseChanged } from './case-types.ts';

interface ChangeValues {
  to?: string;
  reason?: string;
  changedBy?: string;
}

// The received date decides timeliness: it starts as the import or keying-in day and changes only with a reason,
// every change kept.
export function ReceivedDate({ caseFile, onChanged }: { caseFile: CaseFileView; onChanged: OnCaseChanged }) {
  const call = useCall();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ChangeValues>();
  const { entry } = caseFile;
  const submit = async (values: ChangeValues) => {
    const saved = await call('casework.changeReceivedOn', {
      recordId: entry.recordId,
      change: { to: values.to ?? '', reason: values.reason ?? '', changedBy: values.changedBy ?? '' },
    });
    if (!saved) return;
    onChanged(saved);
    setOpen(false);
    form.resetFields();
  };
  return (
    <>
      <span>
        {entry.receivedOn}
        <Button type="link" size="small" onClick={() => setOpen(true)}>
          更改收到日期
        </Button>
      </span>
      {entry.receivedOnChanges.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {entry.receivedOnChanges.map((change, index) => (
            <span key={index} style={{ display: 'block' }}>
              {change.changedOn} {change.changedBy} 将收到日期由 {change.from} 改为 {change.to}：{change.reason}
            </span>
          ))}
        </Typography.Paragraph>
      )}
      <Modal open={open} title="更改收到日期" okText="保存" cancelText="取消" onCancel={() => setOpen(false)} onOk={() => form.submit()} destroyOnHidden>
        <Typography.Paragraph>
          收到日期是本纪检组织实际收到纸质件或文件的日期，决定是否在5个工作日内报告。导入或录入日期为 {entry.importedOn}。
        </Typography.Paragraph>
        <Form<ChangeValues> form={form} name="receivedOn" layout="vertical" onFinish={(values) => void submit(values)}>
          <Form.Item label="新收到日期" name="to" rules={[{ required: true, message: '请填写新收到日期' }, DAY_RULE]}>
            <Input placeholder="例如 2026-10-13" />
          </Form.Item>
          <Form.Item label="更改原因" name="reason" rules={[{ required: true, message: '请填写更改收到日期的原因' }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          <Form.Item label="更改人" name="changedBy" rules={[{ required: true, message: '请填写更改人' }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
