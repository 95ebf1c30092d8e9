import { LockOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Typography } from 'antd';
import { useState } from 'react';
import { AboutPage } from '../features/about/about-page.tsx';
import { AuditPage } from '../features/audit/audit-page.tsx';
import { EditorPage } from '../features/editor/editor-page.tsx';
import { RecordsPage } from '../features/records/records-page.tsx';
import { SettingsPage } from '../features/settings/settings-page.tsx';
import { PAGES, type PageKey } from './pages.ts';
import { useCall } from './use-call.ts';
import { useSession } from './session-context.tsx';

function PageContent({ page }: { page: PageKey }) {
  switch (page) {
    case 'records':
      return <RecordsPage />;
    case 'editor':
      return <EditorPage />;
    case 'audit':
      return <AuditPage />;
    case 'settings':
      return <SettingsPage />;
    case 'about':
      return <AboutPage />;
  }
}

export function AppFrame() {
  const [page, setPage] = useState<PageKey>('records');
  const call = useCall();
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
          selectedKeys={[page]}
          items={PAGES.map(({ key, label }) => ({ key, label }))}
          onClick={({ key }) => setPage(key as PageKey)}
          aria-label="主导航"
        />
        <div style={{ padding: '16px 24px' }}>
          <Button icon={<LockOutlined />} onClick={() => void lock()} block>
            锁定
          </Button>
        </div>
      </Layout.Sider>
      <Layout.Content style={{ padding: 24 }}>
        <PageContent page={page} />
      </Layout.Content>
    </Layout>
  );
}
