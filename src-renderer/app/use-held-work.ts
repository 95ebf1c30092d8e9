import { App } from 'antd';
import { useCallback, useEffect } from 'react';
import type { HeldWork, UnsavedWork } from '../features/editor/unsaved-work.ts';

type Modal = ReturnType<typeof App.useApp>['modal'];

// Asks whether to leave typing that would be lost; answers true to leave. Nothing held, nothing asked.
export async function mayLeaveHeldWork(modal: Modal, work: HeldWork | undefined): Promise<boolean> {
  if (!work) return true;
  return modal.confirm({ title: work.title, content: work.content, okText: '仍要离开', cancelText: '留在本页', okButtonProps: { danger: true } });
}

// A page whose typing is written only when finished: the workspace asks before another page replaces it, and the
// returned function asks the same before the page's own way out runs.
export function useHeldWork(unsavedWork: UnsavedWork, work: HeldWork) {
  const { modal } = App.useApp();
  useEffect(() => unsavedWork.hold(work), [unsavedWork, work]);
  return useCallback(
    async (leave: () => void) => {
      if (await mayLeaveHeldWork(modal, work.isHolding() ? work : undefined)) leave();
    },
    [modal, work],
  );
}
