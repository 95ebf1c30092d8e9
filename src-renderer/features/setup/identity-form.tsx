import { Alert, Button, Form, Input } from 'antd';
import { useState, type ReactNode } from 'react';
import type { Result } from '../../../src-main/contract/index.ts';
import { bodyIdentitySchema, type BodyIdentity } from '../../../src-main/shared/exchange/exchange-body.ts';
import { zodRule } from '../../app/zod-rule.ts';

const shape = bodyIdentitySchema.shape;

export type NamedUnit = Pick<BodyIdentity, 'unit' | 'name'>;

interface IdentityFormProps<T extends NamedUnit> {
  // The kind comes first: a body chooses its own, the office's is fixed.
  kindField: ReactNode;
  nameLabel: string;
  unitHint?: string;
  nameHint?: string;
  initialValues?: Partial<T>;
  // What finishing does, said before the button because the name cannot be changed afterwards.
  notice: string;
  setUp: (identity: T) => Promise<Result<unknown>>;
  onDone: () => void;
}

// The last setup step of a receiving installation: it names itself once, and main makes its keys under that name.
export function IdentityForm<T extends NamedUnit>({ kindField, nameLabel, unitHint, nameHint, initialValues = {}, notice, setUp, onDone }: IdentityFormProps<T>) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (identity: T) => {
    setBusy(true);
    setError(undefined);
    const result = await setUp(identity);
    setBusy(false);
    if (result.ok) onDone();
    else setError(result.error.message);
  };

  return (
    <Form<T> layout="vertical" onFinish={(values) => void submit(values)} style={{ maxWidth: 640 }} requiredMark={false} initialValues={initialValues}>
      {kindField}
      <Form.Item label="所在单位" name="unit" rules={[zodRule(shape.unit)]} extra={unitHint}>
        <Input />
      </Form.Item>
      <Form.Item label={nameLabel} name="name" rules={[zodRule(shape.name)]} extra={nameHint}>
        <Input />
      </Form.Item>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={notice} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={busy}>
        {busy ? '正在生成密钥' : '完成设置'}
      </Button>
    </Form>
  );
}
