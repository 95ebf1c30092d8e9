import { Space, Spin, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useCall } from '../../app/use-call.ts';
import { OwnKeyCard, type OwnKey, type OwnKeyView } from './own-key-card.tsx';
import { TrustedKeysCard } from './trusted-keys-card.tsx';

interface KeysPageProps {
  title: string;
  ownKey: OwnKey;
  // Whose key files this installation checks, and why.
  trustedKeys: { title: string; intro: string };
  // Cards only this role has, after the keys.
  children?: ReactNode;
}

// The keys page of a receiving installation (a discipline body or the office): its own key first, then the keys
// it checked against their notices.
export function KeysPage({ title, ownKey, trustedKeys, children }: KeysPageProps) {
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
          <TrustedKeysCard title={trustedKeys.title} intro={trustedKeys.intro} />
          {children}
        </Space>
      )}
    </section>
  );
}
