import { useEffect, useState } from 'react';
import type { Output } from '../../src-main/contract/index.ts';
import { invoke } from '../api.ts';

// How often the page asks how far a running import has come: often enough for the bar to move smoothly.
const PROGRESS_POLL_MS = 250;

// The imports that report their progress: record files at a body, summary files at the office.
export type ProgressChannel = 'intake.progress' | 'office.importProgress';

// Polls main's progress while `active`; the import's own answer (the report) arrives separately when it ends.
export function useImportProgress(channel: ProgressChannel, active: boolean): Output<ProgressChannel> | undefined {
  const [progress, setProgress] = useState<Output<ProgressChannel>>();
  useEffect(() => {
    if (!active) return;
    let live = true;
    const poll = () =>
      void invoke(channel, {}).then((result) => {
        if (live && result.ok) setProgress(result.value);
      });
    poll();
    const timer = window.setInterval(poll, PROGRESS_POLL_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
      setProgress(undefined);
    };
  }, [channel, active]);
  return progress;
}
