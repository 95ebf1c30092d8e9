import { App, Card, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { contentProtectionOf, type VaultSettings } from '../../../src-main/shared/vault-settings.ts';
import { useCall } from '../../app/use-call.ts';

const SWITCH_ID = 'content-protection-switch';

export function ContentProtectionSettings() {
  const call = useCall();
  const { message } = App.useApp();
  const [settings, setSettings] = useState<VaultSettings>();
  useEffect(() => {
    void call('settings.get', {}).then((loaded) => {
      if (loaded) setSettings(loaded);
    });
  }, [call]);

  // Saved over the settings as they are now, so the auto-lock time set elsewhere is kept.
  const change = async (on: boolean) => {
    const current = await call('settings.get', {});
    if (!current) return;
    const saved = await call('settings.save', { ...current, contentProtection: on });
    if (!saved) return;
    setSettings(saved);
    void message.success(on ? '已开启防截屏' : '已关闭防截屏');
  };

  return (
    <Card title="防截屏" loading={!settings}>
      <Space>
        <Switch id={SWITCH_ID} checked={settings ? contentProtectionOf(settings) : true} onChange={(on) => void change(on)} />
        <label htmlFor={SWITCH_ID}>显示记录时，截屏、录屏和远程桌面看不到本窗口</label>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        在 Windows 上生效，默认开启。统信 UOS、银河麒麟等 Linux 系统不提供这项功能，开启后也不起作用，请注意周围环境。
      </Typography.Paragraph>
    </Card>
  );
}
