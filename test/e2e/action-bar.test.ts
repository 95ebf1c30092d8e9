import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app-harness.ts';
import { completeSetup, fillEntry, finalizeOpenRecord, TYPICAL_ENTRY } from './flows.ts';

describe('the record’s action bar', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await launchApp();
    await completeSetup(app.page);
  });
  afterEach(() => {
    expect(app.consoleErrors).toEqual([]);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('stays in view at the bottom of a long draft, saves from there and on Ctrl+S, with the save state beside it', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('menuitem', { name: '填写记录表' }).click();
    await fillEntry(page, 1, TYPICAL_ENTRY);
    const bar = page.getByTestId('editor-action-bar');
    const handling = page.getByLabel('处置方式');
    await handling.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 5_000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    expect((await bar.boundingBox())?.y).toBe(0);
    expect(await bar.getByRole('button', { name: '完成填报' }).isVisible()).toBe(true);
    expect(await bar.getByTestId('autosave-status').isVisible()).toBe(true);

    await handling.fill('当场拒绝。');
    await handling.press('Control+s');
    await expect.poll(() => page.getByText('草稿已保存').count()).toBe(1);
    await handling.fill('当场拒绝，并报告分管领导。');
    await bar.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => bar.getByTestId('autosave-status').textContent()).toMatch(/^已自动保存 \d\d:\d\d:\d\d$/);
  });

  it('opens the 另存为 PDF menu from the keyboard with ArrowDown or Enter', async () => {
    const { page } = app;
    await finalizeOpenRecord(page);
    const button = page.getByRole('button', { name: '另存为 PDF…' });
    await button.waitFor();
    await button.focus();
    await page.keyboard.press('ArrowDown');
    const item = page.getByRole('menuitem', { name: '记录表另存为 PDF', exact: true });
    await item.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => item.isVisible()).toBe(false);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => item.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
  });
});
