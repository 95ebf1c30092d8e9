import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StaffPage } from '../../../src-renderer/features/discipline/staff-page.tsx';
import { SummaryPage } from '../../../src-renderer/features/discipline/summary-page.tsx';
import { AppProviders, openSelect } from '../support/editor-fixtures.tsx';
import type { RealMain } from '../support/real-main.ts';
import { keyInPaper, startBody } from './casework-fixtures.ts';

describe('staff accounts and 签批 over the real main side', () => {
  let main: RealMain;
  afterEach(async () => {
    await main.close();
    expect(main.thrown).toEqual([]);
  });

  it('registers the first account’s user, adds an officer with their own passphrase, and the head signs', async () => {
    main = await startBody('2027-01-05T10:00:00+08:00');
    await keyInPaper(main);
    const { unmount } = render(
      <AppProviders>
        <StaffPage />
      </AppProviders>,
    );
    fireEvent.change(await screen.findByLabelText('姓名'), { target: { value: '王某' } });
    openSelect(screen.getByLabelText('身份'));
    fireEvent.click(await screen.findByTitle('纪检组织主要负责人'));
    fireEvent.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findByText('当前使用')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('姓名'), { target: { value: '孙某' } });
    fireEvent.change(screen.getByLabelText('其本人设置的口令'), { target: { value: '孙某自己的口令 sun 2027 abc' } });
    fireEvent.click(screen.getByRole('button', { name: '增加账户' }));
    await waitFor(() => expect(screen.getByText('孙某')).toBeTruthy());
    expect((await main.value('staff.list', {})).map((member) => [member.name, member.role]).sort()).toEqual([
      ['孙某', 'officer'],
      ['王某', 'head'],
    ]);
    unmount();

    render(
      <AppProviders>
        <SummaryPage />
      </AppProviders>,
    );
    fireEvent.change(await screen.findByLabelText('纪检组织名称'), { target: { value: '某局纪检组' } });
    fireEvent.click(screen.getByRole('button', { name: '生成汇总' }));
    await screen.findByText(/2026年度共收到记录表 1 份/);
    fireEvent.click(screen.getByRole('button', { name: '签批' }));
    expect(await screen.findByText(/纪检组织主要负责人（签批）：王某/)).toBeTruthy();
    expect(screen.getByText('日期：2027-01-05')).toBeTruthy();
  });
});
