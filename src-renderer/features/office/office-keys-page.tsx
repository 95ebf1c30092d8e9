import { PrinterOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { useCall } from '../../app/use-call.ts';
import { FingerprintGroups } from '../exchange/fingerprint-groups.tsx';
import { TrustedKeysCard } from '../exchange/trusted-keys-card.tsx';

// 密钥: the office's own key file and notice, which each unit's discipline body imports to seal its summary here,
// and the units' key files the office checked: those units are the ones expected to report every year.
export function OfficeKeysPage() {
  const call = useCall();
  const { message } = App.useApp();
  const [own, setOwn] = useState<Output<'office.status'>>();
  const [busy, setBusy] = useState<'save' | 'print'>();

  useEffect(() => {
    void call('office.status', {}).then((status) => setOwn(status ?? null));
  }, [call]);

  const saveKeyFile = async () => {
    setBusy('save');
    const saved = await call('office.saveKeyFile', {});
    setBusy(undefined);
    if (saved?.done) void message.success(`公钥文件已保存到 ${saved.path ?? ''}`);
  };
  const printNotice = async () => {
    setBusy('print');
    await call('office.printKeyNotice', {});
    setBusy(undefined);
  };

  return (
    <section aria-label="密钥">
      <Typography.Title level={3}>密钥</Typography.Title>
      {own === undefined && <Spin aria-label="正在读取" />}
      {own && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Card title="本办公室的公钥">
            <Descriptions column={1} size="middle">
              <Descriptions.Item label="所在单位">{own.body.unit}</Descriptions.Item>
              <Descriptions.Item label="名称">{own.body.name}</Descriptions.Item>
              <Descriptions.Item label="公钥指纹">
                <FingerprintGroups fingerprint={own.fingerprint} label="本机公钥指纹" />
              </Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph type="secondary">
              把公钥文件交给各单位纪检组织，同时交付加盖公章的密钥告知单；各单位导入后须逐组核对指纹，一致才可用它加密报送年度汇总。
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
            title="各单位纪检组织的公钥"
            intro="导入各单位纪检组织的公钥文件，并与其盖章的密钥告知单核对指纹。导入了公钥的单位即为应报送年度汇总的单位；未报送的单位列在“汇总”页。"
          />
        </Space>
      )}
    </section>
  );
}
