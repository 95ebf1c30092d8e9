import type { Dispatch } from '../dispatch/index.ts';

export interface StateWatch {
  // The dispatch to register: the same answers, with the state read again after each.
  dispatch: Dispatch;
  // For changes no request makes (main's idle timer locking the vault).
  check(): void;
}

// Reports each change of a value read from the vault, whatever caused it (a request, the page's auto-lock, a
// restore, main's idle timer), so the shell can follow the vault: clear Chromium's storage when it locks, protect the
// window's contents while records can be shown.
export function watchState<T extends string | boolean>(dispatch: Dispatch, read: () => T, onChange: (value: T) => void): StateWatch {
  let known = read();
  const check = () => {
    const now = read();
    if (now === known) return;
    known = now;
    onChange(now);
  };
  return {
    dispatch: async (channel, input) => {
      try {
        return await dispatch(channel, input);
      } finally {
        check();
      }
    },
    check,
  };
}
