import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { InboxPage } from '../../../src-renderer/features/discipline/inbox-page.tsx';
import { AppProviders, openSelect } from '../support/editor-fixtures.tsx';
import type { RealMain } from '../support/real-main.ts';
import { keyInPaper, startBody } from './casework-fixtures.ts';

function rows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.ant-table-row')];
}

// Two records naming the same intervener (spelled apart by a space) and one naming another.
async function keyInThree(main: RealMain): Promise<Awaited<ReturnType<typeof keyInPaper>>> {
  const first = await keyInPaper(main, { name: '赵某', unit: '某局' });
  await keyInPaper(main, { name: '赵 某', unit: '某局' });
  await keyInPaper(main, { name: '钱某', unit: '某司' });
  return first;
}

async function assessAsWorkSuggestion(main: RealMain, recordId: string): Promise<void> {
  await main.value('casework.assess', {
    recordId,
    assessment: {
      conclusion: 'workSuggestion',
      elementsPresent: [],
      reasons: '属工作建议。',
      assessor: '孙某',
      assessedOn: '2026-10-15',
      outcome: null,
      outcomeNote: null,
    },
  });
}

describe('the inbox over the real main side', () => {
  let main: RealMain;
  afterEach(async () => {
    await main.close();
    expect(main.thrown).toEqual([]);
  });

  it('lists every record with its source and timeliness, marks a repeated intervener, searches and filters', async () => {
    main = await startBody();
    const first = await keyInThree(main);
    const opened: string[] = [];
    render(
      <AppProviders>
        <InboxPage onOpen={(recordId) => opened.push(recordId)} onKeyInPaper={() => undefined} />
      </AppProviders>,
    );
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(screen.getByText('共 3 份记录')).toBeTruthy();
    const repeated = rows().filter((row) => within(row).queryByText(/^重复/));
    expect(repeated).toHaveLength(2);
    expect(rows().every((row) => within(row).queryByText('纸质录入'))).toBe(true);
    // Received on 10-15, the deadline from the 9-30 intervention passed during the National Day holiday.
    expect(rows()[0]?.textContent).toContain('逾期');

    fireEvent.change(screen.getByLabelText('全文查找'), { target: { value: '钱某' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.getByText('共 1 份记录（已按条件筛选）')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('全文查找'), { target: { value: '' } });
    await waitFor(() => expect(rows()).toHaveLength(3));

    await assessAsWorkSuggestion(main, first.entry.recordId);
    fireEvent.change(screen.getByLabelText('全文查找'), { target: { value: '工作建议' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.keyDown(rows()[0] as HTMLElement, { key: 'Enter' });
    expect(opened).toEqual([first.entry.recordId]);
  });

  it('narrows by a dropdown column and by a 是/否 column, and clearing one drops its condition', async () => {
    main = await startBody();
    const first = await keyInThree(main);
    await assessAsWorkSuggestion(main, first.entry.recordId);
    render(
      <AppProviders>
        <InboxPage onOpen={() => undefined} onKeyInPaper={() => undefined} />
      </AppProviders>,
    );
    await waitFor(() => expect(rows()).toHaveLength(3));
    const filters = screen.getByRole('group', { name: '筛选条件' });
    const choose = async (label: string, option: string) => {
      openSelect(within(filters).getByLabelText(label));
      fireEvent.click(await screen.findByTitle(option));
    };

    await choose('研判结论', '尚未研判');
    await waitFor(() => expect(rows()).toHaveLength(2));
    await choose('重复出现的插手干预人', '否');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]?.textContent).toContain('钱某');

    const repeated = within(filters).getByLabelText('重复出现的插手干预人').closest('.ant-select');
    fireEvent.click(repeated?.querySelector('.ant-select-clear') as Element);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByText('共 2 份记录（已按条件筛选）')).toBeTruthy();
  });

  it('says what to do when nothing has been received', async () => {
    main = await startBody();
    render(
      <AppProviders>
        <InboxPage onOpen={() => undefined} onKeyInPaper={() => undefined} />
      </AppProviders>,
    );
    expect(await screen.findByText(/还没有记录。导入加密记录文件或录入纸质记录表后/)).toBeTruthy();
  });
});
