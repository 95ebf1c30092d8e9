import { debounceOn, type ChangeSignal } from './change-signal.ts';

// 'stored': as the vault held it when the editor opened; 'saved': written by this editor since.
export type SaveState =
  | { kind: 'stored'; at: string }
  | { kind: 'saved'; at: string }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string };

export type WriteResult = { ok: true; savedAt: string } | { ok: false; message: string };

// Keeps the draft in the vault: a moment after the last change, and whenever someone needs it there now (Ctrl+S,
// 完成填报, leaving the editor, locking). Saves never overlap and never repeat an unchanged draft. Plain data, so
// the status line can subscribe to it without the form re-rendering.
export interface DraftSaver {
  state: () => SaveState;
  subscribe: (listener: () => void) => () => void;
  // Starts autosaving `delayMs` after the last change; returns the function that stops it.
  watch(changes: ChangeSignal, delayMs: number): () => void;
  // Answers whether the vault now holds every change made so far.
  saveNow: () => Promise<boolean>;
  // The draft is being deleted: nothing is written any more. Returns the undo, for when the deletion fails.
  discard(): () => void;
}

export function createDraftSaver(write: () => Promise<WriteResult>, storedAt: string): DraftSaver {
  let state: SaveState = { kind: 'stored', at: storedAt };
  let dirty = false;
  let discarded = false;
  let queue: Promise<boolean> = Promise.resolve(true);
  const listeners = new Set<() => void>();

  const publish = (next: SaveState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };

  const saveIfDirty = async (): Promise<boolean> => {
    if (!dirty || discarded) return true;
    // Cleared before writing: a change typed while the write is in flight makes the draft dirty again.
    dirty = false;
    publish({ kind: 'saving' });
    const result = await write();
    if (result.ok) {
      publish({ kind: 'saved', at: result.savedAt });
      return !dirty;
    }
    dirty = true;
    publish({ kind: 'failed', message: result.message });
    return false;
  };

  const saveNow = () => {
    queue = queue.then(saveIfDirty);
    return queue;
  };

  return {
    state: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    watch: (changes, delayMs) => {
      const stopMarking = changes.subscribe(() => {
        dirty = true;
      });
      const stopSaving = debounceOn(changes, delayMs, () => void saveNow());
      return () => {
        stopMarking();
        stopSaving();
      };
    },
    saveNow,
    discard: () => {
      discarded = true;
      return () => {
        discarded = false;
      };
    },
  };
}
