import { Alert, Button, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Output } from '../../src-main/contract/index.ts';
import { invoke } from '../api.ts';
import type { UnsavedWork } from '../features/editor/unsaved-work.ts';
import { createActivityReporter, listenForActivity, type ActivityReporter } from './activity-reporter.ts';
import { useSession } from './session-context.tsx';

const AUTO_LOCK_WARNING = '即将自动锁定，点击继续';
// The warning shows this long before main's idle lock.
const WARNING_LEAD_MS = 30_000;
// How often the page asks main how long is left: every few seconds, every second while the warning counts down.
const IDLE_CHECK_MS = 5_000;
const WARNING_CHECK_MS = 1_000;
const MS_PER_SECOND = 1_000;

type Phase = { kind: 'active' } | { kind: 'warning'; secondsLeft: number } | { kind: 'locking' };
type Status = Output<'vault.status'>;

// The page's half of auto-lock: it reports what the person does, warns before main's idle time runs out, and when
// it has run out saves the open draft before asking main to lock, so no typing is ever lost to an auto-lock. Main
// keeps the keys only a grace period longer, so a page that never gets here still ends up locked.
export function AutoLockGuard({ unsavedWork }: { unsavedWork: UnsavedWork }) {
  const { onLocked } = useSession();
  const [phase, setPhase] = useState<Phase>({ kind: 'active' });
  const reporter = useRef<ActivityReporter | undefined>(undefined);

  useEffect(() => {
    let stopped = false;
    let warning = false;
    let locking = false;
    let timer: number | undefined;

    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void check(), warning ? WARNING_CHECK_MS : IDLE_CHECK_MS);
    };

    // A failed save leaves the vault unlocked and is tried again at the next check, until main's grace period ends.
    const lockNow = async () => {
      locking = true;
      setPhase({ kind: 'locking' });
      // Whatever is typed after the save would be lost to the lock: the field being typed in lets go first.
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      const saved = await unsavedWork.flush();
      const answer = saved ? await invoke('vault.autoLock', {}) : undefined;
      if (stopped) return;
      locking = false;
      if (answer?.ok && !answer.value.unlocked) onLocked();
      else schedule();
    };

    const apply = (status: Status) => {
      if (stopped || locking) return;
      if (!status.unlocked) {
        onLocked();
        return;
      }
      const remainingMs = status.idleLockInMs ?? 0;
      if (remainingMs === 0) {
        void lockNow();
        return;
      }
      warning = remainingMs <= WARNING_LEAD_MS;
      const next: Phase = warning ? { kind: 'warning', secondsLeft: Math.ceil(remainingMs / MS_PER_SECOND) } : { kind: 'active' };
      setPhase((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
    };

    const check = async () => {
      const result = await invoke('vault.status', {});
      if (stopped) return;
      if (result.ok) apply(result.value);
      if (!locking) schedule();
    };

    const activity = createActivityReporter(() => {
      void invoke('vault.reportActivity', {}).then((result) => {
        if (result.ok) apply(result.value);
      });
    });
    reporter.current = activity;
    // Under the warning any activity answers it at once; the warning is dropped here so a moving pointer does
    // not send a report per event while the answer is on its way.
    const onActivity = () => {
      if (locking) return;
      if (!warning) {
        activity.note();
        return;
      }
      warning = false;
      activity.reportNow();
    };
    // A hidden window may have its timers slowed: the draft goes into the vault now, not when a timer gets to run.
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void unsavedWork.flush();
    };

    const stopListening = listenForActivity(onActivity);
    document.addEventListener('visibilitychange', onVisibility);
    void check();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      activity.stop();
      stopListening();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [unsavedWork, onLocked]);

  if (phase.kind === 'locking') return <Spin fullscreen size="large" tip="正在保存草稿并自动锁定" />;
  if (phase.kind === 'active') return null;
  return (
    <div role="alertdialog" aria-label="即将自动锁定" style={{ position: 'fixed', top: 24, left: '50%', transform: 'translateX(-50%)', zIndex: 2000, width: 440 }}>
      <Alert
        type="warning"
        showIcon
        title={AUTO_LOCK_WARNING}
        description={`约${phase.secondsLeft}秒后无操作将自动锁定；锁定前会先保存正在填写的草稿。`}
        action={
          <Button type="primary" size="small" onClick={() => reporter.current?.reportNow()}>
            继续
          </Button>
        }
      />
    </div>
  );
}
