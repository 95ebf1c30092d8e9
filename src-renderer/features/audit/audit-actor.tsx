import { Space } from 'antd';
import type { Output } from '../../../src-main/contract/index.ts';
import { ReadableTag } from '../../app/readable-tag.tsx';

type Entry = Output<'audit.list'>[number];

const ACTOR_LABELS: Record<Entry['actor'], string> = { owner: '本人', system: '系统', unknown: '未知' };

// Who did it: on a discipline body's installation the staff member whose account was open, with whether main
// found their signature on the entry valid against the key registered for them.
export function AuditActor({ entry }: { entry: Pick<Entry, 'actor' | 'by' | 'signatureStatus'> }) {
  if (entry.by === undefined) return <>{ACTOR_LABELS[entry.actor]}</>;
  return (
    <Space size={4} wrap>
      <span>{entry.by.name}</span>
      {entry.signatureStatus === 'valid' ? (
        <ReadableTag color="green" title="本条记录由该工作人员本人的签名密钥签名，内容未被改动">
          签名有效
        </ReadableTag>
      ) : (
        <ReadableTag color="red" title="签名与该工作人员登记的签名公钥不符：本条记录可能在记录后被改动，或并非其本人所记">
          签名无法核验
        </ReadableTag>
      )}
    </Space>
  );
}
