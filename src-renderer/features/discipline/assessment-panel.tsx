import { Button, Card, Checkbox, Form, Input, Radio, Select, Timeline, Typography } from 'antd';
import {
  ASSESSMENT_CONCLUSIONS,
  ASSESSMENT_CONCLUSION_LABELS,
  INTERVENTION_ELEMENTS,
  INTERVENTION_ELEMENT_LABELS,
  VERIFICATION_OUTCOMES,
  VERIFICATION_OUTCOME_LABELS,
  type AssessmentConclusion,
  type InterventionElement,
  type VerificationOutcome,
} from '../../../src-main/shared/casework/assessment.ts';
import { useCall } from '../../app/use-call.ts';
import { DAY_RULE, orNull, type CaseFileView, type OnCaseChanged } from './case-types.ts';

interface AssessmentValues {
  conclusion?: AssessmentConclusion;
  elementsPresent?: InterventionElement[];
  reasons?: string;
  assessor?: string;
  assessedOn?: string;
  outcome?: VerificationOutcome | 'none';
  outcomeNote?: string;
}

// 分析研判 (第九条), guided by 第三条's five elements; every 研判 is kept, the newest is the record's.
export function AssessmentPanel({ caseFile, today, onChanged }: { caseFile: CaseFileView; today: string; onChanged: OnCaseChanged }) {
  const call = useCall();
  const [form] = Form.useForm<AssessmentValues>();
  const latest = caseFile.assessments.at(-1);
  const outcomeChosen = Form.useWatch('outcome', form);
  const submit = async (values: AssessmentValues) => {
    const outcome = values.outcome === undefined || values.outcome === 'none' ? null : values.outcome;
    const saved = await call('casework.assess', {
      recordId: caseFile.entry.recordId,
      assessment: {
        conclusion: values.conclusion as AssessmentConclusion,
        elementsPresent: values.elementsPresent ?? [],
        reasons: values.reasons ?? '',
        assessor: values.assessor ?? '',
        assessedOn: values.assessedOn ?? '',
        outcome,
        outcomeNote: outcome === null ? null : orNull(values.outcomeNote),
      },
    });
    if (saved) onChanged(saved);
  };
  return (
    <Card size="small" title={<h3 style={{ margin: 0, fontSize: 15 }}>分析研判（第九条）</h3>} style={{ marginBottom: 16 }}>
      <Form<AssessmentValues>
        form={form}
        name="assessment"
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{
          conclusion: latest?.conclusion,
          elementsPresent: latest?.elementsPresent ?? [],
          assessedOn: today,
          outcome: latest?.outcome ?? 'none',
          outcomeNote: latest?.outcomeNote ?? '',
        }}
      >
        <Form.Item label="第三条所列要件（具备的请勾选）" name="elementsPresent">
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={INTERVENTION_ELEMENTS.map((value) => ({ value, label: INTERVENTION_ELEMENT_LABELS[value] }))}
          />
        </Form.Item>
        <Form.Item label="研判结论" name="conclusion" rules={[{ required: true, message: '请选择研判结论' }]}>
          <Radio.Group options={ASSESSMENT_CONCLUSIONS.map((value) => ({ value, label: ASSESSMENT_CONCLUSION_LABELS[value] }))} />
        </Form.Item>
        <Form.Item label="研判理由" name="reasons" rules={[{ required: true, message: '请填写研判理由' }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Form.Item label="核实结论（第十一条）" name="outcome">
          <Select
            style={{ maxWidth: 240 }}
            options={[{ value: 'none', label: '未作核实结论' }, ...VERIFICATION_OUTCOMES.map((value) => ({ value, label: VERIFICATION_OUTCOME_LABELS[value] }))]}
          />
        </Form.Item>
        {outcomeChosen !== undefined && outcomeChosen !== 'none' && (
          <Form.Item label="核实情况" name="outcomeNote" rules={[{ required: true, message: '请填写核实情况' }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        )}
        <div style={{ display: 'flex', gap: 16 }}>
          <Form.Item label="研判人" name="assessor" rules={[{ required: true, message: '请填写研判人' }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
          <Form.Item label="研判日期" name="assessedOn" rules={[{ required: true, message: '请填写研判日期' }, DAY_RULE]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </div>
        <Button type="primary" htmlType="submit">
          保存研判
        </Button>
      </Form>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        研判记录
      </Typography.Title>
      {caseFile.assessments.length === 0 ? (
        <Typography.Text type="secondary">尚未研判</Typography.Text>
      ) : (
        <Timeline
          items={caseFile.assessments.map((each, index) => ({
            key: index,
            children: (
              <div>
                <strong>{ASSESSMENT_CONCLUSION_LABELS[each.conclusion]}</strong>（{each.assessedOn}，{each.assessor}）
                {each.outcome && `；核实结论：${VERIFICATION_OUTCOME_LABELS[each.outcome]}`}
                <div style={{ whiteSpace: 'pre-wrap' }}>{each.reasons}</div>
                {each.outcomeNote && <div style={{ whiteSpace: 'pre-wrap' }}>核实情况：{each.outcomeNote}</div>}
                <Typography.Text type="secondary">
                  具备要件：{each.elementsPresent.length === 0 ? '无' : each.elementsPresent.map((element) => INTERVENTION_ELEMENT_LABELS[element]).join('；')}
                </Typography.Text>
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
