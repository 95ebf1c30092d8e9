import { Card, Form } from 'antd';
import { CommittedTextArea } from './committed-text.tsx';
import { memo } from 'react';
import { CONTENT_MAX_CHARS, HANDLING_MAX_CHARS } from '../../../src-main/shared/form/field-limits.ts';
import { INTERVENTION_ENTRY_LABELS } from '../../../src-main/shared/form/form-labels.ts';
import { EntryToolbar } from './entry-toolbar.tsx';
import { RULES } from './form-rules.ts';
import { IntervenerFields } from './intervener-fields.tsx';
import { KindsField } from './kinds-field.tsx';
import { MatterFields } from './matter-fields.tsx';
import { MethodFields } from './method-fields.tsx';
import { OccurrenceFields } from './occurrence-fields.tsx';
import { entryLabel } from './entry-label.ts';

interface EntryFieldsProps {
  name: number;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

// One 干预具体情况 row of the annex. Memoised and built from Form.Items, so typing in one field re-renders only
// that field, never the other entries.
export const EntryFields = memo(function EntryFields({ name, index, count, onMove, onRemove }: EntryFieldsProps) {
  return (
    <Card
      size="small"
      title={`第${index + 1}项干预具体情况`}
      style={{ marginBottom: 16 }}
      extra={<EntryToolbar index={index} count={count} onMove={onMove} onRemove={onRemove} />}
    >
      <OccurrenceFields name={name} />
      <IntervenerFields name={name} />
      <MethodFields name={name} />
      <MatterFields name={name} />
      <KindsField name={name} />
      <Form.Item
        label={INTERVENTION_ENTRY_LABELS.content}
        name={[name, 'content']}
        rules={RULES.content}
        required
        extra="如实写明对方提出的要求、原话要点、在场人员等。"
      >
        <CommittedTextArea
          rows={{ min: 4, max: 16 }}
          maxChars={CONTENT_MAX_CHARS}
          aria-label={entryLabel(name, INTERVENTION_ENTRY_LABELS.content)}
        />
      </Form.Item>
      <Form.Item
        label={INTERVENTION_ENTRY_LABELS.handling}
        name={[name, 'handling']}
        rules={RULES.handling}
        required
        extra="简要填写对插手干预事项的后续办理情况（填表说明4）。"
      >
        <CommittedTextArea
          rows={{ min: 2, max: 8 }}
          maxChars={HANDLING_MAX_CHARS}
          aria-label={entryLabel(name, INTERVENTION_ENTRY_LABELS.handling)}
        />
      </Form.Item>
    </Card>
  );
});
