import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp, type Viewport } from './app-harness.ts';
import { seedHandler } from './flows.ts';

// The smallest screen the handlers' office machines have.
const LAPTOP: Viewport = { width: 1366, height: 768 };
const SETTLE_MS = 500;
const FIRST_ENTRY = '第1项干预具体情况';
const MISSING_IN_BLANK_ENTRY = [
  '时间',
  '插手干预人情况（姓名）',
  '插手干预人情况（单位）',
  '插手干预人情况（职务）',
  '插手干预人情况（所在单位类别）',
  '插手干预人情况（职务层次或职级）',
  '插手干预人情况（在职情况）',
  '插手干预方式',
  '重大事项类别',
  '重大事项名称',
  '第六条所列情形',
  '具体干预内容',
  '处置方式',
];

async function recordCount(app: RunningApp): Promise<number> {
  const list = await app.dispatch('record.list', {});
  if (!list.ok) throw new Error(list.error.message);
  return (list.value as { records: unknown[] }).records.length;
}

function firstEntry(page: Page): Locator {
  return page.locator('.ant-card').filter({ has: page.getByText(FIRST_ENTRY, { exact: true }) });
}

// Whether the whole form item (label, control and its red message) is inside the visible part of the window.
async function wholeItemOnScreen(control: Locator): Promise<boolean> {
  return control.evaluate((element, height) => {
    const box = (element.closest('.ant-form-item') ?? element).getBoundingClientRect();
    return box.top >= 0 && box.bottom <= height;
  }, LAPTOP.height);
}

async function isFocused(control: Locator): Promise<boolean> {
  return control.evaluate((element) => element === document.activeElement || element.contains(document.activeElement));
}

// Each test starts from its own handler installation, so none depends on the drafts the one before it left.
describe('填写记录表 and 完成填报 on a 1366×768 screen', () => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp({ viewport: LAPTOP });
    await seedHandler(app);
  });
  afterEach(async () => {
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('opens the same untouched blank draft on every click of 填写记录表, and a new one once it has content', async () => {
    const { page } = app;
    const menuItem = page.getByRole('menuitem', { name: '填写记录表' });
    await menuItem.click();
    await expect.poll(() => page.getByLabel('填报人').inputValue()).toBe('张𠮷明');
    await page.getByRole('menuitem', { name: '记录列表' }).click();
    await page.getByRole('button', { name: '新建记录表' }).waitFor();
    await menuItem.click();
    await firstEntry(page).waitFor();
    await menuItem.click();
    await firstEntry(page).waitFor();
    expect(await recordCount(app)).toBe(1);
    const panel = page.getByLabel('判断与期限');
    expect(await panel.textContent()).not.toContain('不详');

    await firstEntry(page).getByLabel('插手干预人姓名').fill('赵某');
    await expect.poll(() => panel.textContent()).toContain('第1项干预具体情况的插手干预人职务职级不详');
    await menuItem.click();
    await expect.poll(() => recordCount(app)).toBe(2);
    await expect.poll(() => firstEntry(page).getByLabel('插手干预人姓名').inputValue()).toBe('');
    await page.waitForTimeout(SETTLE_MS);
    expect(await panel.textContent()).not.toContain('不详');
  });

  it('focuses the first missing field on screen and lists every missing field as a link to it', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '填写记录表' }).click();
    await firstEntry(page).waitFor();
    await page.getByRole('button', { name: '完成填报' }).click();
    const alert = page.getByRole('alert').filter({ hasText: '记录表尚未填写完整' });
    await alert.waitFor();
    await page.waitForTimeout(SETTLE_MS);

    const time = firstEntry(page).getByLabel('干预时间');
    expect(await isFocused(time)).toBe(true);
    expect(await wholeItemOnScreen(time)).toBe(true);
    expect(await alert.getByRole('link').allTextContents()).toEqual(MISSING_IN_BLANK_ENTRY);
    expect(await alert.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')))).toEqual(
      MISSING_IN_BLANK_ENTRY.map((label) => `${FIRST_ENTRY}：${label}`),
    );

    await alert.getByRole('link', { name: `${FIRST_ENTRY}：处置方式` }).click();
    const handling = firstEntry(page).getByLabel('处置方式');
    await expect.poll(() => isFocused(handling)).toBe(true);
    expect(await wholeItemOnScreen(handling)).toBe(true);
    expect(await wholeItemOnScreen(time)).toBe(false);

    // By keyboard too: focusing the link brings the alert back into view, Enter follows it.
    await alert.getByRole('link', { name: `${FIRST_ENTRY}：插手干预人情况（在职情况）` }).focus();
    await page.keyboard.press('Enter');
    const tenure = firstEntry(page).getByRole('radio', { name: '现职', exact: true });
    await expect.poll(() => isFocused(tenure)).toBe(true);
    expect(await wholeItemOnScreen(tenure)).toBe(true);
  });
});
