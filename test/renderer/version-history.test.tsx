import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeEntry, renderEditor, seedRecord } from './support/editor-fixtures.tsx';
import { startRealMain, type RealMain } from './support/real-main.ts';

describe('a record’s versions and its 已报送 mark in the editor', () => {
  let main: RealMain;
  beforeEach(async () => {
    main = await startRealMain();
  });
  afterEach(async () => {
    await main.close();
    expect(main.thrown).toEqual([]);
  });

  // Version 1 handed over, then amended and finalized again with another 具体干预内容.
  async function twoVersions(): Promise<string> {
    const { recordId } = await seedRecord(main, [completeEntry('divisionDeputy', { content: '第一版的内容。' })]);
    await main.value('record.finalize', { recordId });
    await main.value('record.markSubmitted', { recordId, submittedOn: '2026-09-30' });
    const amended = await main.value('record.amend', { recordId, reason: '补充来电时间' });
    await main.value('record.saveDraft', { recordId, draft: { ...amended.draft, entries: [completeEntry('divisionDeputy', { content: '第二版的内容。' })] } });
    await main.value('record.finalize', { recordId });
    return recordId;
  }

  it('lists the versions with reason and 报送日期, shows version 1 as it was, and compares the two field by field', async () => {
    const recordId = await twoVersions();
    await renderEditor(recordId);
    // Role queries are slow over a whole page in jsdom; rows and buttons are found by their markup and labels.
    const history = screen.getByTestId('version-history');
    const rows = [...history.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('2026年9月30日');
    expect(rows[1]?.textContent).toContain('补充来电时间');

    fireEvent.click(within(history).getByLabelText('查看第1版'));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('第一版的内容。')).toBeTruthy();
    expect(within(dialog).queryByText('第二版的内容。')).toBeNull();
    expect(within(dialog).getByText('打印封面及记录表')).toBeTruthy();
    fireEvent.click(within(dialog).getAllByLabelText('关闭')[0] as HTMLElement);

    fireEvent.click(within(history).getByLabelText('第2版与第1版比较'));
    const diff = await screen.findByTestId('version-diff');
    expect(screen.getByText('第1版与第2版的差异')).toBeTruthy();
    const changed = [...diff.querySelectorAll('tbody tr')];
    expect(changed).toHaveLength(1);
    expect(changed[0]?.textContent).toBe('第1项干预具体情况 · 具体干预内容第一版的内容。第二版的内容。');
  }, 20_000);

  it('takes back a 已报送 marked today, with a reason, and the countdown returns', async () => {
    const { recordId } = await seedRecord(main, [completeEntry('divisionDeputy')]);
    await main.value('record.finalize', { recordId });
    await main.value('record.markSubmitted', { recordId, submittedOn: '2026-09-30' });
    await renderEditor(recordId);
    expect(screen.getByTestId('submitted-on').textContent).toBe('已于2026年9月30日报送');
    fireEvent.click(screen.getByRole('button', { name: '撤销已报送' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '撤销标记' }));
    expect(await within(dialog).findByText('请填写撤销原因')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('撤销原因'), { target: { value: '误点，尚未送出' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '撤销标记' }));
    await waitFor(() => expect(screen.queryByTestId('submitted-on')).toBeNull());
    expect(screen.getByText('标记为已报送')).toBeTruthy();
    const audit = await main.value('audit.list', {});
    expect(audit.find((line) => line.action === 'submissionWithdrawn')?.note).toMatch(/^编号 [0-9a-f]{4}(-[0-9a-f]{4}){7}，报送日期 2026年9月30日；撤销原因：误点，尚未送出$/);
  }, 20_000);
});
