import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFileKind } from '../../src-main/core/casework/casework-kinds.ts';
import { formatRecordNumber } from '../../src-main/shared/form/record-number.ts';
import { call } from '../support/dispatch-fixtures.ts';
import { manyCaseFiles } from '../support/many-case-files.ts';
import { TEST_PASSPHRASE } from '../support/test-vault.ts';
import { launchApp, type RunningApp } from './app-harness.ts';
import { UNIT_BODY } from './discipline-seed.ts';

const STORED_CASES = 10_000;
// A body's inbox draws the rows in view and a few beyond, not ten thousand table rows.
const MOST_ROWS_DRAWN = 60;
const SETTLE_MS = 300;

let app: RunningApp;

const rowLabels = () => app.page.locator('.ant-table-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')));

// Issue 15, item 2: the inbox over 10,000 stored cases in the real browser stays a table of the rows in view, the
// last record is reachable by scrolling, and a search finds the one record among them.
describe('the discipline body’s inbox with 10,000 records', () => {
  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1366, height: 768 } });
    const { recoveryKey } = await call(app.dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE, role: 'disciplineBody' });
    await call(app.dispatch, 'setup.confirmRecoveryKey', { recoveryKey });
    await call(app.dispatch, 'body.setUp', { identity: UNIT_BODY });
    const table = app.services.vault.table(caseFileKind);
    app.services.vault.change({ action: 'recordImported', note: 'e2e: 10,000 cases' }, () => {
      for (const caseFile of manyCaseFiles(STORED_CASES)) table.put(caseFile.entry.recordId, caseFile);
    });
    // The first inbox after unlock decrypts every case, in this same process as the browser's driver: done here
    // so the clicks below are not waiting on it.
    await call(app.dispatch, 'casework.inbox', {});
    await app.page.reload();
    await app.page.getByRole('menuitem', { name: '收件箱' }).click();
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  it('lists all of them and draws only the rows in view', async () => {
    await app.page.getByText(`共 ${STORED_CASES} 份记录`).waitFor({ timeout: 60_000 });
    const drawn = await rowLabels();
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThanOrEqual(MOST_ROWS_DRAWN);
  });

  it('scrolls to the last record, which opens like any other', async () => {
    const listed = await call(app.dispatch, 'casework.inbox', {});
    const last = listed.at(-1);
    if (!last) throw new Error('the inbox listed nothing');
    const lastLabel = `记录 ${last.recordNumber}`;
    expect(await rowLabels()).not.toContain(lastLabel);
    const body = app.page.locator('.ant-table-tbody-virtual-holder');
    // The table guesses the height of rows it has not drawn and corrects its scroll position once they are
    // measured, so the bottom is reached by scrolling again until it stays there.
    await expect
      .poll(
        async () => {
          await body.evaluate((element) => element.scrollBy(0, element.scrollHeight));
          await app.page.waitForTimeout(SETTLE_MS);
          return rowLabels();
        },
        { timeout: 20_000 },
      )
      .toContain(lastLabel);
    expect((await rowLabels()).length).toBeLessThanOrEqual(MOST_ROWS_DRAWN);
    await app.page.locator(`.ant-table-row[aria-label="${lastLabel}"]`).click();
    await app.page.getByRole('heading', { name: lastLabel }).waitFor();
    await app.page.getByRole('button', { name: '返回收件箱' }).click();
    await app.page.getByText(`共 ${STORED_CASES} 份记录`).waitFor();
  });

  it('finds the one record whose content names a matter, among 10,000', async () => {
    const wanted = 9_876;
    await app.page.getByLabel('全文查找').fill(`某项目（第${wanted}号）`);
    await app.page.getByText('共 1 份记录（已按条件筛选）').waitFor({ timeout: 30_000 });
    expect(await rowLabels()).toEqual([`记录 ${formatRecordNumber(`B${String(wanted).padStart(6, '0')}`)}`]);
  });
});
