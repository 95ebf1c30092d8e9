import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE } from '../support/test-vault.ts';
import { launchApp, type RunningApp } from './app-harness.ts';
import { TEST_PROFILE, TYPICAL_ENTRY } from './flows.ts';

// More than any screen has stops between two places a person would go.
const MAX_TAB_STOPS = 120;
// Two screenshots at each of some 200 stops, on a shared machine.
const KEYBOARD_FLOW_TIMEOUT_MS = 300_000;

// What has the focus, for messages.
function focusNow(): string {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body) return 'body';
  return `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.innerText.slice(0, 30)}`.trim();
}

const FOCUS_RING_MARGIN_PX = 6;

// The focused element and a margin around it (where a ring is drawn), within the window.
function focusArea(margin: number): { x: number; y: number; width: number; height: number } {
  const rect = (document.activeElement as HTMLElement).getBoundingClientRect();
  const x = Math.max(0, rect.left - margin);
  const y = Math.max(0, rect.top - margin);
  return {
    x,
    y,
    width: Math.max(1, Math.min(window.innerWidth, rect.right + margin) - x),
    height: Math.max(1, Math.min(window.innerHeight, rect.bottom + margin) - y),
  };
}

// Whether a person can see where the keyboard is: the focused element and its surroundings look different with
// the focus than without it (the caret hidden and transitions finished, so only a ring or highlight counts).
async function expectVisibleFocus(page: Page): Promise<void> {
  const where = await page.evaluate(focusNow);
  // Measured where the element comes to rest, not partway through a dialog's zoom.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
  const clip = await page.evaluate(focusArea, FOCUS_RING_MARGIN_PX);
  const shot = () => page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  const focused = await shot();
  await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    (window as unknown as { refocus: HTMLElement }).refocus = element;
    element.blur();
  });
  const unfocused = await shot();
  await page.evaluate(() => (window as unknown as { refocus: HTMLElement }).refocus.focus({ focusVisible: true }));
  expect(focused.equals(unfocused), `the focus on ${where} cannot be seen`).toBe(false);
}

// Tab (or Shift+Tab) until `target` has the focus, checking at every stop that the focus can be seen.
async function tabTo(target: Locator, direction: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const page = target.page();
  await target.waitFor();
  const passed: string[] = [];
  for (let stop = 0; stop < MAX_TAB_STOPS; stop += 1) {
    await page.keyboard.press(direction);
    passed.push(await page.evaluate(focusNow));
    // Past the last stop the focus leaves the page (the window's own cycle) and comes back at the first.
    if (await page.evaluate(() => document.activeElement === document.body)) continue;
    await expectVisibleFocus(page);
    if (await target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement))) return;
  }
  throw new Error(`${direction} never reached ${target.toString()}, passing ${passed.slice(0, 40).join(' → ')}`);
}

async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
}

// Within a menu or a group, arrows move the focus: on until it is on `text`.
async function arrowTo(page: Page, text: string): Promise<void> {
  for (let step = 0; step < MAX_TAB_STOPS; step += 1) {
    await press(page, 'ArrowDown');
    await expectVisibleFocus(page);
    if ((await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim())) === text) return;
  }
  throw new Error(`arrows never reached ${text}`);
}

// A closed list (no typing into it): ArrowDown opens it and walks the options until the wanted one is active.
async function chooseByArrows(select: Locator, option: string): Promise<void> {
  const page = select.page();
  await tabTo(select);
  const active = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active');
  for (let step = 0; step < MAX_TAB_STOPS; step += 1) {
    await press(page, 'ArrowDown');
    if ((await active.count()) === 1 && (await active.getAttribute('title')) === option) {
      await press(page, 'Enter');
      return;
    }
  }
  throw new Error(`no option ${option}`);
}

