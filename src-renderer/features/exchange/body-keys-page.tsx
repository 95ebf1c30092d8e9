import { PrinterOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { useCall } from '../../app/use-call.ts';
import { FingerprintGroups } from './fingerprint-groups.tsx';
import { SignCalendarCard } from './sign-calendar-card.tsx';
import { TrustedKeysCard } from './trusted-keys-card.tsx';

// 本机密钥: what a handler (or another body) needs to send records here. The key file travels on a USB stick; the
// notice, sealed by the unit, vouches for it on paper.
export function BodyKeysPage() {
  const call = useCall();
  const { message } = App.useApp();
  const [own, setOwn] = useState<Output<'body.status'>>();
  const [busy, setBusy] = useState<'save' | 'print'>();

  useEffect(() => {
    void call('body.status', {}).then((status) => setOwn(status ?? null));
  }, [call]);

  const saveKeyFile = async () => {
    setBusy('save');
    const saved = await call('body.saveKeyFile', {});
    setBusy(undefined);
    if (saved?.done) void message.success(`公钥文件已保存到 ${saved.path ?? ''}`);
  };
  const printNotice = async () => {
    setBusy('print');
    await call('body.printKeyNotice', {});
    setBusy(undefined);
  };

  return (
    <section aria-label="本机密钥">
      <Typography.Title level={3}>本机密钥</Typography.Title>
      {own === undefined && <Spin aria-label="正在读取" />}
      {own && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Card title="本纪检组织的公钥">
            <Descriptions column={1} size="middle">
              <Descriptions.Item label="纪检组织类别">{own.body.kind}</Descriptions.Item>
              <Descriptions.Item label="所在单位">{own.body.unit}</Descriptions.Item>
              <Descriptions.Item label="纪检组织名称">{own.body.name}</Descriptions.Item>
              <Descriptions.Item label="公钥指纹">
                <FingerprintGroups fingerprint={own.fingerprint} label="本机公钥指纹" />
              </Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph type="secondary">
              把公钥文件交给报送记录的承办人员（或需要向本机转送的纪检组织），同时交付加盖本单位公章的密钥告知单。对方导入公钥文件后，须把屏幕上的指纹与告知单逐组核对，一致才可使用。
            </Typography.Paragraph>
            <Space wrap>
              <Button icon={<SaveOutlined />} loading={busy === 'save'} onClick={() => void saveKeyFile()}>
                保存公钥文件
              </Button>
              <Button icon={<PrinterOutlined />} loading={busy === 'print'} onClick={() => void printNotice()}>
                打印密钥告知单
              </Button>
            </Space>
          </Card>
          <TrustedKeysCard
            title="其他纪检组织的公钥"
            intro="转送记录给其他纪检组织，或接收其他纪检组织转送的记录，都须先导入对方的公钥文件，并与对方盖章的密钥告知单核对指纹。"
          />
          <SignCalendarCard />
        </Space>
      )}
    </section>
  );
}
