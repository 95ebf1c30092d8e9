import { Alert, Button, Card, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { offeredStepKinds } from '../../../src-main/shared/casework/disposition.ts';
import { JURISDICTION_DECISIONS, JURISDICTION_DECISION_LABELS, jurisdictionFlags, type JurisdictionDecisionKind } from '../../../src-main/shared/casework/jurisdiction.ts';
import { describeBody } from '../../../src-main/shared/exchange/exchange-body.ts';
import { ReadableTag } from '../../app/readable-tag.tsx';
import { useCall } from '../../app/use-call.ts';
import { DAY_RULE, orNull, type CasePanelProps } from './case-types.ts';

type TrustedBody = Output<'exchange.trustedKeys'>[number];

interface DecisionValues {
  decision?: JurisdictionDecisionKind;
  otherBodyName?: string;
  reason?: string;
  decidedBy?: string;
  decidedOn?: string;
  to?: string;
}

function defaultRecipient(bodies: readonly TrustedBody[], kind: JurisdictionDecisionKind | undefined): string | undefined {
  return kind === 'directReport' ? bodies.find((body) => body.body.kind === '驻部纪检监察组')?.fingerprint : undefined;
}

// The disposition step a forward is logged as in the case, when the body's list has it.
const FORWARD_STEP: Readonly<Record<Exclude<JurisdictionDecisionKind, 'ownBody'>, string>> = { directReport: 'directReport', otherBody: 'transfer' };

// 管辖 (第九条): the body's own case, 径报驻部纪检监察组 for 司局级 cadres, or another body's; a case for someone else
// is decided and forwarded, sealed to the recipient's key, in one step.
export function JurisdictionPanel({
  caseFile,
  settings,
  today,
  onChanged,
}: CasePanelProps) {
  const call = useCall();
  const [form] = Form.useForm<DecisionValues>();
  const [bodies, setBodies] = useState<TrustedBody[]>([]);
  const undecided = caseFile.jurisdiction === null;
  useEffect(() => {
    void call('exchange.trustedKeys', {}).then((answer) => {
      if (!answer) return;
      setBodies(answer);
      // A case not yet decided and bound for the stationed group is offered to it straight away.
      if (undecided) form.setFieldValue('to', defaultRecipient(answer, form.getFieldValue('decision') as JurisdictionDecisionKind | undefined));
    });
  }, [call, form, undecided]);
  const decision = Form.useWatch('decision', form);
  const recipient = Form.useWatch('to', form);
  const file = caseFile.entry.file ?? null;
  const { bureauLevel, rankUnknown } = jurisdictionFlags(caseFile.entry.record, caseFile.jurisdiction);
  const held = caseFile.jurisdiction;

  const submit = async (values: DecisionValues) => {
    const recordId = caseFile.entry.recordId;
    const chosen = values.decision ?? 'ownBody';
    const decided = await call('casework.decideJurisdiction', {
      recordId,
      decision: {
        decision: chosen,
        otherBodyName: chosen === 'otherBody' ? orNull(values.otherBodyName) : null,
        reason: values.reason ?? '',
        decidedBy: values.decidedBy ?? '',
        decidedOn: values.decidedOn ?? '',
      },
    });
    if (!decided) return;
    onChanged(decided);
    if (chosen === 'ownBody' || !file || !values.to) return;
    const forwarded = await call('intake.forward', { fileDigest: file.fileDigest, to: values.to, reason: values.reason ?? '' });
    if (!forwarded?.done) return;
    const stepKind = FORWARD_STEP[chosen];
    if (!offeredStepKinds(settings.stepKinds).some((kind) => kind.key === stepKind)) return;
    const recipient = bodies.find((body) => body.fingerprint === values.to);
    const logged = await call('casework.addStep', {
      recordId,
      step: {
        kind: stepKind,
        by: values.decidedBy ?? '',
        on: today,
        what: `加密转送至${recipient ? describeBody(recipient.body) : '接收方'}`,
        notes: values.reason ?? null,
      },
    });
    if (logged) onChanged(logged);
  };


  return (
    <Card size="small" title={<h3 style={{ margin: 0, fontSize: 15 }}>管辖与转送</h3>} style={{ marginBottom: 16 }}>
      <Space wrap style={{ marginBottom: 8 }}>
        {bureauLevel && <ReadableTag color="red">涉及司局级领导干部，应径报中央纪委国家监委驻工业和信息化部纪检监察组</ReadableTag>}
        {rankUnknown && <ReadableTag color="orange">插手干预人职务职级不详，请核实是否属司局级</ReadableTag>}
        {held && <ReadableTag color="blue">已判断：{JURISDICTION_DECISION_LABELS[held.decision]}</ReadableTag>}
      </Space>
      <Form<DecisionValues>
        form={form}
        name="jurisdiction"
        layout="vertical"
        initialValues={{ decision: held?.decision ?? (bureauLevel ? 'directReport' : undefined), decidedOn: today, reason: held?.reason }}
        onValuesChange={(changed: DecisionValues) => {
          if ('decision' in changed) form.setFieldValue('to', defaultRecipient(bodies, changed.decision));
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item label="管辖判断" name="decision" rules={[{ required: true, message: '请选择管辖判断' }]}>
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={JURISDICTION_DECISIONS.map((value) => ({ value, label: JURISDICTION_DECISION_LABELS[value] }))}
          />
        </Form.Item>
        {decision === 'otherBody' && (
          <Form.Item label="有管辖权的纪检组织" name="otherBodyName" rules={[{ required: true, message: '请填写有管辖权的纪检组织' }]}>
            <Input />
          </Form.Item>
        )}
        <Form.Item label="理由" name="reason" rules={[{ required: true, message: '请填写管辖判断的理由' }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 16 }}>
          <Form.Item label="判断人" name="decidedBy" rules={[{ required: true, message: '请填写判断人' }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
          <Form.Item label="判断日期" name="decidedOn" rules={[{ required: true, message: '请填写判断日期' }, DAY_RULE]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </div>
        {decision !== undefined && decision !== 'ownBody' && file && (
          <Form.Item label="转送至（已核对公钥的接收方）" name="to" extra={bodies.length === 0 ? '尚未导入并核对接收方的公钥文件，请先在“密钥”中导入。' : undefined}>
            <Select
              allowClear
              placeholder="不转送，只作判断"
              options={bodies.map((body) => ({ value: body.fingerprint, label: describeBody(body.body) }))}
            />
          </Form.Item>
        )}
        {decision !== undefined && decision !== 'ownBody' && !file && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="这份记录由纸质记录表录入，没有承办人员的加密文件可转送：请将纸质件密封后报送，或待加密文件到达后再转送。"
          />
        )}
        <Button type="primary" htmlType="submit">
          {recipient ? '保存判断并加密转送' : '保存管辖判断'}
        </Button>
      </Form>
      {file && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          转送文件保留原记录表、承办人员签名和本纪检组织的转送说明，只有接收方能打开；每次转送记入操作日志。
        </Typography.Paragraph>
      )}
    </Card>
  );
}
