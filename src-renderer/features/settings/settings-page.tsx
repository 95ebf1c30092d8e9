import { Space, Typography } from 'antd';
import { AutoLockSettings } from './auto-lock-settings.tsx';
import { BackupSettings } from './backup-settings.tsx';
import { CalendarSettings } from './calendar-settings.tsx';
import { ContentProtectionSettings } from './content-protection-settings.tsx';
import { FontSettings } from './font-settings.tsx';
import { PassphraseSettings } from './passphrase-settings.tsx';
import { ProfileSettings } from './profile-settings.tsx';
import { TrustedKeysCard } from '../exchange/trusted-keys-card.tsx';

import type { InstallationRole } from '../../../src-main/shared/installation-role.ts';

// Settings every installation has, plus the role's own: a handler's 基本情况.
export function SettingsPage({ role }: { role: InstallationRole }) {
  return (
    <section aria-label="设置">
      <Typography.Title level={3}>设置</Typography.Title>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {role === 'handler' && <ProfileSettings />}
        {role === 'handler' && (
          <TrustedKeysCard
            title="纪检组织公钥"
            intro="导出加密文件、导入回执和签名日历包都要用到接收记录的纪检组织的公钥。导入其公钥文件后，须与该纪检组织盖章的密钥告知单逐组核对指纹。"
          />
        )}
        <AutoLockSettings />
        <ContentProtectionSettings />
        <CalendarSettings />
        <PassphraseSettings />
        <BackupSettings />
        <FontSettings />
      </Space>
    </section>
  );
}
