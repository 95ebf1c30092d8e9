import { App } from 'antd';
import { useEffect, useState } from 'react';
import { describeBody } from '../../src-main/shared/exchange/exchange-body.ts';
import { createUnsavedWork } from '../features/editor/unsaved-work.ts';
import { AutoLockGuard } from './auto-lock-guard.tsx';
import { DISCIPLINE_PAGES } from './discipline-pages.tsx';
import { useCall } from './use-call.ts';
import { mayLeaveHeldWork } from './use-held-work.ts';
import { useSession } from './session-context.tsx';
import { WorkspaceLayout } from './workspace-layout.tsx';

// The discipline body's workspace. Like the handler's, it lives in this component's state, so locking (which
// unmounts it) forgets which page was open along with everything shown on it.
export function DisciplineFrame() {
  const [pageKey, setPageKey] = useState(DISCIPLINE_PAGES[0]?.key ?? 'about');
  const [bodyName, setBodyName] = useState<string>();
  const [unsavedWork] = useState(createUnsavedWork);
  const call = useCall();
  const { modal } = App.useApp();
  const { onLocked } = useSession();

  useEffect(() => {
    void call('body.status', {}).then((own) => setBodyName(own ? describeBody(own.body) : undefined));
  }, [call]);

  // As in the handler's workspace: what a page has not yet written is written before it is left or locked; what
  // it cannot write yet (a form not finished) is left only when the person says so.
  const navigate = async (key: string) => {
    const leave =
      ((await unsavedWork.flush()) ||
        (await modal.confirm({
          title: '修改未能保存',
          content: '最近的修改未能保存（原因见页面上方的提示）。仍要离开，这些修改将丢失。',
          okText: '仍要离开',
          cancelText: '留在本页',
        }))) &&
      (await mayLeaveHeldWork(modal, unsavedWork.held()));
    if (leave) setPageKey(key);
  };
  const lock = async () => {
    await unsavedWork.flush();
    await call('vault.lock', {});
    onLocked();
  };
  const page = DISCIPLINE_PAGES.find(({ key }) => key === pageKey) ?? DISCIPLINE_PAGES[0];

  return (
    <>
      <WorkspaceLayout pages={DISCIPLINE_PAGES} current={pageKey} onNavigate={(key) => void navigate(key)} onLock={() => void lock()} subtitle={bodyName}>
        {page?.render({ unsavedWork })}
      </WorkspaceLayout>
      <AutoLockGuard unsavedWork={unsavedWork} />
    </>
  );
}
