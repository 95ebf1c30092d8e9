import type { CDPSession, Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, completeEntry } from '../support/dispatch-fixtures.ts';
import { launchApp, type RunningApp } from './app-harness.ts';
import { seedHandler, seedRecord } from './flows.ts';

// Longer than the editor's autosave delay (1.5 s) and the side panel's (0.6 s): whatever either would take from an
// open composition, it has taken by then.
const LONGER_THAN_AUTOSAVE_MS = 2_500;

// A pinyin input method as Chromium sees one: the composition grows key by key (underlined text the page may
// not treat as written), then the chosen characters are committed in one insertion.
async function compose(cdp: CDPSession, keys: string[]): Promise<void> {
  for (const text of keys) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
}

async function commit(cdp: CDPSession, text: string): Promise<void> {
  await cdp.send('Input.insertText', { text });
}

function entryField(page: Page, label: string): Locator {
  return page.locator('.ant-card', { hasText: '第1项干预具体情况' }).getByLabel(label);
}

function itemOf(field: Locator): Locator {
  return field.locator("xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' ant-form-item ')][1]");
}

async function storedEntry(app: RunningApp, recordId: string) {
  const detail = await call(app.dispatch, 'record.get', { recordId });
  return detail.draft.entries[0];
}

// Issue 13, item 9: typing Chinese through an input method, in real Chromium, driven through the DevTools protocol.
describe('typing through a pinyin input method', () => {
  let app: RunningApp;
  let cdp: CDPSession;
  let recordId: string;
  beforeEach(async () => {
    app = await launchApp();
    await seedHandler(app);
    recordId = await seedRecord(app, [completeEntry('divisionDeputy', { content: '' })]);
    await app.page.getByRole('cell', { name: /王某某/ }).click();
    await entryField(app.page, '具体干预内容').waitFor();
    cdp = await app.page.context().newCDPSession(app.page);
  });
  afterEach(async () => {
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('shows no limit message for the pinyin of an open composition, only for committed text', async () => {
    const { page } = app;
    const name = entryField(page, '插手干预人姓名');
    await name.click();
    await name.press('ControlOrMeta+a');
    await page.keyboard.insertText('某'.repeat(48));
    for (let length = 1; length <= 'guanzhao'.length; length += 1) {
      await compose(cdp, ['guanzhao'.slice(0, length)]);
      await expect.poll(() => name.inputValue()).toBe(`${'某'.repeat(48)}${'guanzhao'.slice(0, length)}`);
      expect(await itemOf(name).locator('.ant-form-item-explain-error').count()).toBe(0);
    }
    await commit(cdp, '关照');
    await expect.poll(() => name.inputValue()).toBe(`${'某'.repeat(48)}关照`);
    expect(await itemOf(name).locator('.ant-form-item-explain-error').count()).toBe(0);
    await compose(cdp, ['a']);
    await commit(cdp, '啊');
    await expect.poll(() => itemOf(name).locator('.ant-form-item-explain-error').textContent()).toBe('插手干预人姓名不能超过50个字（现为51个字）');
  });

  it('counts and autosaves committed text only, never the pinyin still being composed', async () => {
    const { page } = app;
    const content = entryField(page, '具体干预内容');
    await content.click();
    await page.keyboard.insertText('来电要求');
    await compose(cdp, ['g', 'gu', 'gua', 'guan']);
    await expect.poll(() => content.inputValue()).toBe('来电要求guan');
    const counter = itemOf(content).locator('.ant-input-data-count');
    expect(await counter.textContent()).toBe('4 / 5000');
    await page.waitForTimeout(LONGER_THAN_AUTOSAVE_MS);
    expect((await storedEntry(app, recordId))?.content).toBe('来电要求');
    await commit(cdp, '关照');
    await expect.poll(() => counter.textContent()).toBe('6 / 5000');
    await expect.poll(async () => (await storedEntry(app, recordId))?.content).toBe('来电要求关照');
  });

  it('keeps the 　　 indent of the first paragraph in a newly finalized version', async () => {
    const { page } = app;
    const content = entryField(page, '具体干预内容');
    await content.click();
    await page.keyboard.insertText('\u3000\u3000来电要求关照。\n\u3000\u3000又询问评标专家名单。');
    await page.getByRole('button', { name: '完成填报' }).click();
    await page.getByRole('checkbox', { name: '本表由重大事项承办人员填写，本人对填报内容的真实性负责。' }).check();
    await page.getByRole('button', { name: '确认完成填报' }).click();
    await page.getByTestId('record-document').waitFor();
    const finalized = await call(app.dispatch, 'record.get', { recordId });
    expect(finalized.draft.entries[0]?.content).toBe('\u3000\u3000来电要求关照。\n\u3000\u3000又询问评标专家名单。');
  });
});
