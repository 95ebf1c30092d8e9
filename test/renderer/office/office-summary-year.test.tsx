import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OfficeSummaryPage } from '../../../src-renderer/features/office/office-summary-page.tsx';
import { TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { AppProviders } from '../support/editor-fixtures.tsx';
import { startRealMain, type RealMain } from '../support/real-main.ts';

describe('the office’s summary page', () => {
  let main: RealMain;
  afterEach(async () => {
    await main.close();
    expect(main.thrown).toEqual([]);
  });

  it('proposes the year before main’s today, whatever the browser’s clock says', async () => {
    // Main's clock is years from the browser's: only a default read from main can say 2030.
    main = await startRealMain({ now: '2031-01-05T10:00:00+08:00', handler: false, role: 'leadingGroupOffice' });
    await main.value('vault.create', { passphrase: TEST_PASSPHRASE, role: 'leadingGroupOffice' });
    render(
      <AppProviders>
        <OfficeSummaryPage />
      </AppProviders>,
    );
    expect((await screen.findByLabelText<HTMLInputElement>('年度')).value).toBe('2030');
  });
});
