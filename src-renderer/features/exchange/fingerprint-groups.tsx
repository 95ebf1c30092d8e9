import { Typography } from 'antd';
import { formatFingerprint } from '../../../src-main/shared/form/fingerprint-text.ts';

// A fingerprint as printed on the key notice: groups of eight, in a fixed-width face so the eye can compare them.
export function FingerprintGroups({ fingerprint, label }: { fingerprint: string; label: string }) {
  return (
    <Typography.Text code copyable={{ text: fingerprint, tooltips: ['复制指纹', '已复制'] }} aria-label={label} style={{ fontSize: 15, wordBreak: 'break-all' }}>
      {formatFingerprint(fingerprint)}
    </Typography.Text>
  );
}
