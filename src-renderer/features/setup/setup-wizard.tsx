import { Alert, Button, Card, Steps, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { invoke } from '../../api.ts';
import { ProfileForm, type ProfileValues } from './profile-form.tsx';
import { PassphraseStep } from './passphrase-step.tsx';
import { RecoveryKeyStep } from './recovery-key-step.tsx';
import { BodySetupStep } from './body-setup-step.tsx';
import { OfficeSetupStep } from './office-setup-step.tsx';
import { RoleStep, type SetupRole } from './role-step.tsx';
import { RestoreForm } from '../unlock/restore-form.tsx';

// The last step is the role's own: a handler's 基本情况, a discipline body's name and keys.
const STEPS: Readonly<Record<SetupRole, readonly string[]>> = {
  handler: ['选择用途', '设置口令', '保存恢复密钥', '填写基本情况'],
  disciplineBody: ['选择用途', '设置口令', '保存恢复密钥', '设置纪检组织'],
  leadingGroupOffice: ['选择用途', '设置口令', '保存恢复密钥', '设置领导小组办公室'],
};
const RECOVERY_KEY_STEP = 2;
const PROFILE_STEP = 3;

// A vault that exists is past the passphrase: main says whether its recovery key was confirmed.
function firstStep(status: Output<'vault.status'>): number {
  if (!status.exists) return 0;
  return status.recoveryKeyConfirmed ? PROFILE_STEP : RECOVERY_KEY_STEP;
}

// A vault that exists knows its role; a first run starts as a handler's, the common case.
function roleOf(status: Output<'vault.status'>): SetupRole {
  return status.role ?? 'handler';
}

// First run: role, passphrase, recovery key, profile (or the body's name and keys). A vault whose setup was left half-way (a reload, a restart)
// resumes after unlocking where main says it stands: at the recovery key, with a new key, until a key was
// confirmed, then at the profile.
export function SetupWizard({ status, onDone }: { status: Output<'vault.status'>; onDone: () => void }) {
  const [step, setStep] = useState(() => firstStep(status));
  const [role, setRole] = useState<SetupRole>(() => roleOf(status));
  const steps = STEPS[role];
  const [recoveryKey, setRecoveryKey] = useState<{ display: string; replacesEarlier: boolean }>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState(false);
  // One new key per visit: the key shown is the one the header holds (StrictMode runs effects twice).
  const issuing = useRef(false);
  // Each new step is announced by moving focus to its heading; the first is where the page starts anyway.
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    heading.current?.focus();
  }, [step]);

  useEffect(() => {
    if (step !== RECOVERY_KEY_STEP || recoveryKey || issuing.current) return;
    issuing.current = true;
    void invoke('setup.issueRecoveryKey', {}).then((result) => {
      if (result.ok) setRecoveryKey({ display: result.value.recoveryKey, replacesEarlier: true });
      else setError(result.error.message);
    });
  }, [step, recoveryKey]);

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
      <Steps current={step} items={steps.map((title) => ({ title }))} style={{ marginBottom: 32 }} />
      <Card>
        <h3 ref={heading} tabIndex={-1} style={{ marginTop: 0 }}>
          第{step + 1}步：{steps[step]}
        </h3>
        {step === 0 && restoring && <RestoreForm vaultExists={false} onRestored={onDone} onCancel={() => setRestoring(false)} />}
        {step === 0 && !restoring && (
          <>
            <RoleStep role={role} onChange={setRole} onNext={() => setStep(1)} />
            <Button type="link" onClick={() => setRestoring(true)} style={{ marginTop: 16, paddingLeft: 0 }}>
              换了电脑？从备份恢复已有的数据
            </Button>
          </>
        )}
        {step === 1 && (
          <PassphraseStep
            role={role}
            onBack={() => setStep(0)}
            onCreated={(key) => {
              issuing.current = true;
              setRecoveryKey({ display: key, replacesEarlier: false });
              setStep(RECOVERY_KEY_STEP);
            }}
          />
        )}
        {step === RECOVERY_KEY_STEP && error && <Alert type="error" showIcon title={error} />}
        {step === RECOVERY_KEY_STEP && recoveryKey && (
          <RecoveryKeyStep
            recoveryKey={recoveryKey.display}
            replacesEarlier={recoveryKey.replacesEarlier}
            onConfirmed={() => {
              setRecoveryKey(undefined);
              // After a recovery the profile is already there: confirming the new key is all that was left.
              void invoke('vault.status', {}).then((result) => {
                if (result.ok && result.value.setupComplete) onDone();
                else setStep(PROFILE_STEP);
              });
            }}
          />
        )}
        {step === PROFILE_STEP && role === 'disciplineBody' && <BodySetupStep onDone={onDone} />}
        {step === PROFILE_STEP && role === 'leadingGroupOffice' && <OfficeSetupStep onDone={onDone} />}
        {step === PROFILE_STEP && role === 'handler' && (
          <>
            <Typography.Paragraph>以下信息将填入每一张记录表的“重大事项承办人员基本情况”栏，之后可在“设置”中修改。</Typography.Paragraph>
            {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
            <ProfileForm submitLabel="完成设置" busy={busy} onSubmit={(values) => void saveProfile(values)} />
          </>
        )}
      </Card>
    </main>
  );
}
