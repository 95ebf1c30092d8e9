import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, DatePicker, Form, Input, Popconfirm, Radio, Row, Select, Space, Typography } from 'antd';
import { memo } from 'react';
import {
  CONTENT_MAX_CHARS,
  HANDLING_MAX_CHARS,
  INTERVENTION_KINDS,
  INTERVENTION_KIND_INFO,
  INTERVENTION_METHODS,
  INTERVENTION_METHOD_LABELS,
  MATTER_CATEGORIES,
  MATTER_CATEGORY_INFO,
  MATTER_ITEM_LABELS,
  TENURES,
  TENURE_LABELS,
  type MatterCategory,
} from '../../../src-main/contract/forms.ts';
import { LEVEL_OPTIONS } from './level-options.ts';

interface EntryFieldsProps {
  name: number;
  index: number;
  count: number;
  readOnly: boolean;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

const required = (message: string) => [{ required: true, message }];

// One 干预具体情况 row of the annex. Memoised and built from Form.Items, so typing in one field re-renders only
// that field, never the other entries.
export const EntryFields = memo(function EntryFields({ name, index, count, readOnly, onMove, onRemove }: EntryFieldsProps) {
  return (
    <Card
      size="small"
      title={`第${index + 1}项干预具体情况`}
      style={{ marginBottom: 16 }}
      extra={
        !readOnly && (
          <Space>
            <Button size="small" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => onMove(index, index - 1)} aria-label={`第${index + 1}项上移`} />
            <Button size="small" icon={<ArrowDownOutlined />} disabled={index === count - 1} onClick={() => onMove(index, index + 1)} aria-label={`第${index + 1}项下移`} />
            <Popconfirm title={`删除第${index + 1}项干预具体情况？`} okText="删除" cancelText="取消" onConfirm={() => onRemove(index)} disabled={count === 1}>
              <Button size="small" danger icon={<DeleteOutlined />} disabled={count === 1} aria-label={`删除第${index + 1}项`} />
            </Popconfirm>
          </Space>
        )
      }
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="时间" name={[name, 'occurredAt']} rules={required('请填写干预时间')} extra="插手干预发生的日期和时间">
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY年M月D日 HH:mm" style={{ width: '100%' }} disabled={readOnly} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="发现日期（选填）" name={[name, 'learnedOn']} extra="晚于干预发生时才知悉的，填写知悉之日；5个工作日自该日起算">
            <DatePicker format="YYYY年M月D日" style={{ width: '100%' }} disabled={readOnly} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong>插手干预人情况</Typography.Text>
      <Row gutter={16} style={{ marginTop: 8 }}>
        <Col span={8}>
          <Form.Item label="姓名" name={[name, 'intervener', 'name']} rules={required('请填写插手干预人姓名')}>
            <Input disabled={readOnly} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="单位" name={[name, 'intervener', 'unit']} rules={required('请填写插手干预人单位')}>
            <Input disabled={readOnly} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="职务" name={[name, 'intervener', 'post']} rules={required('请填写插手干预人职务')}>
            <Input disabled={readOnly} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="职务层次或职级" name={[name, 'intervener', 'level']} rules={required('请选择插手干预人的职务或职级；不清楚的，请选择“职务职级不详”')}>
            <Select options={LEVEL_OPTIONS} placeholder="请选择" showSearch={{ optionFilterProp: 'label' }} disabled={readOnly} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="在职情况" name={[name, 'intervener', 'tenure']} rules={required('请选择插手干预人是现职、已退出现职但未退休，还是已退休')}>
            <Radio.Group options={TENURES.map((value) => ({ value, label: TENURE_LABELS[value] }))} disabled={readOnly} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="插手干预方式" name={[name, 'method']} rules={required('请选择插手干预方式')}>
        <Radio.Group options={INTERVENTION_METHODS.map((value) => ({ value, label: INTERVENTION_METHOD_LABELS[value] }))} disabled={readOnly} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(prev, next) => prev.entries?.[name]?.method !== next.entries?.[name]?.method}>
        {({ getFieldValue }) =>
          getFieldValue(['entries', name, 'method']) === 'other' && (
            <Form.Item label="请注明方式" name={[name, 'methodNote']} rules={required('插手干预方式为“其他”时，请注明具体方式')}>
              <Input disabled={readOnly} />
            </Form.Item>
          )
        }
      </Form.Item>
      <MatterFields name={name} readOnly={readOnly} />
      <Form.Item
        label="第六条所列情形（可多选）"
        name={[name, 'kinds']}
        rules={[{ type: 'array', min: 1, message: '请至少选择一项第六条所列情形' }]}
      >
        <Checkbox.Group style={{ width: '100%' }} disabled={readOnly}>
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
        </Checkbox.Group>
      </Form.Item>
      <Form.Item label="具体干预内容" name={[name, 'content']} rules={required('请填写具体干预内容')} extra="如实写明对方提出的要求、原话要点、在场人员等。">
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} showCount maxLength={CONTENT_MAX_CHARS} disabled={readOnly} />
      </Form.Item>
      <Form.Item label="处置方式" name={[name, 'handling']} rules={required('请填写处置方式')} extra="简要填写对插手干预事项的后续办理情况（填表说明4）。">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} showCount maxLength={HANDLING_MAX_CHARS} disabled={readOnly} />
      </Form.Item>
    </Card>
  );
});

// 重大事项: category, then only the items 第四条 lists under it, then the name 填表说明3 asks for.
function MatterFields({ name, readOnly }: { name: number; readOnly: boolean }) {
  return (
    <Row gutter={16}>
      <Col span={8}>
        <Form.Item label="重大事项类别" name={[name, 'matter', 'category']} rules={required('请选择重大事项类别')}>
          <Select
            placeholder="请选择"
            disabled={readOnly}
            options={MATTER_CATEGORIES.map((value) => ({ value, label: `${MATTER_CATEGORY_INFO[value].ordinal}${MATTER_CATEGORY_INFO[value].label}` }))}
          />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item noStyle shouldUpdate={(prev, next) => prev.entries?.[name]?.matter?.category !== next.entries?.[name]?.matter?.category}>
          {({ getFieldValue }) => {
            const category = getFieldValue(['entries', name, 'matter', 'category']) as MatterCategory | undefined;
            const items = category ? MATTER_CATEGORY_INFO[category].items : [];
            return (
              <Form.Item label="具体事项（选填）" name={[name, 'matter', 'item']}>
                <Select
                  allowClear
                  placeholder={category ? (items.length > 0 ? '请选择' : '该类别无列举事项') : '请先选择类别'}
                  disabled={readOnly || items.length === 0}
                  options={items.map((value) => ({ value, label: MATTER_ITEM_LABELS[value] }))}
                />
              </Form.Item>
            );
          }}
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item label="重大事项名称" name={[name, 'matter', 'name']} rules={required('请填写重大事项名称')} extra="按类别简要概括项目内容">
          <Input disabled={readOnly} />
        </Form.Item>
      </Col>
    </Row>
  );
}
