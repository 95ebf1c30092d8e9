import { App, Card } from 'antd';
import { useEffect, useState } from 'react';
import { useCall } from '../../app/use-call.ts';
import { ProfileForm, type ProfileValues } from '../setup/profile-form.tsx';

export function ProfileSettings() {
  const call = useCall();
  const { message } = App.useApp();
  const [initial, setInitial] = useState<Partial<ProfileValues>>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void call('profile.get', {}).then((view) =>
      setInitial({ ...(view?.profile ? { profile: view.profile } : {}), ...(view?.unit ? { unit: view.unit } : {}) }),
    );
  }, [call]);

  const save = async (values: ProfileValues) => {
    setBusy(true);
    const saved = await call('profile.save', values);
    setBusy(false);
    if (saved) void message.success('已保存承办人员基本情况。已完成填报的记录表不受影响。');
  };

  return (
    <Card title="承办人员基本情况" loading={initial === undefined}>
      {initial && <ProfileForm initial={initial} submitLabel="保存" busy={busy} onSubmit={(values) => void save(values)} />}
    </Card>
  );
}
