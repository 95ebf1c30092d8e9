import { Button, Radio, Space, Typography } from 'antd';
import type { InstallationRole } from '../../../src-main/shared/installation-role.ts';

export type SetupRole = InstallationRole;

export function RoleStep({ role, onChange, onNext }: { role: SetupRole; onChange: (role: SetupRole) => void; onNext: () => void }) {
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Paragraph>请选择本机的用途。同一台电脑只能用于其中一种，设置后不能更改。</Typography.Paragraph>
      <Radio.Group value={role} onChange={(event) => onChange(event.target.value as SetupRole)} aria-label="本机用途">
        <Space orientation="vertical">
          <Radio value="handler">
            <strong>重大事项承办人员</strong>：记录领导干部插手干预重大事项情况，打印记录表，密封后报送纪检组织
          </Radio>
          <Radio value="disciplineBody">
            <strong>纪检组织</strong>：接收记录文件，核对纸质件，出具回执或转送；分析研判，跟踪处置，形成年度汇总
          </Radio>
          <Radio value="leadingGroupOffice">
            <strong>领导小组办公室</strong>：接收各单位纪检组织报送的年度汇总，分单位汇总，查看尚未报送的单位
          </Radio>
        </Space>
      </Radio.Group>
      <Button type="primary" onClick={onNext}>
        下一步
      </Button>
    </Space>
  );
}
