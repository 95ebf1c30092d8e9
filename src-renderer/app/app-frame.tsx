import { LockOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { AboutPage } from '../features/about/about-page.tsx';
import { AuditPage } from '../features/audit/audit-page.tsx';
import { EditorPage } from '../features/editor/editor-page.tsx';
import { RecordsPage } from '../features/records/records-page.tsx';
import { SettingsPage } from '../features/settings/settings-page.tsx';
import { PAGES, type PageKey, type Place } from './pages.ts';
import { useCall } from './use-call.ts';
import { useSession } from './session-context.tsx';

interface PageContentProps {
  place: Place;
  open: (recordId: string) => void;
  create: () => void;
  back: () => void;
}

function PageContent({ place, open, create, back }: PageContentProps) {
  switch (place.page) {
    case 'records':
      return <RecordsPage onOpen={open} onCreate={create} />;
    case 'editor':
      return <EditorPage key={place.recordId} recordId={place.recordId} onBack={back} />;
    case 'audit':
      return <AuditPage />;
    case 'settings':
      return <SettingsPage />;
    case 'about':
      return <AboutPage />;
  }
}

export function AppFrame() {
  const [place, setPlace] = useState<Place>({ page: 'records' });
  const call = useCall();
  const open = useCallback((recordId: string) => setPlace({ page: 'editor', recordId }), []);
  const back = useCallback(() => setPlace({ page: 'records' }), []);
  const create = useCallback(() => {
    void call('record.create', {}).then((detail) => detail && setPlace({ page: 'editor', recordId: detail.recordId }));
  }, [call]);
  const navigate = (key: PageKey) => (key === 'editor' ? create() : setPlace({ page: key }));
  const { onLocked } = useSession();
  const lock = async () => {
    await call('vault.lock', {});
    onLocked();
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <Typography.Title level={4} style={{ padding: '16px 24px', margin: 0 }}>
          留痕
        </Typography.Title>
        <Menu
          mode="inline"
          selectedKeys={[place.page]}
          items={PAGES.map(({ key, label }) => ({ key, label }))}
          onClick={({ key }) => navigate(key as PageKey)}
          aria-label="主导航"
        />
        <div style={{ padding: '16px 24px' }}>
          <Button icon={<LockOutlined />} onClick={() => void lock()} block>
            锁定
          </Button>
        </div>
      </Layout.Sider>
      <Layout.Content style={{ padding: 24 }}>
        <PageContent place={place} open={open} create={create} back={back} />
      </Layout.Content>
    </Layout>
  );
}
