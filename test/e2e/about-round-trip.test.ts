import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app-harness.ts';
import { completeSetup } from './flows.ts';

describe('app.about end to end', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await launchApp();
    await completeSetup(app.page);
  });
  afterAll(async () => {
    await app?.close();
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

  it('requested nothing outside its loopback origin and logged no errors', () => {
    expect(app.requestedUrls.length).toBeGreaterThan(1);
    const foreign = app.requestedUrls.filter((url) => !url.startsWith(`${app.origin}/`));
    expect(foreign).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
