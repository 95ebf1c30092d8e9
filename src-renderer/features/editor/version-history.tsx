import { Button, Card, Modal, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { chinaMinuteOf, formatChinaDate } from '../../../src-main/shared/calendar/china-time.ts';
import { formatFingerprint } from '../../../src-main/shared/form/fingerprint-text.ts';
import { RECORD_STATUS_LABELS } from '../../../src-main/shared/form/record.ts';
import { useCall } from '../../app/use-call.ts';
import { PrintActions } from './print-actions.tsx';
import { RecordDocument } from './record-document.tsx';
import { versionChanges } from './version-diff.ts';
import { VersionDiffTable } from './version-diff-table.tsx';

type VersionLine = Output<'record.get'>['versions'][number];
type Version = Output<'record.version'>;

// The start of a fingerprint, as the record's heading shows it: enough to tell versions apart.
const DIGEST_SHOWN_DIGITS = 16;

type Shown = { kind: 'version'; version: Version } | { kind: 'diff'; before: Version; after: Version };

// Every version of the record, oldest first: when it was finalized, its fingerprint, why it was amended and when
// it was handed over. Any finalized version can be read and reprinted as it was; each amendment can be compared
// with the version it amends, field by field.
export function VersionHistory({ recordId, versions }: { recordId: string; versions: VersionLine[] }) {
  const call = useCall();
  const [shown, setShown] = useState<Shown>();
  const [loading, setLoading] = useState(false);

  const load = async (numbers: number[]): Promise<Version[] | undefined> => {
    setLoading(true);
    const loaded = await Promise.all(numbers.map((version) => call('record.version', { recordId, version })));
    setLoading(false);
    return loaded.every((version) => version !== undefined) ? loaded : undefined;
  };
  const view = async (version: number) => {
    const [loaded] = (await load([version])) ?? [];
    if (loaded) setShown({ kind: 'version', version: loaded });
  };
  const compare = async (version: number) => {
    const [before, after] = (await load([version - 1, version])) ?? [];
    if (before && after) setShown({ kind: 'diff', before, after });
  };

  return (
    <Card size="small" title={<h4 style={{ margin: 0, fontSize: 15 }}>版本记录</h4>} style={{ marginBottom: 16 }} data-testid="version-history">
      <Spin spinning={loading}>
        <Table<VersionLine>
          rowKey="version"
          size="small"
          pagination={false}
          dataSource={versions}
          aria-label="版本记录"
          columns={[
            { title: '版本', dataIndex: 'version', width: 64, render: (version: number) => `第${version}版` },
            { title: '状态', dataIndex: 'status', width: 88, render: (status: VersionLine['status']) => RECORD_STATUS_LABELS[status] },
            { title: '完成填报时间', dataIndex: 'finalizedAt', width: 140, render: (at: string | null) => (at ? chinaMinuteOf(at) : '—') },
            {
              title: '指纹',
              dataIndex: 'digest',
              width: 170,
              render: (digest: string | null) => (digest ? <span title={digest}>{formatFingerprint(digest.slice(0, DIGEST_SHOWN_DIGITS))}…</span> : '—'),
            },
            { title: '修订原因', dataIndex: 'amendmentReason', render: (reason: string | null) => reason ?? '—' },
            { title: '报送日期', dataIndex: 'submittedOn', width: 120, render: (on: string | null) => (on ? formatChinaDate(on) : '—') },
            {
              title: '操作',
              key: 'actions',
              width: 150,
              render: (_, line) => (
                <Space size={0} wrap>
                  {line.status === 'finalized' && (
                    <Button type="link" size="small" onClick={() => void view(line.version)} aria-label={`查看第${line.version}版`}>
                      查看
                    </Button>
                  )}
                  {line.version > 1 && (
                    <Button type="link" size="small" onClick={() => void compare(line.version)} aria-label={`第${line.version}版与第${line.version - 1}版比较`}>
                      与上一版比较
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Spin>
      <Modal
        open={shown !== undefined}
        width={960}
        footer={null}
        onCancel={() => setShown(undefined)}
        title={shown?.kind === 'version' ? `第${shown.version.version}版` : shown ? `第${shown.before.version}版与第${shown.after.version}版的差异` : ''}
      >
        {shown?.kind === 'version' && (
          <>
            <Space wrap style={{ marginBottom: 16 }}>
              <PrintActions recordId={recordId} version={shown.version.version} />
            </Space>
            {shown.version.finalizedAt && (
              <Typography.Paragraph>
                完成填报于 {chinaMinuteOf(shown.version.finalizedAt)}
                {shown.version.amendmentReason && `；修订原因：${shown.version.amendmentReason}`}
              </Typography.Paragraph>
            )}
            <RecordDocument draft={shown.version.draft} />
          </>
        )}
        {shown?.kind === 'diff' && (
          <VersionDiffTable changes={versionChanges(shown.before.draft, shown.after.draft)} before={shown.before.version} after={shown.after.version} />
        )}
      </Modal>
    </Card>
  );
}
