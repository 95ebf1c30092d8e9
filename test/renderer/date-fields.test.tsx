import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeEntry, entryCard, renderEditor, seedRecord, type Detail } from './support/editor-fixtures.tsx';
import { startRealMain, type RealMain } from './support/real-main.ts';

// The component tests' clock stands at 2026-09-30 10:00 in China (a Wednesday); this machine's may not.
const TODAY = '2026-09-30';

function timeField(): HTMLInputElement {
  return within(entryCard(1)).getByLabelText<HTMLInputElement>('时间');
}

// Types into a date field as a person does, then leaves it with Tab (a blur) or confirms it with Enter.
function typeDate(input: HTMLElement, text: string, leave: 'blur' | 'enter' = 'blur'): void {
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  if (leave === 'enter') fireEvent.keyDown(input, { key: 'Enter' });
  else fireEvent.blur(input);
}

// The form item around a field: its error and the reading shown beneath it live there.
function itemOf(input: HTMLElement): HTMLElement {
  const item = input.closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error('no form item');
  return item;
}

async function savedDraft(main: RealMain, recordId: string): Promise<Detail['draft']> {
  fireEvent.keyDown(screen.getByLabelText('填报人'), { key: 's', ctrlKey: true });
  await waitFor(() => expect(screen.getByTestId('autosave-status').textContent).toMatch(/^已自动保存/));
  return (await main.value('record.get', { recordId })).draft;
}

