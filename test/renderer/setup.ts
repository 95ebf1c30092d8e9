import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// antd reads these browser APIs, which jsdom does not provide.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

// Auto-sizing text areas observe their size; jsdom lays nothing out, so there is nothing to observe.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(globalThis, { ResizeObserver: NoLayoutResizeObserver });

// Nor does it scroll: bringing a field into view has nothing to move (the end-to-end tests check the scrolling).
Object.defineProperty(Element.prototype, 'scrollIntoView', { writable: true, value: () => undefined });

afterEach(() => cleanup());
