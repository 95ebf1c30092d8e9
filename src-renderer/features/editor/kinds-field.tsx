import { Checkbox, Form, Space, Typography, type GetProps } from 'antd';
import { INTERVENTION_DETAIL_LABELS } from '../../../src-main/shared/form/form-labels.ts';
import { INTERVENTION_KINDS, INTERVENTION_KIND_INFO } from '../../../src-main/shared/form/intervention-kind.ts';
import { RULES } from './form-rules.ts';
import { entryLabel } from './entry-label.ts';

type CheckboxGroupProps = GetProps<typeof Checkbox.Group>;

// Form.Item marks its control aria-required, which a checkbox group (role group) may not carry; the group's name
// says it is required instead.
function KindsGroup({ 'aria-required': _required, ...props }: CheckboxGroupProps & { 'aria-required'?: unknown }) {
  return <Checkbox.Group {...props} />;
}

// 第六条's six situations, each checkable by its short phrase with the clause's full wording beneath it, so the
// handler ticks what the rule says and not a paraphrase of it.
export function KindsField({ name }: { name: number }) {
  return (
    <Form.Item label={`${INTERVENTION_DETAIL_LABELS.kinds}（可多选）`} name={[name, 'kinds']} rules={RULES.kinds} required>
      <KindsGroup style={{ width: '100%' }} aria-label={entryLabel(name, `${INTERVENTION_DETAIL_LABELS.kinds}（必选）`)}>
        <Space orientation="vertical">
          {INTERVENTION_KINDS.map((kind) => (
            <Checkbox key={kind} value={kind}>
              {INTERVENTION_KIND_INFO[kind].ordinal}
              {INTERVENTION_KIND_INFO[kind].label}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                第六条{INTERVENTION_KIND_INFO[kind].clauseText}
              </Typography.Text>
            </Checkbox>
          ))}
        </Space>
      </KindsGroup>
    </Form.Item>
  );
}
