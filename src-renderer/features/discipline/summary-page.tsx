import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Space, Spin, Switch, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { SUMMARY_YEAR_MAX, SUMMARY_YEAR_MIN } from '../../../src-main/shared/casework/summary-request.ts';
import { SealedSummaryButton } from './sealed-summary-button.tsx';
import { useCall } from '../../app/use-call.ts';
import { SummaryBarChart } from './summary-bar-chart.tsx';

type Summary = Output<'casework.summary'>;
type SummaryRecord = Summary['records'][number];

interface RequestValues {
  year: number;
  bodyName: string;
  includeNames: boolean;
}

function SignOffBlock({ summary }: { summary: Summary }) {
  const { signOff } = summary;
  return (
    <Card size="small" title={<h3 style={{ margin: 0, fontSize: 15 }}>签批</h3>} style={{ marginBottom: 16 }}>
      <p>
        {signOff.role}（签批）：{signOff.headName ?? '＿＿＿＿＿＿＿＿'}
      </p>
      <p>日期：{signOff.signedOn ?? '＿＿＿＿年＿＿月＿＿日'}</p>
      <Typography.Text type="secondary">第八条：汇总经本单位纪检组织主要负责人签批后报部党风廉政建设责任制领导小组办公室。</Typography.Text>
    </Card>
  );
}

// 年度汇总 (第八条): a chosen year's records and their disposition, counted and charted, with the list of records,
// a 零报告 for a year with none, and the 签批 block; saved as the PDF to sign and an Excel workbook.
export function SummaryPage() {
  const call = useCall();
  const [form] = Form.useForm<RequestValues>();
  const [today, setToday] = useState<string>();
  const [summary, setSummary] = useState<Summary>();
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void call('casework.today', {}).then((answer) => answer && setToday(answer.today));
  }, [call]);
  if (today === undefined) return <Spin aria-label="正在准备" />;

  const produce = async (values: RequestValues) => {
    setSaved(undefined);
    setSummary((await call('casework.summary', values)) ?? undefined);
  };
  // 签批: main refuses anyone but the head, with the reason.
  const signOff = async () => {
    const values = await form.validateFields();
    const signed = await call('casework.signOff', values);
    if (signed) setSummary(signed);
  };
  const save = async () => {
    const values = await form.validateFields();
    setBusy(true);
    const answer = await call('casework.saveSummary', values);
    setBusy(false);
    if (answer?.done) setSaved(`已保存：${answer.pdfPath ?? ''} 和 ${answer.xlsxPath ?? ''}`);
  };
  // Reports are made early in the year for the year before.
  const lastYear = Number(today.slice(0, 4)) - 1;

  return (
    <section aria-label="年度汇总">
      <Typography.Title level={3}>年度汇总</Typography.Title>
      <Form<RequestValues>
        form={form}
        name="summary"
        layout="inline"
        initialValues={{ year: Math.max(SUMMARY_YEAR_MIN, lastYear), bodyName: '', includeNames: false }}
        onFinish={(values) => void produce(values)}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item label="年度" name="year" rules={[{ required: true, message: '请选择年度' }]}>
          <InputNumber min={SUMMARY_YEAR_MIN} max={SUMMARY_YEAR_MAX} />
        </Form.Item>
        <Form.Item label="纪检组织名称" name="bodyName" rules={[{ required: true, message: '请填写纪检组织名称' }]}>
          <Input style={{ width: 260 }} />
        </Form.Item>
        <Form.Item label="记录清单列出姓名" name="includeNames" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              生成汇总
            </Button>
            <Button onClick={() => void signOff()} disabled={!summary}>
              签批
            </Button>
            <Button onClick={() => void save()} loading={busy} disabled={!summary}>
              保存 PDF 和 Excel
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {saved && <Alert type="success" showIcon title={saved} style={{ marginBottom: 16 }} />}
      {summary && (
        <article aria-label={`${summary.year}年度汇总`}>
          <Typography.Title level={4}>
            {summary.bodyName} {summary.year}年度领导干部插手干预重大事项记录、处置情况汇总
          </Typography.Title>
          <div style={{ marginBottom: 16 }}>
            <SealedSummaryButton year={summary.year} includeNames={summary.records.some((row) => row.names !== undefined)} />
          </div>
          {summary.zeroReport ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={`零报告：${summary.year}年度本单位未收到领导干部插手干预重大事项记录。`}
            />
          ) : (
            <>
              <Typography.Paragraph>
                {summary.year}年度共收到记录表 {summary.recordCount} 份，干预具体情况 {summary.entryCount} 项。
                {summary.estimatedTimelinessCount > 0 && `其中 ${summary.estimatedTimelinessCount} 份的报告时效为推算。`}
              </Typography.Paragraph>
              <Row gutter={16}>
                {Object.entries(summary.tables).map(([key, table]) => (
                  <Col xs={24} xxl={12} key={key}>
                    <Card size="small" title={<h3 style={{ margin: 0, fontSize: 15 }}>{table.title}</h3>} style={{ marginBottom: 16 }}>
                      <SummaryBarChart table={table} />
                      <Typography.Text type="secondary">单位：{table.counts === 'records' ? '份记录' : '项干预具体情况'}</Typography.Text>
                    </Card>
                  </Col>
                ))}
              </Row>
              <Typography.Title level={5}>记录清单</Typography.Title>
              <Table<SummaryRecord>
                rowKey="recordNumber"
                size="small"
                dataSource={summary.records}
                pagination={{ pageSize: 20, showSizeChanger: false }}
                style={{ marginBottom: 16 }}
                columns={[
                  { title: '记录编号', dataIndex: 'recordNumber' },
                  { title: '填报时间', dataIndex: 'filedAt' },
                  { title: '收到日期', dataIndex: 'receivedOn' },
                  { title: '来源', dataIndex: 'source' },
                  { title: '重大事项', dataIndex: 'matters' },
                  { title: '研判', dataIndex: 'assessment' },
                  { title: '处置', dataIndex: 'disposition' },
                  { title: '时效', dataIndex: 'timeliness' },
                  ...(summary.records.some((record) => record.names)
                    ? [
                        { title: '承办人员', key: 'handler', render: (_: unknown, record: SummaryRecord) => record.names?.handler ?? '' },
                        { title: '插手干预人', key: 'interveners', render: (_: unknown, record: SummaryRecord) => record.names?.interveners.join('、') ?? '' },
                      ]
                    : []),
                ]}
              />
            </>
          )}
          <SignOffBlock summary={summary} />
        </article>
      )}
    </section>
  );
}
