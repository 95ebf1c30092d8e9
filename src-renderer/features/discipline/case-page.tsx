import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { INTAKE_SOURCE_LABELS } from '../../../src-main/shared/casework/inbox-entry.ts';
import { timelinessLabel } from '../../../src-main/shared/casework/timeliness.ts';
import { formatFingerprint } from '../../../src-main/shared/form/fingerprint-text.ts';
import { formatRecordNumber } from '../../../src-main/shared/form/record-number.ts';
import { ReadableTag } from '../../app/readable-tag.tsx';
import { useCall } from '../../app/use-call.ts';
import { RecordDocument } from '../editor/record-document.tsx';
import { AssessmentPanel } from './assessment-panel.tsx';
import type { CaseFileView, CaseworkSettingsView } from './case-types.ts';
import { DispositionPanel } from './disposition-panel.tsx';
import { JurisdictionPanel } from './jurisdiction-panel.tsx';
import { ReceivedDate } from './received-date-panel.tsx';

type InboxRow = Output<'casework.inbox'>[number];

interface Loaded {
  caseFile: CaseFileView;
  settings: CaseworkSettingsView;
  today: string;
  row: InboxRow | undefined;
}

// One record as the body works on it: the record, how and when it arrived, 分析研判, disposition and jurisdiction.
export function CasePage({ recordId, onBack }: { recordId: string; onBack: () => void }) {
  const call = useCall();
  const [loaded, setLoaded] = useState<Loaded>();
  // The inbox row carries what main reckons with the calendar (timeliness); the record id finds it in memory.
  const rowOf = useCallback(
    async () => (await call('casework.inbox', { text: recordId }))?.find((row) => row.recordId === recordId),
    [call, recordId],
  );
  useEffect(() => {
    void Promise.all([call('casework.get', { recordId }), call('casework.getSettings', {}), call('casework.today', {}), rowOf()]).then(
      ([caseFile, settings, today, row]) => {
        if (caseFile && settings && today) setLoaded({ caseFile, settings, today: today.today, row });
      },
    );
  }, [call, recordId, rowOf]);
  const onChanged = useCallback(
    (caseFile: CaseFileView) => {
      setLoaded((before) => before && { ...before, caseFile });
      void rowOf().then((row) => setLoaded((before) => before && { ...before, row }));
    },
    [rowOf],
  );
  if (!loaded) return <Spin aria-label="正在读取记录" />;
  const { caseFile, settings, today, row } = loaded;
  const { entry } = caseFile;
  const { filedAt, filer, handler, entries, lateNote } = entry.record;
  return (
    <section aria-label="记录办理">
      <Space style={{ marginBottom: 12 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
          返回收件箱
        </Button>
        <Typography.Title level={3} style={{ margin: 0 }}>
          记录 {formatRecordNumber(entry.recordId)}
        </Typography.Title>
      </Space>
      <Descriptions
        bordered
        size="small"
        column={2}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'source',
            label: '来源',
            children: (
              <Space wrap>
                {INTAKE_SOURCE_LABELS[entry.source]}
                {entry.source === 'paperEntry' && <ReadableTag color="gold">据纸质件录入</ReadableTag>}
                {entry.source === 'paperEntry' && entry.file && <ReadableTag color="green">加密文件已到达，指纹一致</ReadableTag>}
              </Space>
            ),
          },
          { key: 'received', label: '收到日期', children: <ReceivedDate caseFile={caseFile} onChanged={onChanged} /> },
          {
            key: 'timeliness',
            label: '报告时效',
            children: row ? (
              <span>
                <ReadableTag color={row.timeliness.verdict === 'late' ? 'red' : 'green'}>{timelinessLabel(row.timeliness)}</ReadableTag>
                自 {row.timeliness.reportStart} 起，期限 {row.timeliness.deadline}
                {row.timeliness.explanation && <Typography.Text type="secondary">（{row.timeliness.explanation}）</Typography.Text>}
              </span>
            ) : (
              '—'
            ),
          },
          {
            key: 'fingerprint',
            label: '记录表指纹',
            children: (
              <Typography.Text code>
                {entry.file ? formatFingerprint(entry.file.fingerprint) : entry.paperFingerprint ? formatFingerprint(entry.paperFingerprint) : '纸质件未载明'}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card size="small" title={<h3 style={{ margin: 0, fontSize: 15 }}>记录表</h3>} style={{ marginBottom: 16 }}>
            <RecordDocument draft={{ filedAt, filer, handler, entries, ...(lateNote ? { lateNote } : {}) }} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <AssessmentPanel key={`a${caseFile.assessments.length}`} caseFile={caseFile} today={today} onChanged={onChanged} />
          <DispositionPanel caseFile={caseFile} settings={settings} today={today} onChanged={onChanged} />
          <JurisdictionPanel caseFile={caseFile} settings={settings} today={today} onChanged={onChanged} />
        </Col>
      </Row>
    </section>
  );
}
