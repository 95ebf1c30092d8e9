import { useEffect, useState } from 'react';
import { describeBody } from '../../src-main/shared/exchange/exchange-body.ts';
import { createUnsavedWork } from '../features/editor/unsaved-work.ts';
import { AutoLockGuard } from './auto-lock-guard.tsx';
import { OFFICE_PAGES } from './office-pages.tsx';
import { useCall } from './use-call.ts';
import { useSession } from './session-context.tsx';
import { WorkspaceLayout } from './workspace-layout.tsx';

// The 领导小组办公室's workspace. Its pages hold no half-typed forms, so leaving one needs no saving; the page
// that was open lives in this component's state and is forgotten at lock.
export function OfficeFrame() {
  const [pageKey, setPageKey] = useState(OFFICE_PAGES[0]?.key ?? 'about');
  const [officeName, setOfficeName] = useState<string>();
  const [unsavedWork] = useState(createUnsavedWork);
  const call = useCall();
  const { onLocked } = useSession();

  useEffect(() => {
    void call('office.status', {}).then((own) => setOfficeName(own ? describeBody(own.body) : undefined));
  }, [call]);

  const lock = async () => {
    await call('vault.lock', {});
    onLocked();
  };
  const page = OFFICE_PAGES.find(({ key }) => key === pageKey) ?? OFFICE_PAGES[0];

  return (
    <>
      <WorkspaceLayout pages={OFFICE_PAGES} current={pageKey} onNavigate={setPageKey} onLock={() => void lock()} subtitle={officeName}>
        {page?.render()}
      </WorkspaceLayout>
      <AutoLockGuard unsavedWork={unsavedWork} />
    </>
  );
}
