import { Space, Typography } from 'antd';
import { AutoLockSettings } from './auto-lock-settings.tsx';
import { BackupSettings } from './backup-settings.tsx';
import { CalendarSettings } from './calendar-settings.tsx';
import { ContentProtectionSettings } from './content-protection-settings.tsx';
import { FontSettings } from './font-settings.tsx';
import { PassphraseSettings } from './passphrase-settings.tsx';
import { ProfileSettings } from './profile-settings.tsx';

import type { InstallationRole } from '../../../src-main/shared/installation-role.ts';

// Settings every installation has, plus the role's own: a handler's 基本情况.
export function SettingsPage({ role }: { role: Extract<InstallationRole, 'handler' | 'disciplineBody'> }) {
  return (
    <section aria-label="设置">
      <Typography.Title level={3}>设置</Typography.Title>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {role === 'handler' && <ProfileSettings />}
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
