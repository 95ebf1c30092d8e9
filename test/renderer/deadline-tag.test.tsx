import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DeadlineTag } from '../../src-renderer/features/records/deadline-tag.tsx';

function deadline(workingDaysRemaining: number, more: { estimated?: boolean; explanation?: string } = {}) {
  return { deadline: '2026-10-13', workingDaysRemaining, overdue: workingDaysRemaining < 0, estimated: false, ...more };
}

function tagOf(days: number): HTMLElement {
  render(<DeadlineTag deadline={deadline(days)} />);
  return screen.getByTestId('deadline-tag');
}

// The countdown's colours are the issue's: green with 3 or more working days left, amber from 2, red once overdue.
describe('the deadline countdown', () => {
  it('is green with three or more working days left', () => {
    const tag = tagOf(3);
    expect(tag.textContent).toBe('剩 3 个工作日（2026年10月13日前）');
    expect(tag.className).toContain('green');
  });

  it('turns amber from two working days left, through the last day', () => {
    expect(tagOf(2).className).toContain('orange');
    cleanup();
    const lastDay = tagOf(0);
    expect(lastDay.textContent).toBe('今日截止（2026年10月13日前）');
    expect(lastDay.className).toContain('orange');
  });

  it('is red once overdue, and says by how many working days', () => {
    const tag = tagOf(-2);
    expect(tag.textContent).toBe('已超期 2 个工作日（2026年10月13日前）');
    expect(tag.className).toContain('red');
  });

  it('marks an estimated deadline 预估 and explains it on hover', async () => {
    render(<DeadlineTag deadline={deadline(4, { estimated: true, explanation: '2027年的国务院节假日安排尚未载入本程序。' })} />);
    fireEvent.mouseEnter(screen.getByText('预估'));
    expect(await screen.findByText('2027年的国务院节假日安排尚未载入本程序。')).toBeTruthy();
  });

  it('shows a dash when there is no date to count from yet', () => {
    render(<DeadlineTag deadline={null} />);
    expect(screen.getByLabelText('尚无期限').textContent).toBe('—');
  });
});
