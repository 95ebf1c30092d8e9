import { PrinterOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { useCall } from '../../app/use-call.ts';
import { FingerprintGroups } from './fingerprint-groups.tsx';

export type OwnKeyView = NonNullable<Output<'body.status' | 'office.status'>>;

// What a receiving installation (a discipline body or the office) says about its own key, and where it asks.
export interface OwnKey {
  channels:
    | { status: 'body.status'; saveKeyFile: 'body.saveKeyFile'; printKeyNotice: 'body.printKeyNotice' }
    | { status: 'office.status'; saveKeyFile: 'office.saveKeyFile'; printKeyNotice: 'office.printKeyNotice' };
  cardTitle: string;
  // The lines of the key notice that name the holder, as label and value, before the fingerprint.
  identity: (body: OwnKeyView['body']) => readonly (readonly [label: string, value: string])[];
  // Who gets the key file and the sealed notice, and what they must check.
  handOver: string;
}

// This installation's public key: who it names, its fingerprint, and the key file and notice that carry it out.
export function OwnKeyCard({ ownKey, view }: { ownKey: OwnKey; view: OwnKeyView }) {
  const call = useCall();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'save' | 'print'>();

  const saveKeyFile = async () => {
    setBusy('save');
    const saved = await call(ownKey.channels.saveKeyFile, {});
    setBusy(undefined);
    if (saved?.done) void message.success(`公钥文件已保存到 ${saved.path ?? ''}`);
  };
  const printNotice = async () => {
    setBusy('print');
    await call(ownKey.channels.printKeyNotice, {});
    setBusy(undefined);
  };

  return (
    <Card title={ownKey.cardTitle}>
      <Descriptions column={1} size="middle">
        {ownKey.identity(view.body).map(([label, value]) => (
          <Descriptions.Item key={label} label={label}>
            {value}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label="公钥指纹">
          <FingerprintGroups fingerprint={view.fingerprint} label="本机公钥指纹" />
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary">{ownKey.handOver}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<SaveOutlined />} loading={busy === 'save'} onClick={() => void saveKeyFile()}>
          保存公钥文件
        </Button>
        <Button icon={<PrinterOutlined />} loading={busy === 'print'} onClick={() => void printNotice()}>
          打印密钥告知单
        </Button>
      </Space>
    </Card>
  );
}
