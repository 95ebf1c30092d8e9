import { Space, Typography } from 'antd';
import { AutoLockSettings } from './auto-lock-settings.tsx';
import { BackupSettings } from './backup-settings.tsx';
import { CalendarSettings } from './calendar-settings.tsx';
import { ContentProtectionSettings } from './content-protection-settings.tsx';
import { FontSettings } from './font-settings.tsx';
import { PassphraseSettings } from './passphrase-settings.tsx';
import { ProfileSettings } from './profile-settings.tsx';

export function SettingsPage() {
  return (
    <section aria-label="设置">
      <Typography.Title level={3}>设置</Typography.Title>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <ProfileSettings />
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
