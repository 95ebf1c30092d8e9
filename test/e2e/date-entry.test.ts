import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, completeEntry } from '../support/dispatch-fixtures.ts';
import { launchApp, type RunningApp } from './app-harness.ts';
import { seedHandler, unlock } from './flows.ts';

const MS_PER_DAY = 86_400_000;
// The harness's clock stands at 2026-11-26 09:00 in China; the machine running the test may be days later, so a
// check made against the machine's clock would take 2026-11-30.
const TODAY = '2026-11-26';

function entryCard(page: Page): Locator {
  return page.locator('.ant-card', { hasText: '第1项干预具体情况' });
}

// The form item around a field: its error and what it understood are shown there.
function itemOf(field: Locator): Locator {
  return field.locator("xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' ant-form-item ')][1]");
}

// Types as a pinyin input method commits text (one insertion, no key per character), then presses Tab.
async function typeAndTab(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.page().keyboard.insertText(text);
  await field.press('Tab');
}

// Each test starts from its own installation with a new draft open, so none depends on what the one before typed.
describe('dates in real Chromium, by the app’s clock', () => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp();
    await seedHandler(app);
    await app.page.getByRole('menuitem', { name: '填写记录表' }).click();
    await app.page.getByText('第1项干预具体情况', { exact: true }).waitFor();
  });
  afterEach(async () => {
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('refuses days after today beside each field, and the calendar disables them', async () => {
    const { page } = app;
    const time = entryCard(page).getByLabel('干预时间');
    await typeAndTab(time, '2026-11-30 16:20');
    await expect.poll(() => itemOf(time).textContent()).toContain(`干预时间不能晚于今天（${TODAY}）`);
    const filedAt = page.getByLabel('填报时间');
    await typeAndTab(filedAt, '2026/11/27');
    await expect.poll(() => itemOf(filedAt).textContent()).toContain(`填报时间不能晚于今天（${TODAY}）`);
    const learnedOn = entryCard(page).getByLabel('发现日期');
    await typeAndTab(learnedOn, '2026年11月28日');
    await expect.poll(() => itemOf(learnedOn).textContent()).toContain(`发现日期不能晚于今天（${TODAY}）`);

    await filedAt.focus();
    await filedAt.press('ArrowDown');
    const calendar = page.getByRole('dialog', { name: '选择日期' });
    await expect.poll(() => calendar.locator('td[title="2026-11-27"]').getAttribute('class')).toContain('ant-picker-cell-disabled');
    expect(await calendar.locator(`td[title="${TODAY}"]`).getAttribute('class')).not.toContain('ant-picker-cell-disabled');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect.poll(() => filedAt.inputValue()).toBe('2026年11月25日');
    await expect.poll(() => itemOf(filedAt).locator('.ant-form-item-explain-error').count()).toBe(0);
  });

  it('reads a full-width date-time from an input method when the field is left by a click, and clears the refusals', async () => {
    const { page } = app;
    const time = entryCard(page).getByLabel('干预时间');
    await time.click();
    await time.press('ControlOrMeta+a');
    await page.keyboard.insertText('２０２６年１１月２４日\u300015：30');
    await page.getByLabel('填报人').click();
    await expect.poll(() => time.inputValue()).toBe('2026年11月24日 15:30');
    expect(await itemOf(time).textContent()).toContain('已识别为 2026年11月24日 星期二 15:30');
    const learnedOn = entryCard(page).getByLabel('发现日期');
    await typeAndTab(learnedOn, '20261125');
    await expect.poll(() => learnedOn.inputValue()).toBe('2026年11月25日');
    await expect.poll(() => page.locator('.ant-form-item-explain-error').allTextContents()).toEqual([]);
    await page.getByLabel('填报人').press('ControlOrMeta+s');
    await expect.poll(() => page.getByTestId('autosave-status').textContent()).toMatch(/^已自动保存/);
    const list = await app.dispatch('record.list', {});
    const recordId = list.ok ? (list.value as { records: { recordId: string }[] }).records[0]?.recordId : undefined;
    const saved = await app.dispatch('record.get', { recordId });
    expect(saved.ok && (saved.value as { draft: unknown }).draft).toMatchObject({
      filedAt: TODAY,
      entries: [{ occurredAt: '2026-11-24T15:30', learnedOn: '2026-11-25' }],
    });
  });

  it('keeps the 已报送 dialog open with the reason beside the date, then says 已于…报送 instead of counting down', async () => {
    const { page } = app;
    // The draft just opened, filed the day before today and finalized through main.
    const { recordId, draft } = await call(app.dispatch, 'record.create', {});
    const entries = [completeEntry('divisionDeputy', { occurredAt: '2026-11-24T15:30' })];
    await call(app.dispatch, 'record.saveDraft', { recordId, draft: { ...draft, filedAt: '2026-11-25', entries } });
    await call(app.dispatch, 'record.finalize', { recordId });
    await page.reload();
    await page.getByRole('cell', { name: /王某某/ }).click();
    await expect.poll(() => page.getByText('已完成填报', { exact: true }).count()).toBeGreaterThan(0);
    const panel = page.getByLabel('判断与期限');
    expect(await panel.getByTestId('deadline-tag').count()).toBe(1);

    await page.getByRole('button', { name: '标记为已报送' }).click();
    const dialog = page.getByRole('dialog', { name: '标记为已报送' });
    const date = dialog.getByLabel('报送日期');
    await expect.poll(() => date.inputValue()).toBe('2026年11月26日');
    await typeAndTab(date, '2026-11-27');
    await dialog.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => itemOf(date).textContent()).toContain(`报送日期不能晚于今天（${TODAY}）`);
    await typeAndTab(date, '2026-11-24');
    await dialog.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => itemOf(date).textContent()).toContain('报送日期不能早于填报时间（2026-11-25）');

    // Main's clock goes back a day while the dialog is open: main refuses what the page still thinks is today.
    app.clock.advanceMs(-MS_PER_DAY);
    await typeAndTab(date, TODAY);
    await dialog.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => itemOf(date).textContent()).toMatch(/报送日期不能晚于今天/);
    expect(await dialog.isVisible()).toBe(true);

    // The clock coming back looks to main like a day without use: it locks the vault. Unlocked, the same day is taken.
    app.clock.advanceMs(MS_PER_DAY);
    await unlock(page);
    await page.getByRole('cell', { name: /王某某/ }).click();
    await page.getByRole('button', { name: '标记为已报送' }).click();
    await expect.poll(() => dialog.getByLabel('报送日期').inputValue()).toBe('2026年11月26日');
    await dialog.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => panel.getByTestId('submitted-on').textContent()).toBe('已于2026年11月26日报送');
    expect(await panel.getByTestId('deadline-tag').count()).toBe(0);
    expect(await page.getByRole('dialog', { name: '标记为已报送' }).count()).toBe(0);
  });
});
