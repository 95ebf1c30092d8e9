import { Empty, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { chinaMinuteOf } from '../../../src-main/shared/calendar/china-time.ts';
import { useCall } from '../../app/use-call.ts';
import { INTAKE_FLAG_LABELS } from './intake-flags.ts';

type Received = Output<'intake.list'>[number];

// 收到的记录: a plain list of what arrived, newest first, with what still needs a person's attention.
export function ReceivedPage() {
  const call = useCall();
  const [rows, setRows] = useState<Output<'intake.list'>>();
  const refresh = useCallback(() => void call('intake.list', {}).then((list) => list && setRows(list)), [call]);
  useEffect(refresh, [refresh]);

  return (
    <section aria-label="收到的记录">
      <Typography.Title level={3}>收到的记录</Typography.Title>
      {rows && rows.length === 0 && <Empty description="尚未导入任何记录文件" />}
      {rows && rows.length > 0 && (
        <Table<Received>
          aria-label="收到的记录"
          rowKey="fileDigest"
          dataSource={[...rows].sort((a, b) => b.importedAt.localeCompare(a.importedAt))}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: '承办人员', key: 'handler', render: (_v, row) => `${row.handlerName}（${row.handlerUnit}）` },
            { title: '版本', dataIndex: 'version', width: 70, render: (version: number) => `第${String(version)}版` },
            { title: '导入时间', dataIndex: 'importedAt', width: 150, render: (at: string) => chinaMinuteOf(at) },
            {
              title: '状态',
              key: 'state',
              render: (_v, row) => (
                <>
                  {row.paperCheckedAt === null ? <Tag color="gold">未核对纸质件</Tag> : <Tag color="green">已核对纸质件</Tag>}
                  {row.forwardedBy && <Tag color="blue">由{row.forwardedBy.name}转送</Tag>}
                  {row.flags.map((flag) => (
                    <Tag key={flag} color="orange">
                      {INTAKE_FLAG_LABELS[flag]}
                    </Tag>
                  ))}
                </>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
