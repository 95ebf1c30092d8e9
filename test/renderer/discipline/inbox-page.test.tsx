import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { InboxPage } from '../../../src-renderer/features/discipline/inbox-page.tsx';
import { AppProviders } from '../support/editor-fixtures.tsx';
import type { RealMain } from '../support/real-main.ts';
import { keyInPaper, startBody } from './casework-fixtures.ts';

function rows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.ant-table-row')];
}

describe('the inbox over the real main side', () => {
  let main: RealMain;
  afterEach(async () => {
    await main.close();
    expect(main.thrown).toEqual([]);
  });

  it('lists every record with its source and timeliness, marks a repeated intervener, searches and filters', async () => {
    main = await startBody();
    const first = await keyInPaper(main, { name: '赵某', unit: '某局' });
    await keyInPaper(main, { name: '赵 某', unit: '某局' });
    await keyInPaper(main, { name: '钱某', unit: '某司' });
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

    await main.value('casework.assess', {
      recordId: first.entry.recordId,
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
    fireEvent.change(screen.getByLabelText('全文查找'), { target: { value: '工作建议' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.keyDown(rows()[0] as HTMLElement, { key: 'Enter' });
    expect(opened).toEqual([first.entry.recordId]);
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
