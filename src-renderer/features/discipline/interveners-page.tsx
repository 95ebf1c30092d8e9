import { Button, Descriptions, Empty, Space, Table, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { formatRecordNumber } from '../../../src-main/shared/form/record-number.ts';
import { ReadableTag } from '../../app/readable-tag.tsx';
import { useCall } from '../../app/use-call.ts';

type Identity = Output<'intervener.list'>[number];

const counts = (items: readonly { label: string; count: number }[]) => items.map((item) => `${item.label} ${item.count}`).join('；') || '—';

function IdentityDetail({ identity, onOpen }: { identity: Identity; onOpen: (recordId: string) => void }) {
  return (
    <div>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'years', label: '按年度', children: counts(identity.byYear.map(({ year, count }) => ({ label: `${year}年`, count }))) },
          { key: 'matters', label: '按重大事项类别', children: counts(identity.byMatterCategory) },
          { key: 'handlers', label: '按承办人员', children: counts(identity.handlers.map(({ name, count }) => ({ label: name, count }))) },
          { key: 'keys', label: '识别依据（姓名｜单位）', children: identity.keys.join('；') },
        ]}
      />
      <Typography.Title level={5}>时间线</Typography.Title>
      <Timeline
        items={identity.timeline.map((appearance) => ({
          key: `${appearance.recordId}-${appearance.entryIndex}`,
          children: (
            <span>
              {appearance.occurredOn} {appearance.name}（{appearance.unit}，{appearance.post}）就“{appearance.matterName}”插手干预，承办人员{appearance.handlerName}
              <Button type="link" size="small" onClick={() => onOpen(appearance.recordId)}>
                打开记录 {formatRecordNumber(appearance.recordId).slice(0, 9)}…
              </Button>
            </span>
          ),
        }))}
      />
    </div>
  );
}

// 插手干预人: everyone named across the records, the same person recognised by name and unit and by the body's
// merges; one named on more than one record is marked.
export function IntervenersPage({ onOpen }: { onOpen: (recordId: string) => void }) {
  const call = useCall();
  const [identities, setIdentities] = useState<Identity[]>();
  const [selected, setSelected] = useState<string[]>([]);
  useEffect(() => {
    void call('intervener.list', {}).then((answer) => setIdentities(answer ?? []));
  }, [call]);
  const merge = async () => {
    const keys = identities?.filter((identity) => selected.includes(identity.key)).flatMap((identity) => identity.keys) ?? [];
    const answer = await call('intervener.merge', { keys });
    if (answer) {
      setIdentities(answer);
      setSelected([]);
    }
  };
  const split = async (mergeId: string) => {
    const answer = await call('intervener.split', { mergeId });
    if (answer) setIdentities(answer);
  };
  return (
    <section aria-label="插手干预人">
      <Typography.Title level={3}>插手干预人</Typography.Title>
      <Typography.Paragraph type="secondary">
        按姓名和单位识别同一人（忽略全角半角、空格和标点），不作模糊猜测；确属同一人的（例如调动单位后），勾选后合并；合并有误的可拆分。
      </Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        <Button disabled={selected.length < 2} onClick={() => void merge()}>
          合并为同一人（已选 {selected.length} 项）
        </Button>
      </Space>
      <Table<Identity>
        rowKey="key"
        size="small"
        loading={identities === undefined}
        dataSource={identities}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        locale={{ emptyText: <Empty description="还没有记录" /> }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(String)),
          getCheckboxProps: (identity) => ({ 'aria-label': `选择 ${identity.name}（${identity.unit}）` }),
        }}
        expandable={{ expandedRowRender: (identity) => <IdentityDetail identity={identity} onOpen={onOpen} /> }}
        columns={[
          {
            title: '姓名',
            dataIndex: 'name',
            render: (name: string, identity) => (
              <Space size={4}>
                {name}
                {identity.repeated && <ReadableTag color="red">多次出现</ReadableTag>}
                {identity.mergeId && <ReadableTag color="blue">已合并</ReadableTag>}
              </Space>
            ),
          },
          { title: '单位', dataIndex: 'unit' },
          { title: '记录数', key: 'records', width: 90, render: (_, identity) => identity.recordIds.length },
          { title: '年度', key: 'years', render: (_, identity) => identity.byYear.map(({ year, count }) => `${year}年${count}次`).join('、') },
          { title: '承办人员', key: 'handlers', render: (_, identity) => identity.handlers.map(({ name }) => name).join('、') },
          {
            title: '操作',
            key: 'actions',
            width: 90,
            render: (_, identity) =>
              identity.mergeId && (
                <Button size="small" onClick={() => void split(identity.mergeId ?? '')}>
                  拆分
                </Button>
              ),
          },
        ]}
      />
    </section>
  );
}
