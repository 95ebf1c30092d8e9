// A keystroke in the form tells the autosave and the side panel "something changed" without rendering anything:
// they restart their own timers and read the form's values only when the timer fires.
export interface ChangeSignal {
  emit(): void;
  subscribe(listener: () => void): () => void;
}

export function createChangeSignal(): ChangeSignal {
  const listeners = new Set<() => void>();
  return {
    emit: () => listeners.forEach((listener) => listener()),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

// Calls `run` once, `delayMs` after the last signal.
export function debounceOn(signal: ChangeSignal, delayMs: number, run: () => void): () => void {
  let timer: number | undefined;
  const unsubscribe = signal.subscribe(() => {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, delayMs);
  });
  return () => {
    window.clearTimeout(timer);
    unsubscribe();
  };
}
