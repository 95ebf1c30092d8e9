import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditActor } from '../../src-renderer/features/audit/audit-actor.tsx';
import { AuditPage } from '../../src-renderer/features/audit/audit-page.tsx';
import { TEST_PASSPHRASE } from '../support/test-vault.ts';
import { keyInPaper, startBody } from './discipline/casework-fixtures.ts';
import { AppProviders } from './support/editor-fixtures.tsx';
import type { RealMain } from './support/real-main.ts';

const OFFICER_SUN = '孙某自己的口令 sun 2027 abc';

function rowsWith(action: string): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('tbody .ant-table-row')].filter((row) => row.textContent?.includes(action));
}

describe('the audit trail names the staff member and checks their signature', () => {
  let main: RealMain | undefined;
  afterEach(async () => {
    if (!main) return;
    await main.close();
    expect(main.thrown).toEqual([]);
    main = undefined;
  });

  it('shows who opened which record, each with a valid signature', async () => {
    main = await startBody('2027-01-05T10:00:00+08:00');
    await main.value('staff.registerFirst', { member: { name: '王某', role: 'head' } });
    await main.value('staff.add', { member: { name: '孙某', role: 'officer' }, passphrase: OFFICER_SUN });
    const { entry } = await keyInPaper(main);
    await main.value('vault.lock', {});
    await main.value('vault.unlock', { passphrase: OFFICER_SUN });
    await main.value('casework.get', { recordId: entry.recordId });
    await main.value('vault.lock', {});
    await main.value('vault.unlock', { passphrase: TEST_PASSPHRASE });
    await main.value('casework.get', { recordId: entry.recordId });

    render(
      <AppProviders>
        <AuditPage />
      </AppProviders>,
    );
    await waitFor(() => expect(rowsWith('查看记录')).toHaveLength(2));
    // Newest first: the head, then the officer.
    const [byHead, byOfficer] = rowsWith('查看记录');
    expect(within(byHead as HTMLElement).getByText('王某')).toBeTruthy();
    expect(within(byHead as HTMLElement).getByText('签名有效')).toBeTruthy();
    expect(within(byOfficer as HTMLElement).getByText('孙某')).toBeTruthy();
    expect(within(byOfficer as HTMLElement).getByText('签名有效')).toBeTruthy();
    expect(screen.queryByText('签名无法核验')).toBeNull();
  });

  it('says plainly when a signature does not verify, and names no one where nobody signed', () => {
    render(
      <>
        <AuditActor entry={{ actor: 'owner', by: { memberId: 'a'.repeat(32), name: '李某' }, signatureStatus: 'invalid' }} />
        <AuditActor entry={{ actor: 'system' }} />
      </>,
    );
    expect(screen.getByText('李某')).toBeTruthy();
    expect(screen.getByText('签名无法核验')).toBeTruthy();
    expect(screen.queryByText('签名有效')).toBeNull();
    expect(screen.getByText('系统')).toBeTruthy();
  });
});
