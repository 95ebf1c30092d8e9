import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeEntry, renderEditor } from './support/editor-fixtures.tsx';
import { startRealMain, type RealMain } from './support/real-main.ts';

// The clock stands at 2026-09-30; the record was filed on 2026-09-25.
const TODAY = '2026-09-30';
const FILED_AT = '2026-09-25';

function typeDate(input: HTMLElement, text: string): void {
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
}

describe('标记为已报送', () => {
  let main: RealMain;
  let recordId: string;
  beforeEach(async () => {
    main = await startRealMain();
    const created = await main.value('record.create', {});
    ({ recordId } = created);
    await main.value('record.saveDraft', {
      recordId,
      draft: { ...created.draft, filedAt: FILED_AT, entries: [completeEntry('divisionDeputy', { occurredAt: '2026-09-24T09:30' })] },
    });
    await main.value('record.finalize', { recordId });
    await renderEditor(recordId);
  });
  afterEach(async () => {
    await main.close();
    expect(main.thrown).toEqual([]);
  });

  it('keeps the dialog open with the reason beside the date, disables the days it cannot take, then stops the countdown', async () => {
    const panel = screen.getByLabelText('判断与期限');
    expect(within(panel).getByTestId('deadline-tag')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '标记为已报送' }));
    const dialog = await screen.findByRole('dialog', { name: '标记为已报送' });
    const date = within(dialog).getByLabelText<HTMLInputElement>('报送日期');
    expect(date.value).toBe('2026年9月30日');
    const confirm = within(dialog).getByRole('button', { name: '确认' });

    fireEvent.keyDown(date, { key: 'ArrowDown' });
    const calendar = await screen.findByRole('dialog', { name: '选择日期' });
    const cell = (day: string) => {
      const found = calendar.querySelector(`td[title="${day}"]`);
      if (!found) throw new Error(`no calendar cell for ${day}`);
      return found.className;
    };
    expect(cell('2026-10-01')).toContain('ant-picker-cell-disabled');
    expect(cell('2026-09-24')).toContain('ant-picker-cell-disabled');
    expect(cell(FILED_AT)).not.toContain('ant-picker-cell-disabled');
    expect(cell(TODAY)).not.toContain('ant-picker-cell-disabled');
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Escape' });
    expect(screen.getByRole('dialog', { name: '标记为已报送' })).toBe(dialog);

    typeDate(date, '2026-09-20');
    fireEvent.click(confirm);
    expect(await within(dialog).findByText(`报送日期不能早于填报时间（${FILED_AT}）`)).toBeTruthy();
    typeDate(date, '２０２６年１０月２日');
    fireEvent.click(confirm);
    expect(await within(dialog).findByText(`报送日期不能晚于今天（${TODAY}）`)).toBeTruthy();
    expect(screen.getByRole('dialog', { name: '标记为已报送' })).toBe(dialog);
    expect((await main.value('record.get', { recordId })).submittedOn).toBeNull();

    typeDate(date, '2026年9月28日');
    fireEvent.click(confirm);
    await waitFor(() => expect(within(panel).getByTestId('submitted-on').textContent).toBe('已于2026年9月28日报送'));
    expect(within(panel).queryByTestId('deadline-tag')).toBeNull();
    expect((await main.value('record.get', { recordId })).submittedOn).toBe('2026-09-28');
  });
});