describe('date fields take dates as people type them', () => {
  let main: RealMain;
  let recordId: string;
  beforeEach(async () => {
    main = await startRealMain();
    ({ recordId } = await seedRecord(main, [completeEntry('divisionDeputy', { occurredAt: '2026-09-29T09:30' })]));
    await renderEditor(recordId);
  });
  afterEach(async () => {
    await main.close();
    expect(main.thrown).toEqual([]);
  });

  it.each([
    ['2026-09-28 16:20', 'blur'],
    ['2026/09/28 16:20', 'blur'],
    ['2026.9.28 16:20', 'enter'],
    ['2026年9月28日16:20', 'blur'],
    ['2026 年 9 月 28 日 16:20', 'blur'],
    ['２０２６年０９月２８日\u300016：20', 'blur'],
    ['２０２６年９月２８日 16：20', 'enter'],
  ] as const)('reads 时间 “%s” on %s and says what it understood', async (typed, leave) => {
    typeDate(timeField(), typed, leave);
    await waitFor(() => expect(timeField().value).toBe('2026年9月28日 16:20'));
    expect(itemOf(timeField()).textContent).toContain('已识别为 2026年9月28日 星期一 16:20');
    expect(itemOf(timeField()).querySelector('.ant-form-item-explain-error')).toBeNull();
    const draft = await savedDraft(main, recordId);
    expect(draft.entries[0]?.['occurredAt']).toBe('2026-09-28T16:20');
  });

  it.each(['20260928', '2026-09-28', '2026年9月28日'])('takes 时间 “%s”, a day without a time, as the day alone', async (typed) => {
    typeDate(timeField(), typed);
    await waitFor(() => expect(timeField().value).toBe('2026年9月28日'));
    expect(within(entryCard(1)).getByRole<HTMLInputElement>('checkbox', { name: '记不清具体时刻，只填日期' }).checked).toBe(true);
    const draft = await savedDraft(main, recordId);
    expect(draft.entries[0]?.['occurredAt']).toBe('2026-09-28');

    // A time typed later means the minute is remembered after all.
    typeDate(timeField(), '2026-09-28 08:15');
    await waitFor(() => expect(timeField().value).toBe('2026年9月28日 08:15'));
    expect(within(entryCard(1)).getByRole<HTMLInputElement>('checkbox', { name: '记不清具体时刻，只填日期' }).checked).toBe(false);
  });

  it('reads 填报时间 and 发现日期 typed with slashes or full-width digits, taking the day of a date-time', async () => {
    const filedAt = screen.getByLabelText<HTMLInputElement>('填报时间');
    typeDate(filedAt, '2026/9/29 17:45');
    await waitFor(() => expect(filedAt.value).toBe('2026年9月29日'));
    const learnedOn = within(entryCard(1)).getByLabelText<HTMLInputElement>('发现日期（选填）');
    typeDate(learnedOn, '２０２６．９．２９');
    await waitFor(() => expect(learnedOn.value).toBe('2026年9月29日'));
    const draft = await savedDraft(main, recordId);
    expect(draft.filedAt).toBe('2026-09-29');
    expect(draft.entries[0]?.['learnedOn']).toBe('2026-09-29');
  });

  it('keeps text it cannot read in the field, with the reason beside it', async () => {
    typeDate(timeField(), '9月28号下午');
    await waitFor(() => expect(itemOf(timeField()).textContent).toContain('干预时间“9月28号下午”无法识别为日期'));
    expect(timeField().value).toBe('9月28号下午');
    typeDate(timeField(), '1999-09-28 10:00');
    await waitFor(() => expect(itemOf(timeField()).textContent).toContain('干预时间“1999-09-28 10:00”年份应在2000年至2099年之间'));
    expect(timeField().value).toBe('1999-09-28 10:00');
    typeDate(timeField(), '2026-02-30 10:00');
    await waitFor(() => expect(itemOf(timeField()).textContent).toContain('不是有效日期：2026年2月只有28天'));
  });

  it('refuses a day after today beside the field, by the app’s clock', async () => {
    typeDate(timeField(), '2026-10-01 09:00');
    await waitFor(() => expect(itemOf(timeField()).textContent).toContain(`干预时间不能晚于今天（${TODAY}）`));
    const filedAt = screen.getByLabelText<HTMLInputElement>('填报时间');
    typeDate(filedAt, '2026年10月8日');
    await waitFor(() => expect(itemOf(filedAt).textContent).toContain(`填报时间不能晚于今天（${TODAY}）`));
    const learnedOn = within(entryCard(1)).getByLabelText<HTMLInputElement>('发现日期（选填）');
    typeDate(learnedOn, '2026-10-02');
    await waitFor(() => expect(itemOf(learnedOn).textContent).toContain(`发现日期不能晚于今天（${TODAY}）`));
    typeDate(timeField(), '2026-09-29 09:00');
    typeDate(learnedOn, '2026-09-28');
    await waitFor(() => expect(itemOf(learnedOn).textContent).toContain('发现日期不能早于干预时间'));
  });

  it('moves through the calendar with the arrow keys, skips days after today, and takes a day with Enter', async () => {
    const filedAt = screen.getByLabelText<HTMLInputElement>('填报时间');
    fireEvent.focus(filedAt);
    fireEvent.keyDown(filedAt, { key: 'ArrowDown' });
    const calendar = await screen.findByRole('dialog', { name: '选择日期' });
    const cursor = () => within(calendar).getByTestId('calendar-cursor').textContent;
    expect(cursor()).toBe('2026年9月30日 星期三');
    expect(calendar.querySelector('td[title="2026-10-01"]')?.className).toContain('ant-picker-cell-disabled');
    const keys = document.activeElement as HTMLElement;
    expect(calendar.contains(keys)).toBe(true);
    fireEvent.keyDown(keys, { key: 'ArrowRight' });
    expect(cursor()).toBe('2026年9月30日 星期三');
    fireEvent.keyDown(keys, { key: 'ArrowLeft' });
    expect(cursor()).toBe('2026年9月29日 星期二');
    fireEvent.keyDown(keys, { key: 'ArrowUp' });
    expect(cursor()).toBe('2026年9月22日 星期二');
    fireEvent.keyDown(keys, { key: 'ArrowDown' });
    fireEvent.keyDown(keys, { key: 'ArrowLeft' });
    expect(cursor()).toBe('2026年9月28日 星期一');
    fireEvent.keyDown(keys, { key: 'Enter' });
    await waitFor(() => expect(filedAt.value).toBe('2026年9月28日'));
    // The popup closes with antd's leave animation, which jsdom plays out slowly.
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '选择日期' })).toBeNull(), { timeout: 3_000 });
    expect(document.activeElement).toBe(filedAt);
    const draft = await savedDraft(main, recordId);
    expect(draft.filedAt).toBe('2026-09-28');
  });
});
