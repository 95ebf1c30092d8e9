import { Alert, Button, Card, Empty, Form, InputNumber, Space, Spin, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { chinaMinuteOf } from '../../../src-main/shared/calendar/china-time.ts';
import { SUMMARY_YEAR_MAX, SUMMARY_YEAR_MIN } from '../../../src-main/shared/casework/summary-request.ts';
import { ReadableTag } from '../../app/readable-tag.tsx';
import { useCall } from '../../app/use-call.ts';
import { SummaryBarChart } from '../discipline/summary-bar-chart.tsx';

type Summary = Output<'office.summary'>;
type Unit = Summary['units'][number];
type AggregateTable = Summary['tables'][number];
type AggregateRow = AggregateTable['rows'][number];

function UnitsTable({ units }: { units: Unit[] }) {
  return (
    <Table<Unit>
      aria-label="已报送单位"
      rowKey="fingerprint"
      dataSource={units}
      pagination={false}
      size="small"
      columns={[
        { title: '单位', dataIndex: 'name' },
        {
          title: '报送情况',
          key: 'kind',
          render: (_value, unit) => (
            <>
              {unit.zeroReport ? <ReadableTag color="blue">零报告</ReadableTag> : `记录表 ${String(unit.recordCount)} 份，干预事项 ${String(unit.entryCount)} 项`}
              {unit.equivocation && <ReadableTag color="orange">内容矛盾，请与该单位核对</ReadableTag>}
            </>
          ),
        },
        { title: '签发时间', dataIndex: 'issuedAt', width: 180, render: (at: string) => chinaMinuteOf(at) },
      ]}
    />
  );
}

// One of the body's tables across units: the totals drawn as the body's summary draws them, then the counts
// with a column per unit.
function ByUnitTable({ table, units }: { table: AggregateTable; units: Unit[] }) {
  const unitLabel = table.counts === 'records' ? '份' : '项';
  const totals = { title: table.title, counts: table.counts, rows: table.rows.map(({ key, label, total }) => ({ key, label, count: total })) };
  return (
    <Card size="small" title={<h4 style={{ margin: 0, fontSize: 15 }}>{table.title}</h4>}>
      <SummaryBarChart table={totals} />
      <Table<AggregateRow>
        aria-label={table.title}
        rowKey="key"
        dataSource={table.rows}
        pagination={false}
        size="small"
        scroll={{ x: true }}
        style={{ marginTop: 12 }}
        columns={[
          { title: '项目', dataIndex: 'label', fixed: 'left', width: 260 },
          ...units.map((unit, index) => ({ title: unit.name, key: unit.fingerprint, render: (_value: unknown, row: AggregateRow) => row.byUnit[index] ?? 0 })),
          { title: `合计（${unitLabel}）`, dataIndex: 'total', render: (total: number) => <strong>{total}</strong> },
        ]}
      />
    </Card>
  );
}

// 汇总: one year across the units that reported, the body's own tables with a column per unit and a total, the
// units expected but not yet reported (those whose key files the office checked), and every record by number.
export function OfficeSummaryPage() {
  const call = useCall();
  const [summary, setSummary] = useState<Summary>();
  const [today, setToday] = useState<string>();
  // Main's clock, not the browser's: the year turns in China, and a test's clock applies.
  useEffect(() => {
    void call('office.today', {}).then((answer) => answer && setToday(answer.today));
  }, [call]);
  if (today === undefined) return <Spin aria-label="正在准备" />;
  // Summaries are sent early in the year for the year before.
  const lastYear = Math.min(SUMMARY_YEAR_MAX, Math.max(SUMMARY_YEAR_MIN, Number(today.slice(0, 4)) - 1));

  const show = async ({ year }: { year: number }) => setSummary((await call('office.summary', { year })) ?? undefined);

  return (
    <section aria-label="汇总">
      <Typography.Title level={3}>汇总</Typography.Title>
      <Form<{ year: number }> name="office-summary" layout="inline" initialValues={{ year: lastYear }} onFinish={(values) => void show(values)} style={{ marginBottom: 16 }}>
        <Form.Item label="年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={SUMMARY_YEAR_MIN} max={SUMMARY_YEAR_MAX} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            查看汇总
          </Button>
        </Form.Item>
      </Form>
      {summary && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }} aria-label={`${String(summary.year)}年度各单位汇总`}>
          <Alert
            type={summary.missing.length > 0 ? 'warning' : 'success'}
            showIcon
            title={`${String(summary.year)}年度：已报送 ${String(summary.units.length)} 个单位，未报送 ${String(summary.missing.length)} 个单位；合计记录表 ${String(summary.recordCount)} 份，干预事项 ${String(summary.entryCount)} 项。`}
          />
          <Card title="未报送单位">
            {summary.missing.length === 0 ? (
              <Typography.Text>应报送的单位均已报送。</Typography.Text>
            ) : (
              <ul aria-label="未报送单位" style={{ margin: 0, paddingLeft: 20 }}>
                {summary.missing.map((unit) => (
                  <li key={unit.fingerprint}>{unit.name}</li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="已报送单位">{summary.units.length === 0 ? <Empty description="本年度尚未收到任何单位的汇总" /> : <UnitsTable units={summary.units} />}</Card>
          {summary.tables.map((table) => (
            <ByUnitTable key={table.key} table={table} units={summary.units} />
          ))}
          {summary.records.length > 0 && (
            <Table
              aria-label="记录清单"
              title={() => <strong>记录清单</strong>}
              rowKey={(row) => `${row.unitName}-${row.recordNumber}`}
              dataSource={summary.records}
              pagination={summary.records.length > 50 ? { pageSize: 50 } : false}
              size="small"
              columns={[
                { title: '单位', dataIndex: 'unitName' },
                { title: '记录编号', dataIndex: 'recordNumber' },
                { title: '填报时间', dataIndex: 'filedAt' },
                { title: '事项类别', dataIndex: 'matters' },
                { title: '分析研判', dataIndex: 'assessment' },
                { title: '处置', dataIndex: 'disposition' },
                { title: '报告时限', dataIndex: 'timeliness' },
              ]}
            />
          )}
        </Space>
      )}
    </section>
  );
}
