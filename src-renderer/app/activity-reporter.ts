// Typing, scrolling, pointing and focusing make no request of their own, so the page reports them to main, which
// alone decides when to lock.
const ACTIVITY_EVENTS = ['keydown', 'input', 'compositionend', 'pointerdown', 'pointermove', 'wheel', 'scroll', 'focus'] as const;

// At most one report per interval: the first activity after a quiet spell is reported at once, the rest of a burst
// once at the end of the interval, so main never counts a person at work as idle for longer than this.
export const ACTIVITY_REPORT_INTERVAL_MS = 5_000;

export interface ActivityReporter {
  // Something happened: reported now, or at the end of the current interval.
  note: () => void;
  // Reported now, whatever the interval (the person is answering the warning).
  reportNow: () => void;
  stop: () => void;
}

// The machine's clock only schedules the reports; whether and when to lock is main's decision, on main's clock.
export function createActivityReporter(report: () => void, intervalMs = ACTIVITY_REPORT_INTERVAL_MS): ActivityReporter {
  let lastReportAt = Number.NEGATIVE_INFINITY;
  let pending: number | undefined;
  const stop = () => {
    window.clearTimeout(pending);
    pending = undefined;
  };
  const reportNow = () => {
    stop();
    lastReportAt = performance.now();
    report();
  };
  return {
    note: () => {
      if (pending !== undefined) return;
      const waitMs = lastReportAt + intervalMs - performance.now();
      if (waitMs <= 0) reportNow();
      else pending = window.setTimeout(reportNow, waitMs);
    },
    reportNow,
    stop,
  };
}

// Listens on the whole window in the capture phase, so scrolling inside any element and focus moves count too.
export function listenForActivity(onActivity: () => void): () => void {
  const options = { capture: true, passive: true };
  for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, options);
  return () => {
    for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, options);
  };
}
