import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SummaryPage } from '../../../src-renderer/features/discipline/summary-page.tsx';
import { AppProviders } from '../support/editor-fixtures.tsx';
import type { RealMain } from '../support/real-main.ts';
import { keyInPaper, startBody } from './casework-fixtures.ts';

describe('the sealed summary on the 年度汇总 page, over the real main side', () => {
  let main: RealMain;
  afterEach(async () => {
    await main.close();
    expect(main.thrown).toEqual([]);
  });

  it('offers the sealed file once a summary is shown, and says to import the office’s key file first', async () => {
    main = await startBody();
    await keyInPaper(main, { name: '赵某' });
    render(
      <AppProviders>
        <SummaryPage />
      </AppProviders>,
    );
    const year = await screen.findByLabelText('年度');
    expect(screen.queryByRole('button', { name: /导出报送领导小组办公室的加密文件/ })).toBeNull();
    fireEvent.change(year, { target: { value: '2026' } });
    fireEvent.change(screen.getByLabelText('纪检组织名称'), { target: { value: '某局纪检组' } });
    fireEvent.click(screen.getByRole('button', { name: '生成汇总' }));
    fireEvent.click(await screen.findByRole('button', { name: /导出报送领导小组办公室的加密文件/ }));
    expect(await screen.findByText(/尚未导入领导小组办公室的公钥文件/)).toBeTruthy();
  });
});
