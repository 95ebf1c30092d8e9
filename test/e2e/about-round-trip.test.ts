import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app-harness.ts';
import { seedHandler } from './flows.ts';

// Each test starts from its own handler installation, so none depends on what the one before it did.
describe('app.about end to end', () => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp();
    await seedHandler(app);
  });
  afterEach(async () => {
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('shows version and data folder answered by the real dispatch', async () => {
    await app.page.getByRole('menuitem', { name: '关于' }).click();
    await expect.poll(() => app.page.getByTestId('data-dir').textContent()).toBe(app.dataDir);
    expect(await app.page.getByText('0.1.0-test').count()).toBe(1);
  });

  it('speaks Chinese and shows the handler workspace navigation', async () => {
    expect(await app.page.locator('html').getAttribute('lang')).toBe('zh-CN');
    for (const label of ['记录列表', '填写记录表', '操作日志', '设置']) {
      await expect.poll(() => app.page.getByRole('menuitem', { name: label }).count()).toBe(1);
    }
  });

  it('requests nothing outside its loopback origin while its screens are shown', async () => {
    for (const [menu, ready] of [
      ['填写记录表', '第1项干预具体情况'],
      ['操作日志', '操作日志'],
      ['设置', '修改口令'],
      ['关于', '关于'],
    ] as const) {
      await app.page.getByRole('menuitem', { name: menu }).click();
      await app.page.getByText(ready).last().waitFor();
    }
    expect(app.requestedUrls.length).toBeGreaterThan(1);
    expect(app.requestedUrls.filter((url) => !url.startsWith(`${app.origin}/`))).toEqual([]);
  });
});
