import type { Locator } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIVITY_REPORT_INTERVAL_MS } from '../../src-renderer/app/activity-reporter.ts';
import { launchApp, type RunningApp } from './app-harness.ts';
import { seedHandler, unlock } from './flows.ts';

const AUTO_LOCK_MINUTES = 1;
const AUTO_LOCK_MS = AUTO_LOCK_MINUTES * 60_000;
const HOURS_MS = 3_600_000;
const WARNING = '即将自动锁定，点击继续';
// While the test types, main's fake clock runs this many times faster than the browser's own: the page reports
// activity at most once per 5 real seconds, so main sees a report at least every 15 of its seconds, well inside
// the minute and before the 30-second warning even on a loaded machine. A human types at the speed of real time;
// this only saves waiting.
const CLOCK_SPEEDUP = 3;
const KEYSTROKE_GAP_MS = 200;
const SENTENCE = '对方再次来电，要求在评标中多加关照，本人当即拒绝。';
const INTERVENER = '孙某某';

// Auto-lock must never take what the handler is typing: typing holds it off, idling warns first, and the open
// draft is in the vault before the lock. Each test starts from its own installation with a new draft by 孙某某 open,
// so none depends on what the one before it typed or locked.
describe('auto-lock while a draft is open', () => {
  let app: RunningApp;
  let typed = '';

  const contentField = (): Locator => app.page.getByLabel('具体干预内容');
  const lockScreen = (): Locator => app.page.getByRole('button', { name: '解锁', exact: true });
  const idleLockInMs = async (): Promise<number | null> => {
    const status = await app.dispatch('vault.status', {});
    if (!status.ok) throw new Error(status.error.message);
    return (status.value as { idleLockInMs: number | null }).idleLockInMs;
  };

  // The page reports the last of a burst of activity up to one report interval later; the idle time counts from it.
  const settleActivityReports = () => app.page.waitForTimeout(ACTIVITY_REPORT_INTERVAL_MS + 1_000);
  const advanceToWarningTime = async (secondsBeforeLock: number) => {
    await settleActivityReports();
    const remainingMs = await idleLockInMs();
    expect(remainingMs).toBeGreaterThan(30_000);
    app.clock.advanceMs((remainingMs ?? 0) - secondsBeforeLock * 1_000);
  };

  // The text typed so far is in the vault: after an unlock, the record opens with every character of it.
  const expectTypedTextAfterUnlock = async () => {
    await unlock(app.page);
    await app.page.getByRole('cell', { name: new RegExp(INTERVENER) }).click();
    await expect.poll(() => contentField().inputValue()).toBe(typed);
  };

  beforeEach(async () => {
    typed = '';
    app = await launchApp();
    await seedHandler(app);
    const saved = await app.dispatch('settings.save', { autoLockMinutes: AUTO_LOCK_MINUTES });
    if (!saved.ok) throw new Error(saved.error.message);
    await app.page.getByRole('menuitem', { name: '填写记录表' }).click();
    await app.page.locator('.ant-card', { hasText: '第1项干预具体情况' }).getByLabel('插手干预人姓名').fill(INTERVENER);
  });
  afterEach(async () => {
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('stays unlocked while the handler types steadily past the auto-lock time', async () => {
    await contentField().click();
    let movedMs = 0;
    let last = performance.now();
    for (let index = 0; movedMs < 1.5 * AUTO_LOCK_MS; index += 1) {
      const character = SENTENCE.charAt(index % SENTENCE.length);
      await app.page.keyboard.type(character);
      typed += character;
      await app.page.waitForTimeout(KEYSTROKE_GAP_MS);
      const now = performance.now();
      const stepMs = Math.round((now - last) * CLOCK_SPEEDUP);
      app.clock.advanceMs(stepMs);
      movedMs += stepMs;
      last = now;
      expect(await lockScreen().count(), `locked after ${movedMs} ms of typing`).toBe(0);
      expect(await app.page.getByText(WARNING).count(), `warned after ${movedMs} ms of typing`).toBe(0);
    }
    expect(await contentField().inputValue()).toBe(typed);
  });

  it('warns 30 seconds before the lock, and a click on the warning keeps the session', async () => {
    await advanceToWarningTime(20);
    await app.page.getByText(WARNING).waitFor({ timeout: 10_000 });
    await app.page.getByText(WARNING).click();
    await expect.poll(() => app.page.getByText(WARNING).count()).toBe(0);
    await expect.poll(idleLockInMs).toBe(AUTO_LOCK_MS);
    expect(await lockScreen().count()).toBe(0);
  });

  it('when idle, warns, saves the draft, locks, and the text is there after the unlock', async () => {
    await contentField().click();
    await contentField().press('Control+End');
    await app.page.keyboard.type('空闲前的最后一句。');
    typed += '空闲前的最后一句。';
    await advanceToWarningTime(20);
    await app.page.getByText(WARNING).waitFor({ timeout: 10_000 });
    await expect.poll(() => app.page.getByTestId('autosave-status').textContent()).toMatch(/^已自动保存/);
    app.clock.advanceMs(20_000);
    await lockScreen().waitFor({ timeout: 10_000 });
    expect(await app.page.getByText(WARNING).count()).toBe(0);
    await expectTypedTextAfterUnlock();
    await app.page.getByRole('menuitem', { name: '操作日志' }).click();
    await expect.poll(() => app.page.getByRole('cell', { name: '闲置自动锁定' }).count()).toBe(1);
  });

  it('loses nothing typed just before the machine sleeps for hours', async () => {
    await app.page.getByRole('menuitem', { name: '记录列表' }).click();
    await app.page.getByRole('cell', { name: new RegExp(INTERVENER) }).click();
    await contentField().click();
    await contentField().press('Control+End');
    await app.page.keyboard.type('合盖前敲下的字。');
    typed += '合盖前敲下的字。';
    app.clock.advanceMs(3 * HOURS_MS);
    await lockScreen().waitFor({ timeout: 15_000 });
    await expectTypedTextAfterUnlock();
  });
});
