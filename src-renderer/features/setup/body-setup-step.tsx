import { Alert, Button, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { BODY_KINDS, bodyIdentitySchema, type BodyIdentity } from '../../../src-main/shared/exchange/exchange-body.ts';
import { invoke } from '../../api.ts';
import { zodRule } from '../../app/zod-rule.ts';

const shape = bodyIdentitySchema.shape;

// A discipline body names itself once; the name and its two key pairs go into its public key file and the printed
// key notice, so they cannot be changed later without handing out a new notice.
export function BodySetupStep({ onDone }: { onDone: () => void }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (identity: BodyIdentity) => {
    setBusy(true);
    setError(undefined);
    const result = await invoke('body.setUp', { identity });
    setBusy(false);
    if (result.ok) onDone();
    else setError(result.error.message);
  };

  return (
    <Form<BodyIdentity> layout="vertical" onFinish={(values) => void submit(values)} style={{ maxWidth: 640 }} requiredMark={false}>
      <Form.Item label="纪检组织类别" name="kind" rules={[zodRule(shape.kind)]}>
        <Radio.Group options={BODY_KINDS.map((kind) => ({ value: kind, label: kind }))} />
      </Form.Item>
      <Form.Item label="所在单位" name="unit" rules={[zodRule(shape.unit)]} extra="如：某某司、某某局">
        <Input />
      </Form.Item>
      <Form.Item label="纪检组织名称" name="name" rules={[zodRule(shape.name)]} extra="如：纪委、纪检组">
        <Input />
      </Form.Item>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="完成后，本机生成接收记录文件用的密钥，并把名称写入公钥文件和密钥告知单。名称之后不能修改。"
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={busy}>
        {busy ? '正在生成密钥' : '完成设置'}
      </Button>
    </Form>
  );
}
