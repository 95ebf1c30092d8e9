// Typing that cannot be written until the person finishes it (a paper form keyed in, settings not yet saved):
// with no saver to call, the workspace asks before leaving the page that holds it, in these words.
export interface HeldWork {
  isHolding(): boolean;
  title: string;
  content: string;
}

// What the workspace must write to the vault before it leaves a page or locks: the open editor registers its
// saver here, and the frame flushes it first, so the last second of typing is never lost.
export interface UnsavedWork {
  register(flush: () => Promise<boolean>): () => void;
  // Answers whether everything registered is now in the vault.
  flush(): Promise<boolean>;
  hold(work: HeldWork): () => void;
  // The work leaving would lose, if any page holds some.
  held(): HeldWork | undefined;
}

export function createUnsavedWork(): UnsavedWork {
  const flushes = new Set<() => Promise<boolean>>();
  const holds = new Set<HeldWork>();
  return {
    register: (flush) => {
      flushes.add(flush);
      return () => flushes.delete(flush);
    },
    flush: async () => (await Promise.all([...flushes].map((flush) => flush()))).every(Boolean),
    hold: (work) => {
      holds.add(work);
      return () => holds.delete(work);
    },
    held: () => [...holds].find((work) => work.isHolding()),
  };
}
