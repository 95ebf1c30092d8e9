import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, type FormInstance } from 'antd';
import { memo, useMemo } from 'react';
import { ENTRIES_MAX_COUNT } from '../../../src-main/shared/form/field-limits.ts';
import { type RecordDraft } from '../../../src-main/shared/form/record-draft.ts';
import type { ChangeSignal } from './change-signal.ts';
import { EntryFields } from './entry-fields.tsx';
import { emptyEntry, toFormValues, type RecordValues } from './form-values.ts';
import { HandlerFields } from './handler-fields.tsx';
import { LateNoteField } from './late-note-field.tsx';
import { TodayContext } from './today-context.ts';

interface RecordFormProps {
  draft: RecordDraft;
  changes: ChangeSignal;
  form: FormInstance<RecordValues>;
  // Today by the app's clock: no date on the form may be later.
  today: string;
  // Whether to offer the 逾期说明: the deadline had passed when the record was opened, or one is written already.
  lateNoteOffered: boolean;
}

// The 记录表 as a form. Values live in antd's form store, not in React state, so a keystroke re-renders only the
// field it lands in; the autosave and the side panel hear of it through `changes` and read the store later.
export const RecordForm = memo(function RecordForm({ draft, changes, form, today, lateNoteOffered }: RecordFormProps) {
  const initialValues = useMemo(() => toFormValues(draft), [draft]);

  const onValuesChange = (changed: Partial<RecordValues>) => {
    changed.entries?.forEach((entry, index) => {
      if (entry?.matter && 'category' in entry.matter) form.setFieldValue(['entries', index, 'matter', 'item'], null);
    });
    changes.emit();
  };

  return (
    <TodayContext value={today}>
    <Form<RecordValues> form={form} layout="vertical" initialValues={initialValues} onValuesChange={onValuesChange}>
      <HandlerFields />
      <Form.List name="entries">
        {(fields, { add, remove, move }) => (
          <>
            {fields.map((field, index) => (
              <EntryFields key={field.key} name={field.name} index={index} count={fields.length} onMove={move} onRemove={remove} />
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add(emptyEntry())}
              disabled={fields.length >= ENTRIES_MAX_COUNT}
              block
              style={{ marginBottom: 16 }}
            >
              增加一项干预具体情况
            </Button>
          </>
        )}
      </Form.List>
      {lateNoteOffered && <LateNoteField />}
    </Form>
    </TodayContext>
  );
});
