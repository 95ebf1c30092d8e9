import { Card, Col, Form, Row, Select } from 'antd';
import { CommittedInput, CommittedTextArea } from './committed-text.tsx';
import { useMemo } from 'react';
import { DUTY_SCOPE_MAX_CHARS } from '../../../src-main/shared/form/field-limits.ts';
import { HANDLER_PROFILE_LABELS, RECORD_FIELD_LABELS } from '../../../src-main/shared/form/form-labels.ts';
import { POLITICAL_STATUSES, POLITICAL_STATUS_INFO } from '../../../src-main/shared/form/political-status.ts';
import { dateRules, RULES } from './form-rules.ts';
import { useToday } from './today-context.ts';
import { TypedDateInput } from './typed-date-input.tsx';

const POLITICAL_STATUS_OPTIONS = POLITICAL_STATUSES.map((value) => ({ value, label: POLITICAL_STATUS_INFO[value].label }));

// The head of the annex: 填报时间、填报人 and 重大事项承办人员基本情况, prefilled from the profile and editable here
// for this record alone.
export function HandlerFields() {
  const today = useToday();
  const filedAtRules = useMemo(() => dateRules(today).filedAt, [today]);
  return (
    <>
      <Card size="small" title="填报信息" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label={RECORD_FIELD_LABELS.filedAt} name="filedAt" rules={filedAtRules} required>
              <TypedDateInput latest={today} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={RECORD_FIELD_LABELS.filer} name="filer" rules={RULES.filer} required>
              <CommittedInput />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card size="small" title={RECORD_FIELD_LABELS.handler} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label={HANDLER_PROFILE_LABELS.name} name={['handler', 'name']} rules={RULES.handlerName} required>
              <CommittedInput />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label={HANDLER_PROFILE_LABELS.politicalStatus}
              name={['handler', 'politicalStatus']}
              rules={RULES.politicalStatus}
              required
            >
              <Select options={POLITICAL_STATUS_OPTIONS} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={HANDLER_PROFILE_LABELS.currentPost} name={['handler', 'currentPost']} rules={RULES.currentPost} required>
              <CommittedInput />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={HANDLER_PROFILE_LABELS.workUnit} name={['handler', 'workUnit']} rules={RULES.workUnit} required>
              <CommittedInput />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={HANDLER_PROFILE_LABELS.dutyScope} name={['handler', 'dutyScope']} rules={RULES.dutyScope} required>
              <CommittedTextArea rows={{ min: 2, max: 6 }} maxChars={DUTY_SCOPE_MAX_CHARS} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </>
  );
}
