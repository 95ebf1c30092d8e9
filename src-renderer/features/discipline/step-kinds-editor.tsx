import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Space, Typography, type FormInstance } from 'antd';
import { useRef } from 'react';
import { STEP_LABEL_MAX_CHARS } from '../../../src-main/shared/casework/casework-limits.ts';
import type { DispositionStepKind } from '../../../src-main/shared/casework/disposition.ts';
import { newStepKey } from '../../../src-main/shared/casework/new-step-key.ts';
import { ReadableTag } from '../../app/readable-tag.tsx';
import { checkedBy } from '../../app/zod-rule.ts';

export interface StepKindsValues {
  stepKinds: DispositionStepKind[];
  reminderAfterDays: number | null;
}

// The body's steps in the order the step menu offers them: each renamed in place, moved up or down, and removed
// or, once some record has taken it, retired. Whether a used step closes the case is fixed (main refuses a change).
export function StepKindsEditor({ form, uses }: { form: FormInstance<StepKindsValues>; uses: ReadonlyMap<string, number> }) {
  const kinds: DispositionStepKind[] = Form.useWatch('stepKinds', { form, preserve: true }) ?? [];
  // The step just added takes the focus, so the officer types its name straight away.
  const focusAdded = useRef(false);
  const nameOf = (index: number) => kinds[index]?.label || `第${index + 1}个步骤`;
  return (
    <Form.List name="stepKinds">
      {(fields, { add, remove, move }) => (
        <>
          <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {fields.map((field, index) => {
              const kind = kinds[index];
              const used = kind ? (uses.get(kind.key) ?? 0) : 0;
              const retired = kind?.retired === true;
              const setRetired = (value: boolean) => form.setFieldValue(['stepKinds', field.name, 'retired'], value || undefined);
              return (
                <li key={field.key} style={{ display: 'flex', gap: 12, alignItems: 'flex-start', flexWrap: 'wrap', marginBottom: 8 }}>
                  <Typography.Text style={{ width: 28, lineHeight: '32px' }}>{index + 1}.</Typography.Text>
                  <Form.Item
                    name={[field.name, 'label']}
                    style={{ marginBottom: 0, width: 260 }}
                    rules={[
                      { required: true, whitespace: true, message: '请填写处置步骤名称' },
                      { max: STEP_LABEL_MAX_CHARS, message: `处置步骤名称不超过${STEP_LABEL_MAX_CHARS}个字` },
                      {
                        validator: checkedBy((label?: string) => {
                          const all = form.getFieldValue('stepKinds') as DispositionStepKind[];
                          const same = all.filter((each) => each.label.trim() !== '' && each.label.trim() === label?.trim());
                          if (same.length > 1) throw new Error(`处置步骤名称“${label?.trim()}”重复`);
                        }),
                      },
                    ]}
                  >
                    <Input
                      aria-label={`第${index + 1}个处置步骤的名称`}
                      ref={(input) => {
                        if (input && focusAdded.current && index === fields.length - 1) {
                          focusAdded.current = false;
                          input.focus();
                        }
                      }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'closesCase']} valuePropName="checked" style={{ marginBottom: 0, lineHeight: '32px' }}>
                    <Checkbox disabled={used > 0} aria-label={`“${nameOf(index)}”了结案件`}>
                      了结案件
                    </Checkbox>
                  </Form.Item>
                  <Space size={4} style={{ lineHeight: '32px', minWidth: 150 }}>
                    <Typography.Text type="secondary">{used > 0 ? `已用于${used}份` : '未使用'}</Typography.Text>
                    {retired && <ReadableTag color="default">已停用</ReadableTag>}
                  </Space>
                  <Space size={4}>
                    <Button icon={<ArrowUpOutlined />} aria-label={`上移“${nameOf(index)}”`} disabled={index === 0} onClick={() => move(index, index - 1)} />
                    <Button
                      icon={<ArrowDownOutlined />}
                      aria-label={`下移“${nameOf(index)}”`}
                      disabled={index === fields.length - 1}
                      onClick={() => move(index, index + 1)}
                    />
                    {retired ? (
                      <Button onClick={() => setRetired(false)} aria-label={`恢复使用“${nameOf(index)}”`}>
                        恢复使用
                      </Button>
                    ) : used > 0 ? (
                      <Button onClick={() => setRetired(true)} aria-label={`停用“${nameOf(index)}”`}>
                        停用
                      </Button>
                    ) : (
                      <Button danger onClick={() => remove(field.name)} aria-label={`删除“${nameOf(index)}”`}>
                        删除
                      </Button>
                    )}
                  </Space>
                </li>
              );
            })}
          </ol>
          <Button
            icon={<PlusOutlined />}
            onClick={() => {
              focusAdded.current = true;
              add({ key: newStepKey(kinds.map((kind) => kind.key)), label: '', closesCase: false });
            }}
          >
            增加处置步骤
          </Button>
        </>
      )}
    </Form.List>
  );
}
