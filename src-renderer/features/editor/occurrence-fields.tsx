import { Checkbox, Col, Form, Row } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { INTERVENTION_ENTRY_LABELS } from '../../../src-main/shared/form/form-labels.ts';
import { dateRules, learnedOnRules } from './form-rules.ts';
import { DATE, type RecordValues } from './form-values.ts';
import { useToday } from './today-context.ts';
import { TypedDateInput } from './typed-date-input.tsx';
import { entryLabel } from './entry-label.ts';

// When it happened (时间, to the minute, or only the day when the minute is not remembered) and, only when the
// handler learned of it later, the day they did: the 5 working days run from that day (第七条 “发现”).
export function OccurrenceFields({ name }: { name: number }) {
  const today = useToday();
  const form = Form.useFormInstance<RecordValues>();
  const occurredAtRules = useMemo(() => dateRules(today).occurredAt, [today]);
  const learnedRules = useMemo(() => learnedOnRules(name, today), [name, today]);
  const occurredAt: unknown = Form.useWatch(['entries', name, 'occurredAt'], form);
  // A day typed without a time is the day alone; a time typed into the day alone is remembered after all.
  const onPrecision = (hasTime: boolean) => form.setFieldValue(['entries', name, 'timeUnknown'], !hasTime);
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item
          noStyle
          shouldUpdate={(prev: RecordValues, next: RecordValues) => prev.entries?.[name]?.timeUnknown !== next.entries?.[name]?.timeUnknown}
        >
          {({ getFieldValue }) => (
            <Form.Item
              label={INTERVENTION_ENTRY_LABELS.occurredAt}
              name={[name, 'occurredAt']}
              rules={occurredAtRules}
              required
              style={{ marginBottom: 4 }}
            >
              <TypedDateInput
                withTime={getFieldValue(['entries', name, 'timeUnknown']) !== true}
                onPrecision={onPrecision}
                latest={today}
                aria-label={entryLabel(name, `干预${INTERVENTION_ENTRY_LABELS.occurredAt}`)}
              />
            </Form.Item>
          )}
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
          <TypedDateInput
            earliest={dayjs.isDayjs(occurredAt) ? occurredAt.format(DATE) : undefined}
            latest={today}
            aria-label={entryLabel(name, '发现日期')}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
