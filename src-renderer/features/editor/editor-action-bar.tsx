import { useEffect, type ReactNode } from 'react';

// How far below the window's top whatever else sticks must stay, to remain clear of the bar.
export const ACTION_BAR_CLEARANCE_PX = 80;

// The record's actions stay in reach however far down a long form the handler has scrolled: the bar sticks to the
// top of the window, opaque, above the form it covers.
// While it is shown, the window scrolls a field reached by Tab or Shift+Tab clear of it, instead of under it.
export function EditorActionBar({ children }: { children: ReactNode }) {
  useEffect(() => {
    const root = document.documentElement;
    root.style.scrollPaddingTop = `${ACTION_BAR_CLEARANCE_PX}px`;
    return () => {
      root.style.scrollPaddingTop = '';
    };
  }, []);
  return (
    <div
      role="group"
      aria-label="记录表操作"
      data-testid="editor-action-bar"
      style={{ position: 'sticky', top: 0, zIndex: 10, background: '#fff', padding: '8px 0', marginBottom: 8, borderBottom: '1px solid #f0f0f0' }}
    >
      {children}
    </div>
  );
}
