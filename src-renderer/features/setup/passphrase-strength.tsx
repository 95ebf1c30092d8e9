import { Progress, Typography } from 'antd';
import { judgePassphrase } from '../../../src-main/shared/passphrase-policy.ts';

// Dark enough to read on white (WCAG AA) in every state.
const LEVELS = [
  { label: '很弱', color: '#a8071a' },
  { label: '弱', color: '#a8071a' },
  { label: '较弱', color: '#ad4e00' },
  { label: '可以', color: '#237804' },
  { label: '强', color: '#135200' },
] as const;

// The policy's verdict as the passphrase is typed: nothing before the first character, then the strength and,
// while it would be refused, why.
export function PassphraseStrength({ passphrase }: { passphrase: string }) {
  if (passphrase.length === 0) return <div aria-live="polite" data-testid="passphrase-strength" />;
  const verdict = judgePassphrase(passphrase);
  const level = LEVELS[verdict.score];
  return (
    <div aria-live="polite" data-testid="passphrase-strength">
      <Progress percent={(verdict.score / 4) * 100} showInfo={false} strokeColor={level.color} size="small" aria-hidden />
      <Typography.Text style={{ color: level.color }}>口令强度：{level.label}</Typography.Text>
      {!verdict.acceptable && <Typography.Text style={{ color: level.color }}>（不能使用：{verdict.problems.join('；')}）</Typography.Text>}
    </div>
  );
}
