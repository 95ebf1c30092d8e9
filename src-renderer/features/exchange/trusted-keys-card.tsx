import { ImportOutlined } from '@ant-design/icons';
import { Button, Card, Empty, List, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { describeBody } from '../../../src-main/shared/exchange/exchange-body.ts';
import { chinaMinuteOf } from '../../../src-main/shared/calendar/china-time.ts';
import { useCall } from '../../app/use-call.ts';
import { FingerprintGroups } from './fingerprint-groups.tsx';
import { KeyComparisonDialog } from './key-comparison-dialog.tsx';

type KeyFile = NonNullable<Output<'exchange.chooseKeyFile'>['keyFile']>;

// The bodies whose keys this installation has checked against their printed notices, and the way to add one.
export function TrustedKeysCard({ title, intro }: { title: string; intro: string }) {
  const call = useCall();
  const [trusted, setTrusted] = useState<Output<'exchange.trustedKeys'>>();
  const [comparing, setComparing] = useState<KeyFile>();

  const refresh = useCallback(() => void call('exchange.trustedKeys', {}).then((keys) => keys && setTrusted(keys)), [call]);
  useEffect(refresh, [refresh]);

  const choose = async () => {
    const chosen = await call('exchange.chooseKeyFile', {});
    if (chosen?.keyFile) setComparing(chosen.keyFile);
  };

  return (
    <Card title={title} extra={<Button icon={<ImportOutlined />} onClick={() => void choose()}>导入公钥文件</Button>}>
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      {trusted && trusted.length === 0 && <Empty description="尚未导入任何纪检组织的公钥" />}
      {trusted && trusted.length > 0 && (
        <List
          aria-label={title}
          dataSource={trusted}
          renderItem={(body) => (
            <List.Item key={body.fingerprint}>
              <List.Item.Meta
                title={describeBody(body.body)}
                description={
                  <>
                    <FingerprintGroups fingerprint={body.fingerprint} label={`${describeBody(body.body)}的公钥指纹`} />
                    <div>核对时间：{chinaMinuteOf(body.checkedAt)}</div>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      {comparing && (
        <KeyComparisonDialog
          keyFile={comparing}
          onClose={() => setComparing(undefined)}
          onTrusted={() => {
            setComparing(undefined);
            refresh();
          }}
        />
      )}
    </Card>
  );
}
