import { Checkbox, Col, DatePicker, Form, Row } from 'antd';
import { useMemo } from 'react';
import { INTERVENTION_ENTRY_LABELS } from '../../../src-main/contract/forms.ts';
import { learnedOnRules, RULES } from './form-rules.ts';
import type { RecordValues } from './form-values.ts';

// When it happened (时间, to the minute, or only the day when the minute is not remembered) and, only when the
// handler learned of it later, the day they did: the 5 working days run from that day (第七条 “发现”).
export function OccurrenceFields({ name }: { name: number }) {
  const learnedRules = useMemo(() => learnedOnRules(name), [name]);
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item
          noStyle
          shouldUpdate={(prev: RecordValues, next: RecordValues) => prev.entries?.[name]?.timeUnknown !== next.entries?.[name]?.timeUnknown}
        >
          {({ getFieldValue }) => {
            const dayOnly = getFieldValue(['entries', name, 'timeUnknown']) === true;
            return (
              <Form.Item
                label={INTERVENTION_ENTRY_LABELS.occurredAt}
                name={[name, 'occurredAt']}
                rules={RULES.occurredAt}
                required
                style={{ marginBottom: 4 }}
              >
                {dayOnly ? (
                  <DatePicker format="YYYY年M月D日" style={{ width: '100%' }} />
                ) : (
                  <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY年M月D日 HH:mm" style={{ width: '100%' }} />
                )}
              </Form.Item>
            );
          }}
        </Form.Item>
        <Form.Item name={[name, 'timeUnknown']} valuePropName="checked">
          <Checkbox>记不清具体时刻，只填日期</Checkbox>
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          label="发现日期（选填）"
          name={[name, 'learnedOn']}
          rules={learnedRules}
          dependencies={[['entries', name, 'occurredAt']]}
          extra="只在事后才得知此次插手干预时填写得知之日；5个工作日自该日起算。当场知道的，不填。"
        >
          <DatePicker format="YYYY年M月D日" style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
