import { Alert, Button, Card, Steps, Typography } from 'antd';
import { useState } from 'react';
import { invoke } from '../../api.ts';
import { ProfileForm, type ProfileValues } from './profile-form.tsx';
import { PassphraseStep } from './passphrase-step.tsx';
import { RecoveryKeyStep } from './recovery-key-step.tsx';
import { RoleStep } from './role-step.tsx';
import { RestoreForm } from '../unlock/restore-form.tsx';

const STEPS = ['选择用途', '设置口令', '保存恢复密钥', '填写基本情况'];
const PROFILE_STEP = 3;

// First run: role, passphrase, recovery key, profile. A vault that exists but has no profile yet (the app was
// closed half-way) resumes at the profile step after unlocking.
export function SetupWizard({ vaultExists, onDone }: { vaultExists: boolean; onDone: () => void }) {
  const [step, setStep] = useState(vaultExists ? PROFILE_STEP : 0);
  const [recoveryKey, setRecoveryKey] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState(false);

  const saveProfile = async (values: ProfileValues) => {
    setBusy(true);
    const result = await invoke('profile.save', values);
    setBusy(false);
    if (result.ok) onDone();
    else setError(result.error.message);
  };

  return (
    <main style={{ maxWidth: 880, margin: '40px auto', padding: '0 24px' }}>
      <Typography.Title level={2}>欢迎使用留痕</Typography.Title>
      <Typography.Paragraph type="secondary">
        依据《领导干部插手干预重大事项记录办法（试行）》记录插手干预情况。全部数据加密保存在本机，不联网。
      </Typography.Paragraph>
      <Steps current={step} items={STEPS.map((title) => ({ title }))} style={{ marginBottom: 32 }} />
      <Card>
        {step === 0 && restoring && <RestoreForm onRestored={onDone} onCancel={() => setRestoring(false)} />}
        {step === 0 && !restoring && (
          <>
            <RoleStep onNext={() => setStep(1)} />
            <Button type="link" onClick={() => setRestoring(true)} style={{ marginTop: 16, paddingLeft: 0 }}>
              换了电脑？从备份恢复已有的数据
            </Button>
          </>
        )}
        {step === 1 && (
          <PassphraseStep
            onCreated={(key) => {
              setRecoveryKey(key);
              setStep(2);
            }}
          />
        )}
        {step === 2 && recoveryKey && (
          <RecoveryKeyStep
            recoveryKey={recoveryKey}
            onConfirmed={() => {
              setRecoveryKey(undefined);
              setStep(PROFILE_STEP);
            }}
          />
        )}
        {step === PROFILE_STEP && (
          <>
            <Typography.Paragraph>以下信息将填入每一张记录表的“重大事项承办人员基本情况”栏，之后可在“设置”中修改。</Typography.Paragraph>
            {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
            <ProfileForm submitLabel="完成设置" busy={busy} onSubmit={saveProfile} />
          </>
        )}
      </Card>
    </main>
  );
}
