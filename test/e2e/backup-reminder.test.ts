import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeEntry } from '../support/dispatch-fixtures.ts';
import { launchApp, type RunningApp } from './app-harness.ts';
import { seedHandler, seedRecord, unlock } from './flows.ts';
import { seriousAccessibilityViolations } from './support-axe.ts';

const MS_PER_DAY = 86_400_000;

// Issue 13, item 10: a week after a record is finalized with no backup made, the records list says so, with the
// backup one click away, and nothing else waits for it.
describe('the backup reminder', () => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp();
    await seedHandler(app);
    await seedRecord(app, [completeEntry('divisionDeputy')], true);
  });
  afterEach(async () => {
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  // The handler comes back days later and unlocks: the workspace opens on the records list.
  const daysLater = async (days: number) => {
    await app.page.getByRole('button', { name: '锁定' }).click();
    app.clock.advanceMs(days * MS_PER_DAY);
    await unlock(app.page);
    await app.page.getByRole('columnheader', { name: '重大事项' }).waitFor();
  };

  it('appears only after 7 days, and a backup made from it answers it', async () => {
    const { page } = app;
    await daysLater(6);
    expect(await page.getByTestId('backup-reminder').count()).toBe(0);
    await daysLater(1);
    const reminder = page.getByTestId('backup-reminder');
    await expect.poll(() => reminder.textContent()).toContain('有记录表完成填报已超过7天，尚未备份');
    expect(await reminder.textContent()).toContain('本机还没有做过备份');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Non-blocking: the list under it still opens a record.
    await page.getByRole('cell', { name: /王某某/ }).click();
    await page.getByTestId('record-document').waitFor();
    await page.getByRole('menuitem', { name: '记录列表' }).click();
    const target = join(app.dataDir, '..', `reminded-${Date.now()}.liuhen-backup`);
    app.dialogs.savePaths.push(target);
    await reminder.getByRole('button', { name: '立即备份…' }).click();
    await expect.poll(() => reminder.count()).toBe(0);
    expect(existsSync(target)).toBe(true);
    await daysLater(30);
    expect(await page.getByTestId('backup-reminder').count()).toBe(0);
  });

  it('can be put off until the workspace opens again, and waits the days set in 设置', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '设置' }).click();
    const days = page.getByLabel('完成填报后超过多少天未备份时提醒');
    await expect.poll(() => days.inputValue()).toBe('7');
    await days.fill('2');
    await page.locator('.ant-card', { hasText: '备份到文件' }).getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存备份提醒').waitFor();
    await daysLater(2);
    const reminder = page.getByTestId('backup-reminder');
    await expect.poll(() => reminder.textContent()).toContain('已超过2天');
    await reminder.getByRole('button', { name: '以后再说' }).click();
    expect(await reminder.count()).toBe(0);
    await daysLater(0);
    await expect.poll(() => reminder.count()).toBe(1);
  });
});
