import { Profiler, useRef, type ReactNode } from 'react';

// Counts, per component name, how often React rendered it, by the signal React DevTools uses: a fiber that did
// work in a commit carries the PerformedWork flag, and a subtree whose children were not re-created did not render
// at all. The Profiler's onRender runs inside every commit of its subtree, after the new tree became current, so
// each commit is counted exactly once.
interface Fiber {
  type: unknown;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  return: Fiber | null;
  alternate: Fiber | null;
  stateNode: unknown;
}

const PERFORMED_WORK = 1;

function nameOf(type: unknown): string | undefined {
  if (typeof type === 'function') return type.name;
  if (typeof type === 'object' && type !== null) {
    const inner = (type as { render?: unknown }).render ?? (type as { type?: unknown }).type;
    return typeof inner === 'function' ? inner.name : undefined;
  }
  return undefined;
}

export class RenderCounter {
  private readonly counts = new Map<string, number>();
  private commitCount = 0;

  renders(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  // How many commits rendered anything: each may change the DOM, and the browser lays the page out again for it.
  commits(): number {
    return this.commitCount;
  }

  reset(): void {
    this.counts.clear();
    this.commitCount = 0;
  }

  // Counts what rendered in the commit now finishing in the tree that holds `node`.
  countCommit(node: Element | null): void {
    const key = node && Object.keys(node).find((name) => name.startsWith('__reactFiber$'));
    if (!node || !key) return;
    let fiber = (node as unknown as Record<string, Fiber>)[key] ?? null;
    while (fiber?.return) fiber = fiber.return;
    const root = fiber?.stateNode as { current: Fiber } | undefined;
    if (root && this.walk(root.current)) this.commitCount += 1;
  }

  // Answers whether anything under `parent` rendered, named or not.
  private walk(parent: Fiber): boolean {
    if (parent.alternate !== null && parent.child === parent.alternate.child) return false;
    let rendered = false;
    for (let fiber = parent.child; fiber; fiber = fiber.sibling) {
      if (fiber.alternate === null || (fiber.flags & PERFORMED_WORK) !== 0) {
        rendered = true;
        const name = nameOf(fiber.type);
        if (name) this.counts.set(name, this.renders(name) + 1);
      }
      if (this.walk(fiber)) rendered = true;
    }
    return rendered;
  }
}

export function CountRenders({ counter, children }: { counter: RenderCounter; children: ReactNode }) {
  const anchor = useRef<HTMLSpanElement>(null);
  return (
    <Profiler id="count-renders" onRender={() => counter.countCommit(anchor.current)}>
      <span ref={anchor} hidden />
      {children}
    </Profiler>
  );
}
