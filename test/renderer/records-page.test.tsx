import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RecordsPage } from '../../src-renderer/features/records/records-page.tsx';
import { AppProviders, completeEntry, seedRecord } from './support/editor-fixtures.tsx';
import { startRealMain, type RealMain } from './support/real-main.ts';

function renderList() {
  const opened: string[] = [];
  let created = 0;
  render(
    <AppProviders>
      <RecordsPage onOpen={(recordId) => opened.push(recordId)} onCreate={() => (created += 1)} />
    </AppProviders>,
  );
  return { opened, created: () => created };
}

function rows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('tbody .ant-table-row')];
}

function rowWith(text: string): HTMLElement {
  const row = rows().find((element) => element.textContent?.includes(text));
  if (!row) throw new Error(`no row with ${text}`);
  return row;
}

describe('the records list over the real main side', () => {
  let main: RealMain;
  afterEach(async () => {
    await main.close();
    expect(main.thrown).toEqual([]);
  });

  it('says in plain words what to do when there is no record yet', async () => {
    main = await startRealMain();
    const list = renderList();
    expect(await screen.findByText(/还没有记录/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /新建记录表/ }));
    expect(list.created()).toBe(1);
  });

  it('shows matters, interveners, recipients and the working-day countdown, filters by status and finds by name', async () => {
    main = await startRealMain({ now: '2026-12-28T10:00:00+08:00' });
    const bureau = await seedRecord(main, [
      completeEntry('departmentDeputy', {
        occurredAt: '2026-12-28T09:00',
        intervener: { name: '赵某', unit: '某局', post: '副局长', level: 'departmentDeputy', tenure: 'serving' },
      }),
    ]);
    await seedRecord(main, [{ learnedOn: null, methodNote: null, kinds: [], intervener: { name: '钱某' } }]);
    const overdue = await seedRecord(main, [
      completeEntry('divisionPrincipal', {
        occurredAt: '2026-12-01T15:00',
        intervener: { name: '孙某', unit: '某局', post: '处长', organisationKind: 'ministryDepartment', level: 'divisionPrincipal', tenure: 'serving' },
        matter: { category: 'personnel', item: 'titleEvaluation', name: '2026年度职称评审' },
      }),
    ]);
    await main.value('record.finalize', { recordId: overdue.recordId });
    const list = renderList();
    await waitFor(() => expect(rows()).toHaveLength(3));

    const bureauRow = rowWith('赵某');
    expect(bureauRow.textContent).toContain('某数据中心机房改造工程招标');
    expect(bureauRow.textContent).toContain('草稿');
    // 径报: the stationed group alone.
    expect(within(bureauRow).queryByText('本单位纪检组织')).toBeNull();
    expect(within(bureauRow).getByText('驻部纪检监察组')).toBeTruthy();
    expect(within(bureauRow).getByTestId('deadline-tag').textContent).toMatch(/^剩 \d 个工作日（2027年1月\d+日前）$/);
    fireEvent.mouseEnter(within(bureauRow).getByText('预估'));
    expect(await screen.findByText(/2027年的国务院节假日安排尚未载入本程序/)).toBeTruthy();

    expect(within(rowWith('钱某')).getByLabelText('尚无期限').textContent).toBe('—');

    const overdueRow = rowWith('孙某');
    expect(overdueRow.textContent).toContain('已完成填报');
    expect(overdueRow.textContent).toContain('2026年度职称评审');
    const overdueTag = within(overdueRow).getByTestId('deadline-tag');
    expect(overdueTag.textContent).toMatch(/^已超期 \d+ 个工作日/);
    expect(overdueTag.className).toContain('red');
    // Finalized 2026-12-28, after its deadline: the lateness stored with the version is shown too.
    expect(within(overdueRow).getByTestId('lateness').textContent).toMatch(/^逾期\d+个工作日完成填报$/);
    expect(within(rowWith('赵某')).queryByTestId('lateness')).toBeNull();

    fireEvent.click(screen.getByRole('radio', { name: '草稿' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(screen.getByRole('radio', { name: '已完成填报' }));
    await waitFor(() => expect(rows().map((row) => row.textContent?.includes('孙某'))).toEqual([true]));
    fireEvent.click(screen.getByRole('radio', { name: '全部' }));
    fireEvent.change(screen.getByLabelText('查找记录'), { target: { value: '职称' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.change(screen.getByLabelText('查找记录'), { target: { value: '钱' } });
    await waitFor(() => expect(rows().map((row) => row.textContent?.includes('钱某'))).toEqual([true]));

    fireEvent.change(screen.getByLabelText('查找记录'), { target: { value: '李某某' } });
    expect(await screen.findByText('没有符合条件的记录')).toBeTruthy();
    expect(screen.queryByText(/还没有记录/)).toBeNull();

    fireEvent.change(screen.getByLabelText('查找记录'), { target: { value: '' } });
    await waitFor(() => expect(rows()).toHaveLength(3));
    // The overdue record comes first; the others (saved at the same instant by the fixed clock) follow.
    expect(rows()[0]?.textContent).toContain('孙某');
    expect(overdueRow.textContent).toContain('2026年12月1日 15:00');
    fireEvent.click(within(rowWith('赵某')).getByText('赵某'));
    fireEvent.keyDown(rowWith('孙某'), { key: 'Enter' });
    expect(list.opened).toEqual([bureau.recordId, overdue.recordId]);
  }, 30_000);
});
