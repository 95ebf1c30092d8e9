import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { bodyIdentitySchema, type BodyIdentity } from '../../../src-main/shared/exchange/exchange-body.ts';
import { OFFICE_BODY_KIND } from '../../../src-main/shared/office/office-kind.ts';
import { invoke } from '../../api.ts';
import { zodRule } from '../../app/zod-rule.ts';

const shape = bodyIdentitySchema.shape;
type OfficeIdentity = Omit<BodyIdentity, 'kind'>;

// The 领导小组办公室 names itself once, as a body does; the name and its keys go into the key file the units'
// discipline bodies import to seal their annual summaries to it.
export function OfficeSetupStep({ onDone }: { onDone: () => void }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (identity: OfficeIdentity) => {
    setBusy(true);
    setError(undefined);
    const result = await invoke('office.setUp', { identity });
    setBusy(false);
    if (result.ok) onDone();
    else setError(result.error.message);
  };

  return (
    <Form<OfficeIdentity>
      layout="vertical"
      onFinish={(values) => void submit(values)}
      style={{ maxWidth: 640 }}
      requiredMark={false}
      initialValues={{ unit: '工业和信息化部', name: '部党风廉政建设责任制领导小组办公室' }}
    >
      <Form.Item label="类别">
        <Input value={OFFICE_BODY_KIND} disabled aria-label="类别" />
      </Form.Item>
      <Form.Item label="所在单位" name="unit" rules={[zodRule(shape.unit)]}>
        <Input />
      </Form.Item>
      <Form.Item label="名称" name="name" rules={[zodRule(shape.name)]}>
        <Input />
      </Form.Item>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="完成后，本机生成接收年度汇总文件用的密钥，并把名称写入公钥文件和密钥告知单。名称之后不能修改。"
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={busy}>
        {busy ? '正在生成密钥' : '完成设置'}
      </Button>
    </Form>
  );
}
