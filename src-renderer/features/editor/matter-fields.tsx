import { Col, Form, Row, Select } from 'antd';
import { CommittedInput } from './committed-text.tsx';
import { INTERVENTION_DETAIL_LABELS, INTERVENTION_ENTRY_LABELS } from '../../../src-main/shared/form/form-labels.ts';
import { MATTER_CATEGORIES, MATTER_CATEGORY_INFO, MATTER_ITEM_LABELS, type MatterCategory } from '../../../src-main/shared/form/matter-category.ts';
import { RULES } from './form-rules.ts';
import type { RecordValues } from './form-values.ts';
import { entryLabel } from './entry-label.ts';

const CATEGORY_OPTIONS = MATTER_CATEGORIES.map((value) => ({
  value,
  label: `${MATTER_CATEGORY_INFO[value].ordinal}${MATTER_CATEGORY_INFO[value].label}`,
}));

// 重大事项: category, then only the items 第四条 lists under it, then the name 填表说明3 asks for. Changing the
// category clears the item (the record form does that, where the change is seen).
export function MatterFields({ name }: { name: number }) {
  return (
    <Row gutter={16}>
      <Col span={8}>
        <Form.Item label={INTERVENTION_DETAIL_LABELS.matterCategory} name={[name, 'matter', 'category']} rules={RULES.category} required>
          <Select placeholder="请选择" options={CATEGORY_OPTIONS} aria-label={entryLabel(name, INTERVENTION_DETAIL_LABELS.matterCategory)} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item
          noStyle
          shouldUpdate={(prev: RecordValues, next: RecordValues) =>
            prev.entries?.[name]?.matter?.category !== next.entries?.[name]?.matter?.category
          }
        >
          {({ getFieldValue }) => {
            const category = getFieldValue(['entries', name, 'matter', 'category']) as MatterCategory | undefined;
            const items = category ? MATTER_CATEGORY_INFO[category].items : [];
            return (
              <Form.Item label={`${INTERVENTION_DETAIL_LABELS.matterItem}（选填）`} name={[name, 'matter', 'item']}>
                <Select
                  allowClear
                  aria-label={entryLabel(name, INTERVENTION_DETAIL_LABELS.matterItem)}
                  placeholder={category ? (items.length > 0 ? '请选择' : '该类别无列举事项') : '请先选择类别'}
                  // An explicit false would override the read-only form's disabling.
                  {...(items.length === 0 ? { disabled: true } : {})}
                  options={items.map((value) => ({ value, label: MATTER_ITEM_LABELS[value] }))}
                />
              </Form.Item>
            );
          }}
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item
          label={INTERVENTION_ENTRY_LABELS.matterName}
          name={[name, 'matter', 'name']}
          rules={RULES.matterName}
          required
          extra="按类别简要概括项目内容（填表说明3）"
        >
          <CommittedInput aria-label={entryLabel(name, INTERVENTION_ENTRY_LABELS.matterName)} />
        </Form.Item>
      </Col>
    </Row>
  );
}
