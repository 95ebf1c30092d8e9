import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app-harness.ts';
import { confirmShownRecoveryKey, fillEntry, fillProfile, finalizeOpenRecord, TYPICAL_ENTRY, unlock } from './flows.ts';
import { seriousAccessibilityViolations } from './support-axe.ts';
import { TEST_PASSPHRASE } from '../support/test-vault.ts';

// Every screen the handler meets, checked by axe-core as it is shown: no serious or critical violation.
describe('accessibility of every screen', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  const check = async () => expect(await seriousAccessibilityViolations(app.page)).toEqual([]);

  it('setup: role, passphrase, recovery key and profile', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '下一步' }).waitFor();
    await check();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('设置口令').fill('password1234');
    await page.getByTestId('passphrase-strength').getByText(/不能使用/).waitFor();
    await check();
    await page.getByLabel('设置口令').fill(TEST_PASSPHRASE);
    await page.getByLabel('再次输入口令').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: '创建加密数据库' }).click();
    await page.getByTestId('recovery-key').waitFor();
    await check();
    await confirmShownRecoveryKey(page);
    await page.getByRole('button', { name: '完成设置' }).waitFor();
    await check();
    await fillProfile(page);
    await page.getByRole('button', { name: '完成设置' }).click();
    await page.getByRole('menuitem', { name: '记录列表' }).waitFor();
    await check();
  });

  it('the editor: a draft, the missing-fields list, a finalized record and its version history', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '填写记录表' }).click();
    await page.getByLabel('填报人').waitFor();
    await page.getByRole('button', { name: '完成填报' }).click();
    await page.getByText('请填写干预时间').waitFor();
    await check();
    await fillEntry(page, 1, TYPICAL_ENTRY);
    await finalizeOpenRecord(page);
    await page.getByTestId('record-document').waitFor();
    await check();
  });

  it('the records list, the audit trail, settings and about', async () => {
    const { page } = app;
    for (const [menu, ready] of [
      ['记录列表', '填写记录表'],
      ['操作日志', '操作日志'],
      ['设置', '修改口令'],
      ['关于', '关于'],
    ] as const) {
      await page.getByRole('menuitem', { name: menu }).click();
      await page.getByText(ready).last().waitFor();
      await check();
    }
  });

  it('the unlock screen', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '锁定' }).click();
    await page.getByRole('button', { name: '解锁' }).waitFor();
    await check();
    await unlock(page);
    await page.getByRole('menuitem', { name: '记录列表' }).waitFor();
  });
});
