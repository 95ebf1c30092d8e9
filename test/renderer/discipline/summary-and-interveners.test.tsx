import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { IntervenersPage } from '../../../src-renderer/features/discipline/interveners-page.tsx';
import { SummaryPage } from '../../../src-renderer/features/discipline/summary-page.tsx';
import { AppProviders } from '../support/editor-fixtures.tsx';
import type { RealMain } from '../support/real-main.ts';
import { keyInPaper, startBody } from './casework-fixtures.ts';

describe('the annual summary and the interveners over the real main side', () => {
  let main: RealMain;
  afterEach(async () => {
    await main.close();
    expect(main.thrown).toEqual([]);
  });

  it('counts a year’s records in charts with their numbers, and makes a 零报告 for a year without any', async () => {
    main = await startBody();
    await keyInPaper(main, { name: '赵某' });
    await keyInPaper(main, { name: '钱某' });
    render(
      <AppProviders>
        <SummaryPage />
      </AppProviders>,
    );
    const year = await screen.findByLabelText('年度');
    // Last year by default: reports are made early in the year for the year before.
    expect((year as HTMLInputElement).value).toBe('2025');
    fireEvent.change(screen.getByLabelText('纪检组织名称'), { target: { value: '某局纪检组' } });
    fireEvent.click(screen.getByRole('button', { name: '生成汇总' }));
    expect(await screen.findByText(/零报告：2025年度本单位未收到/)).toBeTruthy();
    expect(screen.getByText(/纪检组织主要负责人（签批）/)).toBeTruthy();

    fireEvent.change(year, { target: { value: '2026' } });
    fireEvent.click(screen.getByRole('button', { name: '生成汇总' }));
    expect(await screen.findByText(/2026年度共收到记录表 2 份/)).toBeTruthy();
    const categories = screen.getByRole('img', { name: '按重大事项类别（第四条）条形图' });
    // Both records are 工程建设 in the fixture; every category is listed, zeros included.
    const bars = [...categories.querySelectorAll('g')].map((group) => group.textContent);
    expect(bars).toContain('工程建设2');
    expect(bars).toContain('干部人事0');
  });

  it('merges two spellings into one person and splits them again', async () => {
    main = await startBody();
    await keyInPaper(main, { name: '孙某', unit: '某局' });
    await keyInPaper(main, { name: '孙某', unit: '某局机关' });
    render(
      <AppProviders>
        <IntervenersPage onOpen={() => undefined} />
      </AppProviders>,
    );
    fireEvent.click(await screen.findByLabelText('选择 孙某（某局）'));
    fireEvent.click(screen.getByLabelText('选择 孙某（某局机关）'));
    fireEvent.click(screen.getByRole('button', { name: /合并为同一人/ }));
    await waitFor(() => expect(document.querySelectorAll('.ant-table-row')).toHaveLength(1));
    const merged = document.querySelector<HTMLElement>('.ant-table-row');
    expect(within(merged as HTMLElement).getByText('多次出现')).toBeTruthy();
    fireEvent.click(within(merged as HTMLElement).getByRole('button', { name: '拆分' }));
    await waitFor(() => expect(document.querySelectorAll('.ant-table-row')).toHaveLength(2));
  });
});
