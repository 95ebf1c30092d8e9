import { Button, Checkbox, Form, Radio, Select } from 'antd';
import { CommittedInput, CommittedTextArea } from '../editor/committed-text.tsx';
import { HANDLER_PROFILE_LABELS } from '../../../src-main/shared/form/form-labels.ts';
import { handlerProfileSchema, type ProfileSettings } from '../../../src-main/shared/form/handler-profile.ts';
import { POLITICAL_STATUSES, POLITICAL_STATUS_INFO } from '../../../src-main/shared/form/political-status.ts';
import {
  STAFF_CATEGORIES,
  STAFF_CATEGORY_FIELD_LABEL,
  STAFF_CATEGORY_LABELS,
  staffCategorySchema,
} from '../../../src-main/shared/form/staff-category.ts';
import { UNIT_SETTINGS_LABELS, unitSettingsSchema, type UnitSettings } from '../../../src-main/shared/form/unit-settings.ts';
import { zodRule } from '../../app/zod-rule.ts';

export interface ProfileValues {
  profile: ProfileSettings;
  unit: UnitSettings;
}

const shape = handlerProfileSchema.shape;

// 承办人员基本情况, as the annex's header block asks for it, plus the one fact about the unit that decides where
// records go (第七条).
export function ProfileForm({
  initial,
  submitLabel,
  busy,
  onSubmit,
}: {
  initial?: Partial<ProfileValues>;
  submitLabel: string;
  busy: boolean;
  onSubmit: (values: ProfileValues) => void;
}) {
  return (
    <Form<ProfileValues> layout="vertical" initialValues={initial ?? {}} onFinish={onSubmit} style={{ maxWidth: 640 }}>
      <Form.Item label={HANDLER_PROFILE_LABELS.name} name={['profile', 'name']} rules={[zodRule(shape.name)]}>
        <CommittedInput autoFocus />
      </Form.Item>
      <Form.Item
        label={HANDLER_PROFILE_LABELS.politicalStatus}
        name={['profile', 'politicalStatus']}
        rules={[zodRule(shape.politicalStatus)]}
      >
        <Select
          placeholder="请选择"
          showSearch={{ optionFilterProp: 'label' }}
          options={POLITICAL_STATUSES.map((value) => ({ value, label: POLITICAL_STATUS_INFO[value].label }))}
        />
      </Form.Item>
      <Form.Item label={HANDLER_PROFILE_LABELS.workUnit} name={['profile', 'workUnit']} rules={[zodRule(shape.workUnit)]}>
        <CommittedInput />
      </Form.Item>
      <Form.Item label={HANDLER_PROFILE_LABELS.currentPost} name={['profile', 'currentPost']} rules={[zodRule(shape.currentPost)]}>
        <CommittedInput />
      </Form.Item>
      <Form.Item
        label={STAFF_CATEGORY_FIELD_LABEL}
        name={['profile', 'staffCategory']}
        rules={[zodRule(staffCategorySchema)]}
        extra="第五条：重大事项承办人员包括本单位正式人员、挂职人员、借调人员等所有工作人员。此项不印在记录表上。"
      >
        <Radio.Group aria-label={STAFF_CATEGORY_FIELD_LABEL} options={STAFF_CATEGORIES.map((value) => ({ value, label: STAFF_CATEGORY_LABELS[value] }))} />
      </Form.Item>
      <Form.Item label={HANDLER_PROFILE_LABELS.dutyScope} name={['profile', 'dutyScope']} rules={[zodRule(shape.dutyScope)]}>
        <CommittedTextArea rows={{ min: 3, max: 8 }} />
      </Form.Item>
      <Form.Item
        label={UNIT_SETTINGS_LABELS.unitHasDisciplineBody}
        name={['unit', 'unitHasDisciplineBody']}
        rules={[zodRule(unitSettingsSchema.shape.unitHasDisciplineBody)]}
        extra="决定记录表报送给谁：设有纪委（纪检组）的，报本单位纪检组织；不设的，直接报部直属机关纪委（第七条）。"
      >
        <Radio.Group
          aria-label={UNIT_SETTINGS_LABELS.unitHasDisciplineBody}
          options={[
            { value: true, label: '是，本单位设有纪委（纪检组）' },
            { value: false, label: '否，本单位不设纪委（纪检组）' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name={['unit', 'alsoReportBureauLevelToUnitBody']}
        valuePropName="checked"
        extra="填表说明5：“涉及司局级领导干部的，径报中央纪委国家监委驻工业和信息化部纪检监察组。”本程序将“径报”理解为直接报送，默认只报驻部纪检监察组；勾选后另报一份本单位纪检组织（不设纪委（纪检组）的，报部直属机关纪委）。"
      >
        <Checkbox>{UNIT_SETTINGS_LABELS.alsoReportBureauLevelToUnitBody}</Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {submitLabel}
      </Button>
    </Form>
  );
}
