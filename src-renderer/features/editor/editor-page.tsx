import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Form, Popconfirm, Row, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { RECORD_FORM_TITLE, RECORD_STATUS_LABELS } from '../../../src-main/contract/forms.ts';
import type { Output } from '../../../src-main/contract/index.ts';
import { invoke } from '../../api.ts';
import { useCall } from '../../app/use-call.ts';
import { AmendButton } from './amend-button.tsx';
import { createChangeSignal } from './change-signal.ts';
import { ConsultationGuide } from './consultation-guide.tsx';
import { FinalizeButton } from './finalize-button.tsx';
import type { RecordValues } from './form-values.ts';
import { toDraft } from './form-values.ts';
import { PrintActions } from './print-actions.tsx';
import { RecordForm } from './record-form.tsx';
import { SidePanel } from './side-panel.tsx';
import { SubmitButton } from './submit-button.tsx';
import { formatDay } from '../records/format-day.ts';

type Detail = Output<'record.get'>;

function groupedDigest(digest: string): string {
  return (digest.slice(0, 16).match(/.{4}/g) ?? []).join(' ');
}

export function EditorPage({ recordId, onBack }: { recordId: string; onBack: () => void }) {
  const call = useCall();
  const { message } = App.useApp();
  const [detail, setDetail] = useState<Detail>();
  const [problem, setProblem] = useState<string>();
  const [form] = Form.useForm<RecordValues>();
  const changes = useMemo(() => createChangeSignal(), []);

  useEffect(() => {
    void call('record.get', { recordId }).then(setDetail);
  }, [call, recordId]);

  const onSaveFailed = useCallback((text: string) => setProblem(text), []);

  const finalize = async () => {
    const saved = await invoke('record.saveDraft', { recordId, draft: toDraft(form.getFieldsValue(true)) });
    if (!saved.ok) {
      setProblem(saved.error.message);
      return;
    }
    const errors = await form.validateFields().then(
      () => [],
      (failure: { errorFields: unknown[] }) => failure.errorFields,
    );
    if (errors.length > 0) {
      setProblem('记录表尚未填写完整，请按标红的提示补全后再完成填报。');
      return;
    }
    const result = await invoke('record.finalize', { recordId });
    if (result.ok) {
      setProblem(undefined);
      setDetail(result.value);
      void message.success('已完成填报。请打印封面及记录表，签字、密封后于5个工作日内报送。');
    } else {
      setProblem(result.error.message);
    }
  };

  const amend = async (reason: string) => {
    const amended = await call('record.amend', { recordId, reason });
    if (amended) setDetail(amended);
  };

  const markSubmitted = async (submittedOn: string) => {
    const submitted = await call('record.markSubmitted', { recordId, submittedOn });
    if (submitted) setDetail(submitted);
  };

  const deleteDraft = async () => {
    if (await call('record.deleteDraft', { recordId })) onBack();
  };

  if (!detail) return <Spin aria-label="正在读取记录表" />;
  const finalized = detail.status === 'finalized';
  return (
    <section aria-label="记录表">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
            返回列表
          </Button>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {RECORD_FORM_TITLE}
          </Typography.Title>
        </Space>
        <Space wrap>
          {finalized ? (
            <>
              <PrintActions recordId={recordId} />
              {!detail.submittedOn && <SubmitButton onSubmit={markSubmitted} />}
              <AmendButton onAmend={amend} />
            </>
          ) : (
            <>
              <Popconfirm title="删除这份草稿？删除后不能恢复。" okText="删除" cancelText="取消" onConfirm={() => void deleteDraft()}>
                <Button danger>删除草稿</Button>
              </Popconfirm>
              <FinalizeButton onConfirm={finalize} />
            </>
          )}
        </Space>
      </Space>
      <Space style={{ marginBottom: 16 }} wrap>
        <Tag color={finalized ? 'blue' : 'default'}>{RECORD_STATUS_LABELS[detail.status]}</Tag>
        {detail.submittedOn && <Tag color="green">已于{formatDay(detail.submittedOn)}报送</Tag>}
        <Typography.Text type="secondary">第{detail.version}版</Typography.Text>
        {detail.digest && <Typography.Text type="secondary">指纹 {groupedDigest(detail.digest)}…</Typography.Text>}
        {detail.amendmentReason && <Typography.Text type="secondary">修订原因：{detail.amendmentReason}</Typography.Text>}
      </Space>
      {problem && <Alert type="error" showIcon title={problem} closable onClose={() => setProblem(undefined)} style={{ marginBottom: 16 }} />}
      <Row gutter={24}>
        <Col span={16}>
          <RecordForm
            key={`${detail.recordId}-${detail.version}-${detail.status}`}
            detail={detail}
            changes={changes}
            readOnly={finalized}
            form={form}
            onSaveFailed={onSaveFailed}
          />
        </Col>
        <Col span={8}>
          <div style={{ position: 'sticky', top: 16 }}>
            <SidePanel key={`${detail.version}-${detail.status}`} form={form} changes={changes} initial={detail.assessment} />
            <div style={{ marginTop: 16 }}>
              <ConsultationGuide />
            </div>
          </div>
        </Col>
      </Row>
    </section>
  );
}
