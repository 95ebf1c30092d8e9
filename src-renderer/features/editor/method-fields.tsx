import { Form, Radio } from 'antd';
import { CommittedInput } from './committed-text.tsx';
import { INTERVENTION_DETAIL_LABELS, INTERVENTION_ENTRY_LABELS } from '../../../src-main/shared/form/form-labels.ts';
import { INTERVENTION_METHODS, INTERVENTION_METHOD_LABELS } from '../../../src-main/shared/form/intervention-method.ts';
import { RULES } from './form-rules.ts';
import type { RecordValues } from './form-values.ts';
import { entryLabel } from './entry-label.ts';

const METHOD_OPTIONS = INTERVENTION_METHODS.map((value) => ({ value, label: INTERVENTION_METHOD_LABELS[value] }));

// 插手干预方式 (填表说明2): 当面、电话、微信、短信, or another way the handler then names.
export function MethodFields({ name }: { name: number }) {
  return (
    <>
      <Form.Item label={INTERVENTION_ENTRY_LABELS.method} name={[name, 'method']} rules={RULES.method} required>
        <Radio.Group options={METHOD_OPTIONS} aria-label={entryLabel(name, INTERVENTION_ENTRY_LABELS.method)} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(prev: RecordValues, next: RecordValues) => prev.entries?.[name]?.method !== next.entries?.[name]?.method}>
        {({ getFieldValue }) =>
          getFieldValue(['entries', name, 'method']) === 'other' && (
            <Form.Item label={INTERVENTION_DETAIL_LABELS.methodNote} name={[name, 'methodNote']} rules={RULES.methodNote} required extra="例如：书信、托人转达">
              <CommittedInput aria-label={entryLabel(name, INTERVENTION_DETAIL_LABELS.methodNote)} />
            </Form.Item>
          )
        }
      </Form.Item>
    </>
  );
}
