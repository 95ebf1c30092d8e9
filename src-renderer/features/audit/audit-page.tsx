import { Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { chinaMinuteOf, chinaTimeOf, formatChinaDate } from '../../../src-main/shared/calendar/china-time.ts';
import { formatRecordNumber } from '../../../src-main/shared/form/record-number.ts';
import { useCall } from '../../app/use-call.ts';
import { ReadableTag } from '../../app/readable-tag.tsx';
import { AuditActor } from './audit-actor.tsx';

type Entry = Output<'audit.list'>[number];

const DATE_CHARS = 'YYYY-MM-DD'.length;

export function AuditPage() {
  const call = useCall();
  const [entries, setEntries] = useState<Entry[]>();
  useEffect(() => {
    void call('audit.list', {}).then((value) => setEntries(value ? [...value].reverse() : []));
  }, [call]);

  return (
    <section aria-label="操作日志">
      <Typography.Title level={3}>操作日志</Typography.Title>
      <Typography.Paragraph type="secondary">
        本机数据库的每一次解锁、填写、完成填报、修订、打印、导出和设置变更都记录在此。日志加密保存并以哈希链相连，任何删改都会在解锁时被发现。设有多个工作人员账户时，每条记录注明操作人，并由其本人的签名密钥签名。
      </Typography.Paragraph>
      <Table<Entry>
        rowKey="seq"
        loading={entries === undefined}
        dataSource={entries}
        size="middle"
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: '序号', dataIndex: 'seq', width: 80 },
          // China time, like the rest of the app, whatever zone this computer is set to.
          { title: '时间', dataIndex: 'at', width: 200, render: (at: string) => `${formatChinaDate(chinaMinuteOf(at).slice(0, DATE_CHARS))} ${chinaTimeOf(at)}` },
          { title: '操作', dataIndex: 'actionLabel' },
          { title: '操作人', key: 'actor', width: 180, render: (_, entry) => <AuditActor entry={entry} /> },
          {
            title: '对象',
            key: 'target',
            render: (_, entry) => (entry.target ? `编号 ${formatRecordNumber(entry.target.recordId)} 第${entry.target.version}版` : '—'),
          },
          {
            title: '说明',
            key: 'note',
            render: (_, entry) => (
              <>
                {entry.note}
                {entry.unverified && <ReadableTag color="orange">锁定期间记录，未经口令验证</ReadableTag>}
              </>
            ),
          },
        ]}
      />
    </section>
  );
}
