import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../support/dispatch-fixtures.ts';
import { TEST_PASSPHRASE } from '../support/test-vault.ts';
import { launchApp, type RunningApp } from './app-harness.ts';
import { completeSetup, confirmShownRecoveryKey, seedHandler, unlock } from './flows.ts';

const REPO = join(import.meta.dirname, '..', '..');
const NEW_PASSPHRASE = '新的口令 another passphrase 77';

// Each test starts from its own installation, set up through main, so none depends on the one before.
describe('settings, backup, recovery and restore end to end', () => {
  let app: RunningApp;
  let recoveryKey: string;
  beforeEach(async () => {
    app = await launchApp();
    recoveryKey = await seedHandler(app);
  });
  afterEach(async () => {
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('imports an unsigned calendar pack, once its risk is confirmed, and shows the years it covers', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '设置' }).click();
    await expect.poll(() => page.getByText('2004—2026年').count()).toBe(1);
    app.dialogs.openPaths.push(join(REPO, 'docs', 'examples', 'calendar-pack-2027.json'));
    await page.getByRole('button', { name: '导入未签名的日历包…' }).click();
    await page.getByRole('button', { name: '我已核对通知原文，仍要导入' }).click();
    await expect.poll(() => page.getByText(/2027年节假日安排.*（2027年）/).count()).toBe(1);
  });

  it('refuses a malformed calendar pack with a Chinese message and keeps the calendar', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '设置' }).click();
    await expect.poll(() => page.getByText('2004—2026年').count()).toBe(1);
    app.dialogs.openPaths.push(join(REPO, 'package.json'));
    await page.getByRole('button', { name: '导入未签名的日历包…' }).click();
    await page.getByRole('button', { name: '我已核对通知原文，仍要导入' }).click();
    await expect.poll(() => page.getByText(/日历包有\d+处问题，未导入/).count()).toBeGreaterThan(0);
    expect(await page.getByText('2004—2026年').count()).toBe(1);
  });

  it('changes the auto-lock time and backs up to the file the save dialog answers', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByLabel('无操作多少分钟后自动锁定').fill('9');
    await page.locator('.ant-card', { hasText: '无操作多少分钟后自动锁定' }).getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByText('已保存自动锁定时间').count()).toBe(1);
    app.dialogs.savePaths.push(join(app.dataDir, 'e2e.liuhen-backup'));
    await page.getByRole('button', { name: '备份到文件…' }).click();
    await expect.poll(() => page.getByText(/已备份到/).count()).toBe(1);
  });

  it('recovers a forgotten passphrase with the recovery key, after a wrong passphrase is refused', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '锁定' }).click();
    await unlock(page, 'this is not the passphrase 1');
    await expect.poll(() => page.getByText(/口令不正确/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '忘记口令？使用恢复密钥' }).click();
    await page.getByLabel('恢复密钥').fill(recoveryKey.replace(/-/g, ' '));
    await page.getByLabel('新口令', { exact: true }).fill(NEW_PASSPHRASE);
    expect(await page.getByLabel('再次输入新口令').count()).toBe(1);
    await page.getByLabel('再次输入新口令').fill(`${NEW_PASSPHRASE}8`);
    await page.getByRole('button', { name: '恢复并解锁' }).click();
    await expect.poll(() => page.getByText('两次输入的口令不一致').count()).toBe(1);
    expect(await app.dispatch('vault.status', {})).toMatchObject({ ok: true, value: { unlocked: false } });
    await page.getByLabel('再次输入新口令').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: '恢复并解锁' }).click();
    // The key just typed is spent: a new one is shown and must be retyped, then the workspace opens.
    const newKey = await confirmShownRecoveryKey(page);
    expect(newKey).not.toBe(recoveryKey);
    await page.getByRole('menuitem', { name: '记录列表' }).waitFor();
  });

  it('restores the backup from the unlock screen with the passphrase it was made with', async () => {
    const { page } = app;
    // A backup made with the first passphrase, which has been changed since.
    app.dialogs.savePaths.push(join(app.dataDir, 'e2e.liuhen-backup'));
    await call(app.dispatch, 'vault.backup', {});
    await call(app.dispatch, 'vault.changePassphrase', { current: TEST_PASSPHRASE, next: NEW_PASSPHRASE });
    await page.getByRole('button', { name: '锁定' }).click();
    await page.getByRole('button', { name: '从备份恢复' }).click();
    await page.getByLabel('当前数据库的口令或恢复密钥').fill(NEW_PASSPHRASE);
    await page.getByLabel('备份时的口令（与当前口令相同时可不填）').fill(TEST_PASSPHRASE);
    app.dialogs.openPaths.push(join(app.dataDir, 'e2e.liuhen-backup'));
    await page.getByRole('button', { name: '选择备份文件并恢复…' }).click();
    await page.getByRole('menuitem', { name: '操作日志' }).click();
    await expect.poll(() => page.getByRole('cell', { name: '从备份恢复' }).count()).toBe(1);
  });
});

describe('moving to a new computer', () => {
  it('restores a backup on first run, before any vault exists, and lands in the workspace', async () => {
    const source = await launchApp();
    const target = await launchApp();
    try {
      await completeSetup(source.page);
      const backup = join(source.dataDir, 'moved.liuhen-backup');
      source.dialogs.savePaths.push(backup);
      await source.page.getByRole('menuitem', { name: '设置' }).click();
      await source.page.getByRole('button', { name: '备份到文件…' }).click();
      await expect.poll(() => source.page.getByText(/已备份到/).count()).toBe(1);

      const { page } = target;
      await page.getByRole('button', { name: '换了电脑？从备份恢复已有的数据' }).click();
      await page.getByLabel('备份时的口令').fill(TEST_PASSPHRASE);
      target.dialogs.openPaths.push(backup);
      await page.getByRole('button', { name: '选择备份文件并恢复…' }).click();
      await page.getByRole('menuitem', { name: '记录列表' }).waitFor();
      expect(target.consoleErrors).toEqual([]);
    } finally {
      await source.close();
      await target.close();
    }
  });
});
