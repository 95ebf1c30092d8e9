import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import {
  ENTRIES_MAX_COUNT,
  HANDLER_PROFILE_LABELS,
  POLITICAL_STATUSES,
  POLITICAL_STATUS_INFO,
} from '../../../src-main/contract/forms.ts';
import type { Output } from '../../../src-main/contract/index.ts';
import { invoke } from '../../api.ts';
import { AutosaveStatus } from './autosave-status.tsx';
import type { ChangeSignal } from './change-signal.ts';
import { EntryFields } from './entry-fields.tsx';
import { emptyEntry, toDraft, toFormValues, type RecordValues } from './form-values.ts';

type Detail = Output<'record.get'>;

interface RecordFormProps {
  detail: Detail;
  changes: ChangeSignal;
  // A finalized version is shown in the same layout, every field disabled and nothing saved.
  readOnly: boolean;
  form: ReturnType<typeof Form.useForm<RecordValues>>[0];
  onSaveFailed: (message: string) => void;
}

// The 记录表 as an editable form. Values live in antd's form store, not in React state, so a keystroke
// re-renders only the field it lands in; autosave and the side panel hear of it through `changes`.
export function RecordForm({ detail, changes, readOnly, form, onSaveFailed }: RecordFormProps) {
  const initialValues = useMemo(() => toFormValues(detail.draft), [detail.draft]);
  const dirty = useRef(false);

  const save = useCallback(async () => {
    const result = await invoke('record.saveDraft', { recordId: detail.recordId, draft: toDraft(form.getFieldsValue(true)) });
    if (result.ok) dirty.current = false;
    else onSaveFailed(result.error.message);
    return result.ok;
  }, [detail.recordId, form, onSaveFailed]);

  // Leaving the editor must not drop the last second of typing.
  useEffect(() => () => void (dirty.current && save()), [save]);

  const onValuesChange = (changed: Partial<RecordValues>) => {
    dirty.current = true;
    changes.emit();
    changed.entries?.forEach((entry, index) => {
      if (entry?.matter && 'category' in entry.matter) form.setFieldValue(['entries', index, 'matter', 'item'], null);
    });
  };

  return (
    <Form<RecordValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={onValuesChange}
      disabled={readOnly}
    >
      {!readOnly && (
        <Space style={{ marginBottom: 12 }}>
          <AutosaveStatus changes={changes} savedAt={detail.savedAt} save={save} />
        </Space>
      )}
      <Card size="small" title="填报信息" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="填报时间" name="filedAt" rules={[{ required: true, message: '请填写填报时间' }]}>
              <DatePicker format="YYYY年M月D日" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="填报人" name="filer" rules={[{ required: true, message: '请填写填报人' }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card size="small" title="重大事项承办人员基本情况" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label={HANDLER_PROFILE_LABELS.name} name={['handler', 'name']} rules={[{ required: true, message: '请填写承办人员姓名' }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={HANDLER_PROFILE_LABELS.politicalStatus} name={['handler', 'politicalStatus']} rules={[{ required: true, message: '请选择政治面貌' }]}>
              <Select options={POLITICAL_STATUSES.map((value) => ({ value, label: POLITICAL_STATUS_INFO[value].label }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={HANDLER_PROFILE_LABELS.currentPost} name={['handler', 'currentPost']} rules={[{ required: true, message: '请填写现任职务' }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={HANDLER_PROFILE_LABELS.workUnit} name={['handler', 'workUnit']} rules={[{ required: true, message: '请填写工作单位' }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={HANDLER_PROFILE_LABELS.dutyScope} name={['handler', 'dutyScope']} rules={[{ required: true, message: '请填写本人岗位职责' }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Form.List name="entries">
        {(fields, { add, remove, move }) => (
          <>
            {fields.map((field, index) => (
              <EntryFields key={field.key} name={field.name} index={index} count={fields.length} readOnly={readOnly} onMove={move} onRemove={remove} />
            ))}
            {!readOnly && (
              <Button
                icon={<PlusOutlined />}
                onClick={() => add(emptyEntry())}
                disabled={fields.length >= ENTRIES_MAX_COUNT}
                block
                style={{ marginBottom: 16 }}
              >
                增加一项干预具体情况
              </Button>
            )}
          </>
        )}
      </Form.List>
    </Form>
  );
}
