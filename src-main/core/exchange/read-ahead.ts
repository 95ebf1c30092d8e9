// Hands out `read(item)` for each item in order, starting the reads of up to `ahead` later items before the caller
// has taken the current one: a folder's files come off the disk while the caller verifies the one before. No more
// than `ahead` + 1 reads are ever under way or waiting, which bounds what sits in memory.
export async function* readAhead<T, R>(items: readonly T[], read: (item: T) => Promise<R>, ahead: number): AsyncGenerator<{ item: T; result: R }> {
  const started: Promise<R>[] = [];
  let next = 0;
  const startMore = () => {
    while (next < items.length && started.length <= ahead) started.push(read(items[next++] as T));
  };
  try {
    for (const item of items) {
      startMore();
      const result = await (started.shift() as Promise<R>);
      yield { item, result };
    }
  } finally {
    // A caller that stopped early leaves reads no one will take: they finish unobserved, never as an unhandled
    // rejection.
    for (const abandoned of started) abandoned.catch(() => undefined);
  }
}