// Issue 13: the whole of a handler's work by keyboard alone (Tab, Shift+Tab, Enter, Space, arrows, and typing
// into fields), with the focus visible at every stop.
describe('by keyboard alone', () => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp({ viewport: { width: 1366, height: 768 } });
  });
  afterEach(async () => {
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('sets up, records, finalizes, prints, marks 已报送, amends and views version 1', async () => {
    const { page } = app;
    // Setup: role, passphrase, recovery key, profile.
    await tabTo(page.getByRole('button', { name: '下一步' }));
    await press(page, 'Enter');
    await tabTo(page.getByLabel('设置口令'));
    await page.keyboard.type(TEST_PASSPHRASE);
    await tabTo(page.getByLabel('再次输入口令'));
    await page.keyboard.type(TEST_PASSPHRASE);
    await tabTo(page.getByRole('button', { name: '创建加密数据库' }));
    await press(page, 'Enter');
    const recoveryKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
    await tabTo(page.getByRole('checkbox', { name: '我已抄写或打印恢复密钥，并将妥善保存' }));
    await press(page, 'Space');
    await tabTo(page.getByLabel('请照抄写件重新输入恢复密钥，以确认抄写无误'));
    await page.keyboard.type(recoveryKey);
    await tabTo(page.getByRole('button', { name: '下一步' }));
    await press(page, 'Enter');
    await tabTo(page.getByLabel('姓名'));
    await page.keyboard.type(TEST_PROFILE.name);
    await tabTo(page.getByLabel('政治面貌'));
    await page.keyboard.type('中国共产党党员');
    await press(page, 'Enter');
    await tabTo(page.getByLabel('工作单位'));
    await page.keyboard.type(TEST_PROFILE.workUnit);
    await tabTo(page.getByLabel('现任职务'));
    await page.keyboard.type(TEST_PROFILE.currentPost);
    await tabTo(page.getByRole('radiogroup', { name: '人员类别' }));
    await press(page, 'ArrowRight');
    await press(page, 'ArrowRight');
    await expect.poll(() => page.getByRole('radio', { name: TEST_PROFILE.staffCategory }).isChecked()).toBe(true);
    await tabTo(page.getByLabel('本人岗位职责'));
    await page.keyboard.type(TEST_PROFILE.dutyScope);
    await tabTo(page.getByRole('radio', { name: '是，本单位设有纪委（纪检组）' }));
    await press(page, 'Space');
    await tabTo(page.getByRole('button', { name: '完成设置' }));
    await press(page, 'Enter');
    await page.getByRole('menuitem', { name: '记录列表' }).waitFor();

    // A record, field by field.
    await tabTo(page.getByRole('menu', { name: '主导航' }));
    await arrowTo(page, '填写记录表');
    await press(page, 'Enter');
    const card = page.locator('.ant-card', { hasText: '第1项干预具体情况' });
    await tabTo(card.getByLabel('干预时间'));
    await page.keyboard.type(TYPICAL_ENTRY.occurredAt);
    await press(page, 'Enter');
    for (const [label, text] of [
      ['插手干预人姓名', TYPICAL_ENTRY.name],
      ['插手干预人单位', TYPICAL_ENTRY.unit],
      ['插手干预人职务', TYPICAL_ENTRY.post],
    ] as const) {
      await tabTo(card.getByLabel(label));
      await page.keyboard.type(text);
    }
    await chooseByArrows(card.getByLabel('所在单位类别'), TYPICAL_ENTRY.organisationKind);
    await tabTo(card.getByLabel('职务层次或职级'));
    await page.keyboard.type(TYPICAL_ENTRY.level);
    await press(page, 'Enter');
    await tabTo(card.getByRole('radio', { name: '现职', exact: true }));
    await press(page, 'Space');
    await tabTo(card.getByRole('radio', { name: '当面', exact: true }));
    await press(page, 'ArrowRight');
    await expect.poll(() => card.getByRole('radio', { name: TYPICAL_ENTRY.method, exact: true }).isChecked()).toBe(true);
    await chooseByArrows(card.getByLabel('重大事项类别'), TYPICAL_ENTRY.category);
    await tabTo(card.getByLabel('重大事项名称'));
    await page.keyboard.type(TYPICAL_ENTRY.matterName);
    await tabTo(card.getByRole('checkbox', { name: TYPICAL_ENTRY.kinds[0] ?? '' }));
    await press(page, 'Space');
    await tabTo(card.getByLabel('具体干预内容'));
    await page.keyboard.type(TYPICAL_ENTRY.content);
    await tabTo(card.getByLabel('处置方式'));
    await page.keyboard.type(TYPICAL_ENTRY.handling);

    // 完成填报, back up in the action bar.
    await tabTo(page.getByRole('button', { name: '完成填报' }), 'Shift+Tab');
    await press(page, 'Enter');
    await tabTo(page.getByRole('checkbox', { name: '本表由重大事项承办人员填写，本人对填报内容的真实性负责。' }));
    await press(page, 'Space');
    await tabTo(page.getByRole('button', { name: '确认完成填报' }));
    await press(page, 'Enter');
    await page.getByTestId('record-document').waitFor();

    // Printed, then handed over.
    await tabTo(page.getByRole('button', { name: '打印封面及记录表' }));
    await press(page, 'Enter');
    await expect.poll(() => app.printer.previews.length).toBe(1);
    await tabTo(page.getByRole('button', { name: '标记为已报送' }));
    await press(page, 'Enter');
    const markSubmitted = page.getByRole('dialog', { name: '标记为已报送' });
    await tabTo(markSubmitted.getByRole('button', { name: '确认', exact: true }));
    await press(page, 'Enter');
    await page.getByTestId('submitted-on').waitFor();

    // Amended, and the first version looked at again.
    await tabTo(page.getByRole('button', { name: '修订' }));
    await press(page, 'Enter');
    await tabTo(page.getByLabel('修订原因'));
    await page.keyboard.type('补充对方来电的具体时间');
    await tabTo(page.getByRole('button', { name: '开始修订' }));
    await press(page, 'Enter');
    await page.getByText('修订原因：补充对方来电的具体时间').waitFor();
    await tabTo(page.getByRole('button', { name: '查看第1版' }));
    await press(page, 'Enter');
    const version1 = page.getByRole('dialog', { name: '第1版' });
    await expect.poll(() => version1.getByTestId('record-document').textContent()).toContain(TYPICAL_ENTRY.content);
    await expectVisibleFocus(page);
  }, KEYBOARD_FLOW_TIMEOUT_MS);
});
