import { Space, Spin, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useCall } from '../../app/use-call.ts';
import { OwnKeyCard, type OwnKey, type OwnKeyView } from './own-key-card.tsx';

// The keys page of a receiving installation: its own key first, then the cards of the keys it deals in.
export function OwnKeyPage({ title, ownKey, children }: { title: string; ownKey: OwnKey; children: ReactNode }) {
  const call = useCall();
  const [own, setOwn] = useState<OwnKeyView | null>();

  useEffect(() => {
    void call(ownKey.channels.status, {}).then((status) => setOwn(status ?? null));
  }, [call, ownKey.channels.status]);

  return (
    <section aria-label={title}>
      <Typography.Title level={3}>{title}</Typography.Title>
      {own === undefined && <Spin aria-label="正在读取" />}
      {own && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <OwnKeyCard ownKey={ownKey} view={own} />
          {children}
        </Space>
      )}
    </section>
  );
}
