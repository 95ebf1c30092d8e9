import { Alert, Button, Radio, Space, Typography } from 'antd';

export function RoleStep({ onNext }: { onNext: () => void }) {
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Paragraph>请选择本机的用途。同一台电脑只能用于其中一种。</Typography.Paragraph>
      <Radio.Group defaultValue="handler" aria-label="本机用途">
        <Space orientation="vertical">
          <Radio value="handler">
            <strong>重大事项承办人员</strong>：记录领导干部插手干预重大事项情况，打印记录表，密封后报送纪检组织
          </Radio>
          <Radio value="disciplineBody" disabled>
            <strong>纪检组织</strong>：接收、分析研判记录，跟踪处置，形成年度汇总
          </Radio>
        </Space>
      </Radio.Group>
      <Alert type="info" showIcon title="纪检组织版将在后续版本提供，目前只能选择承办人员。" />
      <Button type="primary" onClick={onNext}>
        下一步
      </Button>
    </Space>
  );
}
