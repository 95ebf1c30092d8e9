import { Col, Form, Radio, Row, Select, Typography } from 'antd';
import { CommittedInput } from './committed-text.tsx';
import { INTERVENER_LABELS, INTERVENTION_DETAIL_LABELS, INTERVENTION_ENTRY_LABELS } from '../../../src-main/shared/form/form-labels.ts';
import { ORGANISATION_KINDS, ORGANISATION_KIND_LABELS } from '../../../src-main/shared/form/organisation-kind.ts';
import { TENURES, TENURE_LABELS } from '../../../src-main/shared/form/tenure.ts';
import { RULES } from './form-rules.ts';
import { LEVEL_OPTIONS } from './level-options.ts';
import { entryLabel } from './entry-label.ts';

const TENURE_OPTIONS = TENURES.map((value) => ({ value, label: TENURE_LABELS[value] }));
const KIND_OPTIONS = ORGANISATION_KINDS.map((value) => ({ value, label: ORGANISATION_KIND_LABELS[value] }));

// 插手干预人情况（姓名、单位、职务）, plus the kind of organisation, the rung and whether still serving, which decide
// 第二条 and 第九条.
export function IntervenerFields({ name }: { name: number }) {
  return (
    <>
      <Typography.Text strong>{INTERVENTION_ENTRY_LABELS.intervener}</Typography.Text>
      <Row gutter={16} style={{ marginTop: 8 }}>
        <Col span={8}>
          <Form.Item label={INTERVENER_LABELS.name} name={[name, 'intervener', 'name']} rules={RULES.intervenerName} required>
            <CommittedInput aria-label={entryLabel(name, `插手干预人${INTERVENER_LABELS.name}`)} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={INTERVENER_LABELS.unit} name={[name, 'intervener', 'unit']} rules={RULES.intervenerUnit} required>
            <CommittedInput aria-label={entryLabel(name, `插手干预人${INTERVENER_LABELS.unit}`)} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={INTERVENER_LABELS.post} name={[name, 'intervener', 'post']} rules={RULES.intervenerPost} required>
            <CommittedInput aria-label={entryLabel(name, `插手干预人${INTERVENER_LABELS.post}`)} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            label={INTERVENTION_DETAIL_LABELS.organisationKind}
            name={[name, 'intervener', 'organisationKind']}
            rules={RULES.organisationKind}
            required
            extra="第二条按单位划定领导干部范围。不属于所列单位的，选“本系统以外”，仍可如实记录。"
          >
            <Select options={KIND_OPTIONS} placeholder="请选择" aria-label={entryLabel(name, INTERVENTION_DETAIL_LABELS.organisationKind)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            label={INTERVENTION_DETAIL_LABELS.level}
            name={[name, 'intervener', 'level']}
            rules={RULES.level}
            required
            extra="决定是否属于本办法所称领导干部（第二条）、是否径报驻部纪检监察组（第九条）。不清楚的，选“职务职级不详”。"
          >
            <Select
              options={LEVEL_OPTIONS}
              placeholder="请选择"
              showSearch={{ optionFilterProp: 'label' }}
              aria-label={entryLabel(name, INTERVENTION_DETAIL_LABELS.level)}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={INTERVENTION_DETAIL_LABELS.tenure} name={[name, 'intervener', 'tenure']} rules={RULES.tenure} required>
            <Radio.Group options={TENURE_OPTIONS} aria-label={entryLabel(name, INTERVENTION_DETAIL_LABELS.tenure)} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
