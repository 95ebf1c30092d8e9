import { FormOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { ASSESSMENT_CONCLUSION_LABELS, NOT_ASSESSED_LABEL } from '../../../src-main/shared/casework/assessment.ts';
import { DISPOSITION_STATUS_LABELS } from '../../../src-main/shared/casework/disposition.ts';
import { INTAKE_SOURCE_LABELS } from '../../../src-main/shared/casework/inbox-entry.ts';
import { timelinessLabel } from '../../../src-main/shared/casework/timeliness.ts';
import { ReadableTag } from '../../app/readable-tag.tsx';
import { useCall } from '../../app/use-call.ts';
import { InboxFilters, JURISDICTION_FILTER_LABELS, type InboxFilter } from './inbox-filters.tsx';

type Row = Output<'casework.inbox'>[number];

// Typing into the search asks main again only once the typing pauses.
const SEARCH_PAUSE_MS = 250;
// Enough height for about fifteen rows; the table draws only the rows in view, so ten thousand scroll smoothly.
const TABLE_HEIGHT_PX = 560;
const TABLE_WIDTH_PX = 1280;

function jurisdictionTags(row: Row) {
  const flags = (['bureauLevel', 'rankUnknown', 'needsDecision', 'toForward'] as const).filter((flag) => row.jurisdiction[flag]);
  if (flags.length === 0) return '—';
  return flags.map((flag) => (
    <ReadableTag key={flag} color={flag === 'bureauLevel' || flag === 'toForward' ? 'red' : 'orange'}>
      {JURISDICTION_FILTER_LABELS[flag]}
    </ReadableTag>
  ));
}

// 收件箱: every record the body holds, imported or keyed in from paper, with what the body has done about it.
export function InboxPage({ onOpen, onKeyInPaper }: { onOpen: (recordId: string) => void; onKeyInPaper: () => void }) {
  const call = useCall();
  const [filter, setFilter] = useState<InboxFilter>({});
  const [rows, setRows] = useState<Row[]>();
  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      void call('casework.inbox', filter).then((answer) => {
        if (current && answer) setRows(answer);
      });
    }, filter.text === undefined ? 0 : SEARCH_PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [call, filter]);
  const filtered = Object.keys(filter).length > 0;

  return (
    <section aria-label="收件箱">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          收件箱
        </Typography.Title>
        <Button icon={<FormOutlined />} onClick={onKeyInPaper}>
          纸质记录表录入
        </Button>
      </Space>
      <InboxFilters filter={filter} onChange={setFilter} />
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} aria-live="polite">
        {rows === undefined ? '正在读取……' : `共 ${rows.length} 份记录${filtered ? '（已按条件筛选）' : ''}`}
      </Typography.Paragraph>
      <Table<Row>
        virtual
        rowKey="recordId"
        size="small"
        loading={rows === undefined}
        dataSource={rows}
        pagination={false}
        scroll={{ x: TABLE_WIDTH_PX, y: TABLE_HEIGHT_PX }}
        locale={{ emptyText: <Empty description={filtered ? '没有符合条件的记录' : '还没有记录。导入加密记录文件或录入纸质记录表后，记录显示在这里。'} /> }}
        onRow={(row) => ({
          onClick: () => onOpen(row.recordId),
          tabIndex: 0,
          'aria-label': `记录 ${row.recordNumber}`,
          onKeyDown: (event) => {
            if (event.key === 'Enter') onOpen(row.recordId);
          },
          style: { cursor: 'pointer' },
        })}
        columns={[
          { title: '记录编号', dataIndex: 'recordNumber', width: 120, render: (text: string) => <Typography.Text code>{text.slice(0, 9)}…</Typography.Text> },
          {
            title: '来源',
            dataIndex: 'source',
            width: 90,
            render: (source: Row['source']) => (
              <ReadableTag color={source === 'paperEntry' ? 'gold' : 'blue'}>{source === 'paperEntry' ? '纸质录入' : '文件'}</ReadableTag>
            ),
          },
          { title: '承办人员', dataIndex: 'handlerName', width: 90, ellipsis: true },
          { title: '所在单位', dataIndex: 'handlerUnit', width: 140, ellipsis: true },
          {
            title: '插手干预人',
            key: 'interveners',
            width: 150,
            render: (_, row) =>
              row.repeatedIntervener ? (
                <Tooltip title="此插手干预人在其他记录中也出现过">
                  <ReadableTag color="red">重复 · {row.intervenerNames.join('、')}</ReadableTag>
                </Tooltip>
              ) : (
                row.intervenerNames.join('、')
              ),
          },
          { title: '填报时间', dataIndex: 'filedAt', width: 100 },
          { title: '收到日期', dataIndex: 'receivedOn', width: 100 },
          {
            title: '报告时效',
            key: 'timeliness',
            width: 150,
            render: (_, row) => (
              <ReadableTag color={row.timeliness.verdict === 'late' ? 'red' : 'green'} title={row.timeliness.explanation}>
                {timelinessLabel(row.timeliness)}
              </ReadableTag>
            ),
          },
          {
            title: '分析研判',
            dataIndex: 'assessment',
            width: 110,
            render: (assessment: Row['assessment']) => (assessment === 'notAssessed' ? NOT_ASSESSED_LABEL : ASSESSMENT_CONCLUSION_LABELS[assessment]),
          },
          {
            title: '处置',
            key: 'disposition',
            width: 120,
            render: (_, row) => (
              <Space size={2} wrap>
                {DISPOSITION_STATUS_LABELS[row.disposition]}
                {row.reminder && <ReadableTag color="orange" title={row.reminder}>待提醒</ReadableTag>}
              </Space>
            ),
          },
          { title: '管辖', key: 'jurisdiction', render: (_, row) => jurisdictionTags(row) },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        来源：“文件”为{INTAKE_SOURCE_LABELS.importedFile}，“纸质录入”为{INTAKE_SOURCE_LABELS.paperEntry}。查找只在本机内存中进行，不建立明文索引。
      </Typography.Paragraph>
    </section>
  );
}
