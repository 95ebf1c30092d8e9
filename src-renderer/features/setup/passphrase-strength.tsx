import { Progress, Typography } from 'antd';
import { passphraseProblems, passphraseStrength } from '../../../src-main/shared/passphrase-policy.ts';

const LEVELS = [
  { label: '太短', color: '#cf1322' },
  { label: '弱', color: '#cf1322' },
  { label: '可以', color: '#d48806' },
  { label: '较强', color: '#389e0d' },
  { label: '强', color: '#237804' },
] as const;

export function PassphraseStrength({ passphrase }: { passphrase: string }) {
  const strength = passphraseStrength(passphrase);
  const level = LEVELS[strength];
  const problems = passphrase.length > 0 ? passphraseProblems(passphrase) : [];
  return (
    <div aria-live="polite">
      <Progress percent={(strength / 4) * 100} showInfo={false} strokeColor={level.color} size="small" />
      <Typography.Text style={{ color: level.color }}>口令强度：{level.label}</Typography.Text>
      {problems.length > 0 && <Typography.Text type="secondary">（{problems.join('；')}）</Typography.Text>}
    </div>
  );
}
