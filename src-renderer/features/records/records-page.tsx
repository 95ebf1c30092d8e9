import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Input, Segmented, Space, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { RECORD_STATUS_LABELS } from '../../../src-main/shared/form/record.ts';
import { RECIPIENT_SHORT_NAMES } from '../../../src-main/shared/routing/route-record.ts';
import { chinaMinuteOf, formatChinaDate } from '../../../src-main/shared/calendar/china-time.ts';
import type { Output } from '../../../src-main/contract/index.ts';
import { useCall } from '../../app/use-call.ts';
import { dateText } from '../editor/record-fields.ts';
import { BackupReminder } from './backup-reminder.tsx';
import { DeadlineTag, WRAPPING } from './deadline-tag.tsx';
import { ReadableTag } from '../../app/readable-tag.tsx';
import { describeLateness } from '../../../src-main/shared/form/lateness.ts';
import { BEFORE_RULE_EXPLANATION, BEFORE_RULE_FLAG } from '../../../src-main/shared/calendar/rule-in-force.ts';

type Listing = Output<'record.list'>;
type Summary = Listing['records'][number];
type StatusFilter = 'all' | Summary['status'] | 'submitted';

const DUE_SOON_WORKING_DAYS = 2;
const NOT_URGENT = 2;

// 0 overdue, 1 due soon, 2 anything else (handed over, or time to spare, or no deadline yet).
function urgency(summary: Summary): number {
  const deadline = summary.assessment.deadline;
  if (summary.submittedOn || !deadline) return NOT_URGENT;
  if (deadline.overdue) return 0;
  return deadline.workingDaysRemaining <= DUE_SOON_WORKING_DAYS ? 1 : NOT_URGENT;
}

function matches(summary: Summary, status: StatusFilter, search: string): boolean {
  if (status === 'submitted' ? summary.submittedOn === null : status !== 'all' && summary.status !== status) return false;
  const needle = search.trim();
  return needle === '' || [...summary.matters, ...summary.interveners].some((text) => text.includes(needle));
}

