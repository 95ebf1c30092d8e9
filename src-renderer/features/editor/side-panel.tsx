import { Alert, Card, Empty, Space, Tooltip, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { SCOPE_VERDICT_LABELS } from '../../../src-main/shared/scope/assess-scope.ts';
import type { Output } from '../../../src-main/contract/index.ts';
import { invoke } from '../../api.ts';
import { DeadlineTag } from '../records/deadline-tag.tsx';
import { formatChinaDate } from '../../../src-main/shared/calendar/china-time.ts';
import { DEADLINE_RULE_WORDS, DEADLINE_START_CHOICE } from '../../../src-main/shared/calendar/report-start.ts';
import { describeLateness } from '../../../src-main/shared/form/lateness.ts';
import { BEFORE_RULE_EXPLANATION, BEFORE_RULE_FLAG } from '../../../src-main/shared/calendar/rule-in-force.ts';
import { debounceOn, type ChangeSignal } from './change-signal.ts';
import { toDraft, type RecordValues } from './form-values.ts';
import { ReadableTag } from '../../app/readable-tag.tsx';

type Assessment = Output<'record.assess'>;
type RecordLateness = Output<'record.get'>['lateness'];

const ASSESS_DELAY_MS = 600;
const LATENESS_STAGE_LABELS = { finalized: '完成填报', submitted: '报送' } as const;
const VERDICT_COLORS = { inScope: 'red', outOfScope: 'default', needsJudgement: 'orange' } as const;

// The live answers to the handler's three questions: is this person covered (第二条), who must receive the form
// (第七条、第九条), and by when. It asks main again a moment after the form stops changing, and re-renders only
// when the answer arrives. Once the sealed form is handed over there is nothing left to count down.
interface SidePanelProps {
  form: FormInstance<RecordValues>;
  changes: ChangeSignal;
  initial: Assessment;
  submittedOn: string | null;
  lateness: RecordLateness;
}

export function SidePanel({ form, changes, initial, submittedOn, lateness }: SidePanelProps) {
  const [assessment, setAssessment] = useState(initial);

  useEffect(
    () =>
      debounceOn(changes, ASSESS_DELAY_MS, () => {
        void invoke('record.assess', { draft: toDraft(form.getFieldsValue(true) as RecordValues, initial.today) }).then((result) => {
          if (result.ok) setAssessment(result.value);
        });
      }),
    [changes, form, initial.today],
  );

  return (
    <Space orientation="vertical" style={{ width: '100%' }} aria-label="判断与期限">
      <Card size="small" title="报送期限（5个工作日）">
        <Tooltip title={DEADLINE_RULE_WORDS}>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }} data-testid="deadline-start">
            {DEADLINE_START_CHOICE}
          </Typography.Paragraph>
        </Tooltip>
        {lateness && (
          <ReadableTag color="red" data-testid="lateness" style={{ marginBottom: 8 }}>
            {describeLateness(lateness)}
            {LATENESS_STAGE_LABELS[lateness.stage]}
          </ReadableTag>
        )}
        {submittedOn ? (
          <Typography.Text data-testid="submitted-on">已于{formatChinaDate(submittedOn)}报送</Typography.Text>
        ) : assessment.deadline ? (
          <>
            <DeadlineTag deadline={assessment.deadline} />
            {assessment.deadline.explanation && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
                {assessment.deadline.explanation}
              </Typography.Paragraph>
            )}
          </>
        ) : assessment.beforeRule.length > 0 ? (
          <Typography.Text type="secondary">{BEFORE_RULE_EXPLANATION}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">填写干预时间后显示</Typography.Text>
        )}
        {assessment.beforeRule.length > 0 && (
          <Alert
            style={{ marginTop: 8 }}
            type="info"
            showIcon
            data-testid="before-rule"
            title={`第${assessment.beforeRule.join('、')}项干预${BEFORE_RULE_FLAG}`}
            description={BEFORE_RULE_EXPLANATION}
          />
        )}
      </Card>
      <Card size="small" title="报送单位">
        {assessment.routing ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {assessment.routing.recipients.map((route) => (
              <div key={route.recipient} data-testid="recipient">
                <Typography.Text strong>{route.name}</Typography.Text>
                <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }}>
                  依据{route.clause}：{route.reason}
                </Typography.Paragraph>
              </div>
            ))}
            {assessment.routing.cautions.map((caution) => (
              <Alert key={caution} type="warning" showIcon title={caution} />
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">请先在“设置”中说明本单位是否设有纪委（纪检组）</Typography.Text>
        )}
      </Card>
      <Card size="small" title="是否属于本办法所称领导干部（第二条）">
        {assessment.scopes.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          assessment.scopes.map((scope, index) => (
            <div key={index} style={{ marginBottom: 8 }} data-testid="scope">
              <Typography.Text>第{index + 1}项：</Typography.Text>
              {scope ? (
                <>
                  <ReadableTag color={VERDICT_COLORS[scope.verdict]}>{SCOPE_VERDICT_LABELS[scope.verdict]}</ReadableTag>
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }}>
                    {scope.reason}
                  </Typography.Paragraph>
                </>
              ) : (
                <Typography.Text type="secondary">选择职务或职级及在职情况后判断</Typography.Text>
              )}
            </div>
          ))
        )}
      </Card>
    </Space>
  );
}
