import { Button, Card, Empty, Form, Input, Modal, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import {
  FINDING_KINDS,
  FINDING_KIND_LABELS,
  FINDING_SUBJECT_KINDS,
  FINDING_SUBJECT_KIND_LABELS,
  findingArticle,
  type FindingKind,
  type FindingSubjectKind,
} from '../../../src-main/shared/casework/findings.ts';
import { ReadableTag } from '../../app/readable-tag.tsx';
import { useCall } from '../../app/use-call.ts';
import { DAY_RULE, orNull, type CaseworkSettingsView } from './case-types.ts';
import { StepForm, StepLog } from './disposition-panel.tsx';

type FindingRow = Output<'finding.list'>[number];

interface FindingValues {
  kind?: FindingKind;
  subjectKind?: FindingSubjectKind;
  subjectName?: string;
  protectedHandler?: string;
  recordIds?: string;
  facts?: string;
  foundBy?: string;
  foundOn?: string;
}

function NewFinding({ today, onAdded }: { today: string; onAdded: (row: FindingRow) => void }) {
  const call = useCall();
  const [form] = Form.useForm<FindingValues>();
  const [open, setOpen] = useState(false);
  const submit = async (values: FindingValues) => {
    const added = await call('finding.add', {
      finding: {
        kind: values.kind as FindingKind,
        subjectKind: values.subjectKind as FindingSubjectKind,
        subjectName: values.subjectName ?? '',
        protectedHandler: orNull(values.protectedHandler),
        recordIds: (values.recordIds ?? '').split(/[\s,，、；;]+/).map((id) => id.replaceAll('-', '')).filter(Boolean),
        facts: values.facts ?? '',
        foundBy: values.foundBy ?? '',
        foundOn: values.foundOn ?? '',
      },
    });
    if (!added) return;
    onAdded(added);
    setOpen(false);
    form.resetFields();
  };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        登记事项
      </Button>
      <Modal open={open} title="登记第十条、第十一条事项" okText="登记" cancelText="取消" onCancel={() => setOpen(false)} onOk={() => form.submit()} width={640} destroyOnHidden>
        <Form<FindingValues> form={form} name="finding" layout="vertical" initialValues={{ foundOn: today }} onFinish={(values) => void submit(values)}>
          <Form.Item label="事项类别" name="kind" rules={[{ required: true, message: '请选择事项类别' }]}>
            <Select options={FINDING_KINDS.map((value) => ({ value, label: `${FINDING_KIND_LABELS[value]}（${findingArticle(value)}）` }))} />
          </Form.Item>
          <Form.Item label="责任对象类别" name="subjectKind" rules={[{ required: true, message: '请选择责任对象类别' }]}>
            <Select options={FINDING_SUBJECT_KINDS.map((value) => ({ value, label: FINDING_SUBJECT_KIND_LABELS[value] }))} />
          </Form.Item>
          <Form.Item label="责任对象（单位或姓名）" name="subjectName" rules={[{ required: true, message: '请填写责任对象' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="受保护的承办人员（第十一条）" name="protectedHandler">
            <Input />
          </Form.Item>
          <Form.Item label="相关记录编号（可填多个）" name="recordIds">
            <Input />
          </Form.Item>
          <Form.Item label="事实情况" name="facts" rules={[{ required: true, message: '请填写事实情况' }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
          <Space>
            <Form.Item label="登记人" name="foundBy" rules={[{ required: true, message: '请填写登记人' }]}>
              <Input />
            </Form.Item>
            <Form.Item label="登记日期" name="foundOn" rules={[{ required: true, message: '请填写登记日期' }, DAY_RULE]}>
              <Input />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </>
  );
}

// 第十条 (瞒报、不如实记录) and 第十一条 (无端指责、打击报复、泄露) findings, each followed to its own disposition.
export function FindingsPage() {
  const call = useCall();
  const [rows, setRows] = useState<FindingRow[]>();
  const [settings, setSettings] = useState<CaseworkSettingsView>();
  const [today, setToday] = useState<string>();
  useEffect(() => {
    void Promise.all([call('finding.list', {}), call('casework.getSettings', {}), call('casework.today', {})]).then(([list, loaded, day]) => {
      setRows(list ?? []);
      setSettings(loaded);
      setToday(day?.today);
    });
  }, [call]);
  if (!rows || !settings || !today) return <Spin aria-label="正在读取" />;
  const replace = (row: FindingRow) => setRows((before) => [row, ...(before ?? []).filter((each) => each.id !== row.id)]);
  return (
    <section aria-label="第十条、第十一条事项">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          第十条、第十一条事项
        </Typography.Title>
        <NewFinding today={today} onAdded={replace} />
      </Space>
      {rows.length === 0 && <Empty description="没有登记的事项" />}
      {rows.map(({ id, finding }) => (
        <Card
          key={id}
          size="small"
          style={{ marginBottom: 12 }}
          title={
            <Space>
              <ReadableTag color="red">{findingArticle(finding.kind)}</ReadableTag>
              {FINDING_KIND_LABELS[finding.kind]}：{FINDING_SUBJECT_KIND_LABELS[finding.subjectKind]} {finding.subjectName}
            </Space>
          }
        >
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{finding.facts}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            {finding.foundOn} {finding.foundBy} 登记
            {finding.protectedHandler && `；受保护的承办人员：${finding.protectedHandler}`}
          </Typography.Paragraph>
          <StepLog steps={finding.disposition} kinds={settings.stepKinds} />
          <StepForm
            name={`step-${id}`}
            kinds={settings.stepKinds}
            today={today}
            onSubmit={async (step) => {
              const updated = await call('finding.addStep', { id, step });
              if (updated) replace(updated);
              return updated !== undefined;
            }}
          />
        </Card>
      ))}
    </section>
  );
}