export function RecordsPage({ onOpen, onCreate }: { onOpen: (recordId: string) => void; onCreate: () => void }) {
  const call = useCall();
  const [listing, setListing] = useState<Listing>();
  const records = listing?.records;
  const [status, setStatus] = useState<StatusFilter>('all');
  const [search, setSearch] = useState('');
  useEffect(() => {
    void call('record.list', {}).then((answer) => setListing(answer ?? { total: 0, records: [], unreadable: [] }));
  }, [call]);
  // What needs handing over soonest first (overdue, then due within 2 working days, nearest deadline first), then
  // the most recently saved: main answers in storage order, which means nothing to a reader.
  const shown = useMemo(
    () =>
      records
        ?.filter((summary) => matches(summary, status, search))
        .sort(
          (a, b) =>
            urgency(a) - urgency(b) ||
            (urgency(a) < NOT_URGENT ? (a.assessment.deadline?.deadline ?? '').localeCompare(b.assessment.deadline?.deadline ?? '') : 0) ||
            b.savedAt.localeCompare(a.savedAt) ||
            a.recordId.localeCompare(b.recordId),
        ),
    [records, status, search],
  );

  return (
    <section aria-label="记录列表">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          记录列表
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
          新建记录表
        </Button>
      </Space>
      <BackupReminder />
      <Space style={{ marginBottom: 16 }} wrap>
        <Segmented<StatusFilter>
          value={status}
          onChange={setStatus}
          options={[
            { value: 'all', label: '全部' },
            { value: 'draft', label: RECORD_STATUS_LABELS.draft },
            { value: 'finalized', label: RECORD_STATUS_LABELS.finalized },
            { value: 'submitted', label: '已报送' },
          ]}
        />
        <Input.Search
          allowClear
          placeholder="按重大事项名称或插手干预人姓名查找"
          aria-label="查找记录"
          onChange={(event) => setSearch(event.target.value)}
          style={{ width: 320 }}
        />
      </Space>
      {listing && listing.unreadable.length > 0 && <UnreadableRecords unreadable={listing.unreadable} />}
      <Table<Summary>
        rowKey="recordId"
        loading={records === undefined}
        dataSource={shown}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        locale={{
          emptyText:
            records && records.length > 0 ? (
              <Empty description="没有符合条件的记录" />
            ) : (
              <Empty description="还没有记录。发现领导干部插手干预重大事项时，点击“新建记录表”如实记录。" />
            ),
        }}
        onRow={(summary) => ({
          onClick: () => onOpen(summary.recordId),
          // Reachable with Tab and opened with Enter, like a link.
          tabIndex: 0,
          onKeyDown: (event) => {
            if (event.key === 'Enter') onOpen(summary.recordId);
          },
          style: { cursor: 'pointer' },
        })}
        columns={[
          {
            title: '状态',
            key: 'status',
            width: 140,
            render: (_, summary) => (
              <ReadableTag color={summary.submittedOn ? 'green' : summary.status === 'draft' ? 'default' : 'blue'}>
                {summary.submittedOn ? '已报送' : RECORD_STATUS_LABELS[summary.status]}
                {summary.version > 1 ? ` · 第${summary.version}版` : ''}
              </ReadableTag>
            ),
          },
          { title: '填报时间', dataIndex: 'filedAt', width: 110, render: (filedAt: string | null) => filedAt ?? '—' },
          { title: '干预时间', dataIndex: 'occurredAt', width: 150, render: (occurredAt: string | null) => dateText(occurredAt) || '—' },
          {
            title: '重大事项',
            key: 'matters',
            ellipsis: { showTitle: true },
            render: (_, summary) => (summary.matters.length > 0 ? summary.matters.join('；') : <Typography.Text type="secondary">未填写</Typography.Text>),
          },
          { title: '插手干预人', key: 'interveners', width: 120, render: (_, summary) => summary.interveners.join('、') || '—' },
          {
            title: '报送',
            key: 'recipients',
            width: 130,
            render: (_, summary) =>
              summary.assessment.routing?.recipients.map((route) => (
                <ReadableTag color="default" key={route.recipient} title={route.name}>
                  {RECIPIENT_SHORT_NAMES[route.recipient]}
                </ReadableTag>
              )) ?? '—',
          },
          {
            title: '报送期限',
            key: 'deadline',
            width: 200,
            render: (_, summary) => (
              <Space size={4} wrap>
                {summary.submittedOn ? (
                  `已于${formatChinaDate(summary.submittedOn)}报送`
                ) : summary.assessment.deadline === null && summary.assessment.beforeRule.length > 0 ? (
                  <ReadableTag color="default" title={BEFORE_RULE_EXPLANATION}>{BEFORE_RULE_FLAG}</ReadableTag>
                ) : (
                  <DeadlineTag deadline={summary.assessment.deadline} />
                )}
                {summary.lateness && (
                  <ReadableTag color="red" data-testid="lateness" style={WRAPPING}>
                    {describeLateness(summary.lateness)}
                    {summary.lateness.stage === 'submitted' ? '报送' : '完成填报'}
                  </ReadableTag>
                )}
              </Space>
            ),
          },
          // Only where there is room for it (1600 px and wider): at 1366 px the matter itself comes first.
          { title: '最后保存', dataIndex: 'savedAt', width: 150, responsive: ['xxl'], render: (savedAt: string) => chinaMinuteOf(savedAt) },
        ]}
      />
    </section>
  );
}

// A record that cannot be read is named with why; every other record stays in the table below.
function UnreadableRecords({ unreadable }: { unreadable: Listing['unreadable'] }) {
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={`有 ${unreadable.length} 份记录表无法读取，其他记录不受影响`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {unreadable.map((row) => (
            <li key={`${row.recordId}-${row.version}`}>{row.message}</li>
          ))}
        </ul>
      }
    />
  );
}
