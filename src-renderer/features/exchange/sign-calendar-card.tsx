import { SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useCall } from '../../app/use-call.ts';

// 签发日历包: next year's holidays reach handlers' machines only as packs. Signed here, with the body's key, a
// pack is taken in one step by every handler who checked that key against the notice.
export function SignCalendarCard() {
  const call = useCall();
  const { message } = App.useApp();
  const [sequence, setSequence] = useState<number | null>(1);
  const [busy, setBusy] = useState(false);

  const sign = async () => {
    if (sequence === null) return;
    setBusy(true);
    const saved = await call('body.signCalendarPack', { sequence });
    setBusy(false);
    if (saved?.done) void message.success(`签名日历包已保存到 ${saved.path ?? ''}`);
  };

  return (
    <Card title="签发日历包">
      <Typography.Paragraph type="secondary">
        国务院办公厅公布新一年的节假日安排后，按程序文档的格式整理成日历包，在此用本机密钥签名，随公钥文件一同交给承办人员。同一年份再次签发更正版本时，序号须大于上一次。
      </Typography.Paragraph>
      <Space wrap align="end">
        <Form.Item label="序号" htmlFor="calendar-sequence" style={{ marginBottom: 0 }}>
          <InputNumber id="calendar-sequence" min={1} max={9999} precision={0} value={sequence} onChange={setSequence} />
        </Form.Item>
        <Button icon={<SafetyCertificateOutlined />} loading={busy} disabled={sequence === null} onClick={() => void sign()}>
          选择日历包并签名
        </Button>
      </Space>
    </Card>
  );
}
