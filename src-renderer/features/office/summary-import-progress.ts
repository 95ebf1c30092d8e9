import { useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { invoke } from '../../api.ts';

const PROGRESS_POLL_MS = 250;

type Progress = Output<'office.importProgress'>;

// Polls main's progress while `active`; the import's own answer (the report) arrives when it ends.
export function useSummaryImportProgress(active: boolean): Progress | undefined {
  const [progress, setProgress] = useState<Progress>();
  useEffect(() => {
    if (!active) return;
    let live = true;
    const poll = () =>
      void invoke('office.importProgress', {}).then((result) => {
        if (live && result.ok) setProgress(result.value);
      });
    poll();
    const timer = window.setInterval(poll, PROGRESS_POLL_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
      setProgress(undefined);
    };
  }, [active]);
  return progress;
}
