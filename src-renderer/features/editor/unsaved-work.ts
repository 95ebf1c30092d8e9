// What the workspace must write to the vault before it leaves a page or locks: the open editor registers its
// saver here, and the frame flushes it first, so the last second of typing is never lost.
export interface UnsavedWork {
  register(flush: () => Promise<boolean>): () => void;
  // Answers whether everything registered is now in the vault.
  flush(): Promise<boolean>;
}

export function createUnsavedWork(): UnsavedWork {
  const flushes = new Set<() => Promise<boolean>>();
  return {
    register: (flush) => {
      flushes.add(flush);
      return () => flushes.delete(flush);
    },
    flush: async () => (await Promise.all([...flushes].map((flush) => flush()))).every(Boolean),
  };
}
