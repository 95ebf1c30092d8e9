import { LockOutlined } from '@ant-design/icons';
import { App, Button, Layout, Menu, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { AboutPage } from '../features/about/about-page.tsx';
import { AuditPage } from '../features/audit/audit-page.tsx';
import { EditorPage } from '../features/editor/editor-page.tsx';
import { createUnsavedWork, type UnsavedWork } from '../features/editor/unsaved-work.ts';
import { RecordsPage } from '../features/records/records-page.tsx';
import { SettingsPage } from '../features/settings/settings-page.tsx';
import { AutoLockGuard } from './auto-lock-guard.tsx';
import { PAGES, type PageKey, type Place } from './pages.ts';
import { useCall } from './use-call.ts';
import { useSession } from './session-context.tsx';

interface PageContentProps {
  place: Place;
  open: (recordId: string) => void;
  create: () => void;
  back: () => void;
  unsavedWork: UnsavedWork;
}

function PageContent({ place, open, create, back, unsavedWork }: PageContentProps) {
  switch (place.page) {
    case 'records':
      return <RecordsPage onOpen={open} onCreate={create} />;
    case 'editor':
      return <EditorPage key={place.recordId} recordId={place.recordId} onBack={back} unsavedWork={unsavedWork} />;
    case 'audit':
      return <AuditPage />;
    case 'settings':
      return <SettingsPage role="handler" />;
    case 'about':
      return <AboutPage />;
  }
}

// The handler's workspace. Where it is lives in this component's state, so locking (which unmounts it) forgets
// which record was open along with the record itself.
export function AppFrame() {
  const [place, setPlace] = useState<Place>({ page: 'records' });
  const [unsavedWork] = useState(createUnsavedWork);
  const call = useCall();
  const { modal } = App.useApp();
  const { onLocked } = useSession();

  // Every move away from the open draft writes it first; if that fails, the person decides whether to leave.
  const leaveTo = useCallback(
    async (next: () => Place | undefined | Promise<Place | undefined>) => {
      const saved = await unsavedWork.flush();
      const leave =
        saved ||
        (await modal.confirm({
          title: '草稿未能保存',
          content: '最近的修改未能保存（原因见页面上方的提示）。仍要离开，这些修改将丢失。',
          okText: '仍要离开',
          cancelText: '留在本页',
        }));
      if (!leave) return;
      const place = await next();
      if (place) setPlace(place);
    },
    [unsavedWork, modal],
  );

  const open = useCallback((recordId: string) => void leaveTo(() => ({ page: 'editor', recordId })), [leaveTo]);
  const back = useCallback(() => void leaveTo(() => ({ page: 'records' })), [leaveTo]);
  const create = useCallback(
    () =>
      void leaveTo(async () => {
        const created = await call('record.create', {});
        return created && { page: 'editor', recordId: created.recordId };
      }),
    [leaveTo, call],
  );
  const navigate = (key: PageKey) => (key === 'editor' ? create() : void leaveTo(() => ({ page: key })));

  // Locking never waits for a decision: the draft is written if it can be, then the vault is locked regardless.
  const lock = async () => {
    await unsavedWork.flush();
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
        <PageContent place={place} open={open} create={create} back={back} unsavedWork={unsavedWork} />
      </Layout.Content>
      <AutoLockGuard unsavedWork={unsavedWork} />
    </Layout>
  );
}
