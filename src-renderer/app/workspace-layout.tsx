import { LockOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Typography } from 'antd';
import type { ReactNode } from 'react';

interface WorkspaceLayoutProps {
  pages: readonly { key: string; label: string }[];
  current: string;
  onNavigate: (key: string) => void;
  onLock: () => void;
  // Says whose workspace this is under the app's name (a discipline body's own name, for instance).
  subtitle?: string | undefined;
  children: ReactNode;
}

// The frame around a workspace: the navigation on the left with the lock button under it, the page beside it.
export function WorkspaceLayout({ pages, current, onNavigate, onLock, subtitle, children }: WorkspaceLayoutProps) {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <Typography.Title level={4} style={{ padding: '16px 24px 0', margin: 0 }}>
          留痕
        </Typography.Title>
        {subtitle && (
          <Typography.Paragraph type="secondary" style={{ padding: '4px 24px 0', margin: 0 }}>
            {subtitle}
          </Typography.Paragraph>
        )}
        <Menu
          mode="inline"
          selectedKeys={[current]}
          items={pages.map(({ key, label }) => ({ key, label }))}
          onClick={({ key }) => onNavigate(key)}
          aria-label="主导航"
          style={{ marginTop: 8 }}
        />
        <div style={{ padding: '16px 24px' }}>
          <Button icon={<LockOutlined />} onClick={onLock} block>
            锁定
          </Button>
        </div>
      </Layout.Sider>
      <Layout.Content style={{ padding: 24 }}>{children}</Layout.Content>
    </Layout>
  );
}
