import { Button, Card, Form, Input, Select, Timeline, Typography } from 'antd';
import { offeredStepKinds, stepLabel } from '../../../src-main/shared/casework/disposition.ts';
import { useCall } from '../../app/use-call.ts';
import { DAY_RULE, orNull, type CasePanelProps, type CaseFileView, type CaseworkSettingsView } from './case-types.ts';

interface StepValues {
  kind?: string;
  by?: string;
  on?: string;
  what?: string;
  notes?: string;
}

type StepView = CaseFileView['disposition'][number];

// The steps taken, oldest first: who, when, what, and notes. None is edited or removed.
export function StepLog({ steps, kinds }: { steps: readonly StepView[]; kinds: CaseworkSettingsView['stepKinds'] }) {
  if (steps.length === 0) return <Typography.Text type="secondary">尚未处置</Typography.Text>;
  return (
    <Timeline
      items={steps.map((step, index) => ({
        key: index,
        children: (
          <div>
            <strong>{stepLabel(kinds, step.kind)}</strong>（{step.on}，{step.by}）
            <div style={{ whiteSpace: 'pre-wrap' }}>{step.what}</div>
            {step.notes && <Typography.Text type="secondary">备注：{step.notes}</Typography.Text>}
          </div>
        ),
      }))}
    />
  );
}

// A form for the next step, from the body's own list of steps less those it retired.
export function StepForm({
  name,
  kinds,
  today,
  onSubmit,
}: {
  // Prefixes the fields' ids, unique on the page (a page may hold several of these forms).
  name: string;
  kinds: CaseworkSettingsView['stepKinds'];
  today: string;
  onSubmit: (step: { kind: string; by: string; on: string; what: string; notes: string | null }) => Promise<boolean>;
}) {
  const [form] = Form.useForm<StepValues>();
  const submit = async (values: StepValues) => {
    const added = await onSubmit({ kind: values.kind ?? '', by: values.by ?? '', on: values.on ?? '', what: values.what ?? '', notes: orNull(values.notes) });
    if (added) form.resetFields(['kind', 'what', 'notes']);
  };
  return (
    <Form<StepValues> form={form} name={name} layout="vertical" initialValues={{ on: today }} onFinish={(values) => void submit(values)}>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <Form.Item label="处置步骤" name="kind" rules={[{ required: true, message: '请选择处置步骤' }]} style={{ minWidth: 220 }}>
          <Select options={offeredStepKinds(kinds).map((kind) => ({ value: kind.key, label: kind.label }))} />
        </Form.Item>
        <Form.Item label="处置人" name="by" rules={[{ required: true, message: '请填写处置人' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="处置日期" name="on" rules={[{ required: true, message: '请填写处置日期' }, DAY_RULE]}>
          <Input />
        </Form.Item>
      </div>
      <Form.Item label="处置内容" name="what" rules={[{ required: true, message: '请填写处置内容' }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item label="备注" name="notes">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        添加处置步骤
      </Button>
    </Form>
  );
}

export function DispositionPanel({
  caseFile,
  settings,
  today,
  onChanged,
}: CasePanelProps) {
  const call = useCall();
  const closed = caseFile.disposition.some((step) => settings.stepKinds.find((kind) => kind.key === step.kind)?.closesCase);
  return (
    <Card size="small" title={<h3 style={{ margin: 0, fontSize: 15 }}>处置</h3>} style={{ marginBottom: 16 }}>
      <StepLog steps={caseFile.disposition} kinds={settings.stepKinds} />
      {closed ? (
        <Typography.Text type="secondary">该记录已了结。</Typography.Text>
      ) : (
        <StepForm
          name="step"
          kinds={settings.stepKinds}
          today={today}
          onSubmit={async (step) => {
            const saved = await call('casework.addStep', { recordId: caseFile.entry.recordId, step });
            if (saved) onChanged(saved);
            return saved !== undefined;
          }}
        />
      )}
    </Card>
  );
}
