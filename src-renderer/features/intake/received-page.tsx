import { App, Button, Descriptions, Empty, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { chinaMinuteOf, formatChinaDate } from '../../../src-main/shared/calendar/china-time.ts';
import { ReadableTag } from '../../app/readable-tag.tsx';
import { useCall } from '../../app/use-call.ts';
import { FingerprintGroups } from '../exchange/fingerprint-groups.tsx';
import { CheckPaperDialog } from './check-paper-dialog.tsx';
import { ForwardDialog } from './forward-dialog.tsx';
import { INTAKE_FLAG_LABELS } from './intake-flags.ts';

type Received = Output<'intake.list'>[number];
type Open = { kind: 'checkPaper' | 'forward'; row: Received };

function StateTags({ row }: { row: Received }) {
  return (
    <>
      {row.paperCheckedAt === null ? <ReadableTag color="gold">未核对纸质件</ReadableTag> : <ReadableTag color="green">已核对纸质件</ReadableTag>}
      {row.forwardedBy && <ReadableTag color="blue">由{row.forwardedBy.name}转送</ReadableTag>}
      {row.flags.map((flag) => (
        <ReadableTag key={flag} color="orange">
          {INTAKE_FLAG_LABELS[flag]}
        </ReadableTag>
      ))}
    </>
  );
}

function Details({ row }: { row: Received }) {
  return (
    <Descriptions column={1} size="small">
      <Descriptions.Item label="填报时间">{formatChinaDate(row.filedAt)}</Descriptions.Item>
      <Descriptions.Item label="报送期限起算日">{formatChinaDate(row.reportStart)}</Descriptions.Item>
      <Descriptions.Item label="文件导出时间">{chinaMinuteOf(row.exportedAt)}</Descriptions.Item>
      <Descriptions.Item label="承办人员签名密钥指纹">
        <FingerprintGroups fingerprint={row.handlerKeyFingerprint} label="承办人员签名密钥指纹" />
      </Descriptions.Item>
      {row.paperCheckedAt !== null && (
        <Descriptions.Item label="纸质件核对">
          {chinaMinuteOf(row.paperCheckedAt)}核对一致，记录表指纹 <FingerprintGroups fingerprint={row.fingerprint} label="记录表指纹" />
        </Descriptions.Item>
      )}
      {row.forwardedBy && (
        <Descriptions.Item label="转送">
          {row.forwardedBy.name}于{chinaMinuteOf(row.forwardedBy.forwardedAt)}转送，理由：{row.forwardedBy.reason}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

// 收到的记录: a plain list of what arrived, newest first, with what still needs a person: the paper to check, a
// handler's changed key to confirm; and the answers the body gives: a receipt, a forward.
export function ReceivedPage() {
  const call = useCall();
  const { message, modal } = App.useApp();
  const [rows, setRows] = useState<Output<'intake.list'>>();
  const [open, setOpen] = useState<Open>();
  const refresh = useCallback(() => void call('intake.list', {}).then((list) => list && setRows(list)), [call]);
  useEffect(refresh, [refresh]);

  const exportReceipt = async (row: Received) => {
    const saved = await call('intake.exportReceipt', { fileDigest: row.fileDigest });
    if (saved?.done) void message.success(`回执已保存到 ${saved.path ?? ''}，请交承办人员导入。`);
  };
  const acceptKeyChange = async (row: Received) => {
    const accepted = await modal.confirm({
      title: '确认承办人员的新密钥',
      content: `${row.handlerName}（${row.handlerUnit}）此次文件的签名密钥与此前不同。只有当面向本人核实、且纸质记录表底部的密钥指纹与下列指纹一致时，才应确认：${row.handlerKeyFingerprint}`,
      okText: '已当面核实，确认新密钥',
      cancelText: '取消',
    });
    if (!accepted) return;
    if (await call('intake.acceptKeyChange', { fileDigest: row.fileDigest })) refresh();
  };

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
          expandable={{ expandedRowRender: (row) => <Details row={row} /> }}
          columns={[
            { title: '承办人员', key: 'handler', render: (_v, row) => `${row.handlerName}（${row.handlerUnit}）` },
            { title: '版本', dataIndex: 'version', width: 70, render: (version: number) => `第${String(version)}版` },
            { title: '导入时间', dataIndex: 'importedAt', width: 150, render: (at: string) => chinaMinuteOf(at) },
            { title: '状态', key: 'state', render: (_v, row) => <StateTags row={row} /> },
            {
              title: '操作',
              key: 'actions',
              render: (_v, row) => (
                <Space wrap size="small">
                  {row.paperCheckedAt === null && (
                    <Button size="small" type="primary" onClick={() => setOpen({ kind: 'checkPaper', row })}>
                      核对纸质件
                    </Button>
                  )}
                  {row.flags.includes('KEY_CHANGED') && (
                    <Button size="small" danger onClick={() => void acceptKeyChange(row)}>
                      确认新密钥
                    </Button>
                  )}
                  <Button size="small" onClick={() => void exportReceipt(row)}>
                    导出回执
                  </Button>
                  <Button size="small" onClick={() => setOpen({ kind: 'forward', row })}>
                    转送
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
      {open?.kind === 'checkPaper' && (
        <CheckPaperDialog
          received={open.row}
          onClose={() => setOpen(undefined)}
          onChecked={() => {
            setOpen(undefined);
            void message.success('纸质件与文件一致。');
            refresh();
          }}
        />
      )}
      {open?.kind === 'forward' && (
        <ForwardDialog
          received={open.row}
          onClose={() => setOpen(undefined)}
          onForwarded={(path) => {
            setOpen(undefined);
            void message.success(`转送文件已保存到 ${path}`);
          }}
        />
      )}
    </section>
  );
}
