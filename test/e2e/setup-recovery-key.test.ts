import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE } from '../support/test-vault.ts';
import { launchApp, type RunningApp } from './app-harness.ts';
import { fillProfile, unlock } from './flows.ts';

const RETYPE_LABEL = '请照抄写件重新输入恢复密钥，以确认抄写无误';

async function createVault(page: Page): Promise<string> {
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('设置口令').fill(TEST_PASSPHRASE);
  await page.getByLabel('再次输入口令').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: '创建加密数据库' }).click();
  return shownKey(page);
}

async function shownKey(page: Page): Promise<string> {
  await expect.poll(() => page.getByTestId('recovery-key').count(), { timeout: 5_000 }).toBe(1);
  return (await page.getByTestId('recovery-key').textContent()) ?? '';
}

async function retype(page: Page, key: string): Promise<void> {
  await page.getByLabel(RETYPE_LABEL).fill(key);
  await page.getByRole('button', { name: '下一步' }).click();
}

// One character changed: the check characters catch it before the vault is asked.
function mistyped(key: string): string {
  return `${key.startsWith('A') ? 'B' : 'A'}${key.slice(1)}`;
}

// The recovery key is the only way back into a vault whose passphrase is forgotten, so the setup is not complete
// until the key was retyped and checked against the vault, however the wizard was left.
describe('the recovery key step of the first run', () => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => {
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('comes back after a reload with a new key, and moves on only when that key is retyped', async () => {
    const { page } = app;
    const firstKey = await createVault(page);
    await page.reload();

    const secondKey = await shownKey(page);
    expect(secondKey).not.toBe(firstKey);
    expect(await page.getByLabel('姓名').count()).toBe(0);
    await expect.poll(() => page.getByText('此前显示的恢复密钥没有经过确认，已经作废').count()).toBe(1);

    await page.getByRole('checkbox', { name: '我已抄写或打印恢复密钥，并将妥善保存' }).check();
    await retype(page, mistyped(secondKey));
    await expect.poll(() => page.getByText('恢复密钥格式有误或有输入错误（校验位不符）', { exact: false }).count()).toBe(1);
    await retype(page, firstKey);
    await expect.poll(() => page.getByText('与本次显示的恢复密钥不一致', { exact: false }).count()).toBe(1);
    expect(await page.getByLabel('姓名').count()).toBe(0);

    await retype(page, secondKey.toLowerCase());
    await page.getByLabel('姓名').waitFor();
    await page.reload();
    await page.getByLabel('姓名').waitFor();
    expect(await page.getByTestId('recovery-key').count()).toBe(0);
    await fillProfile(page);
    await page.getByRole('button', { name: '完成设置' }).click();
    await page.getByRole('menuitem', { name: '记录列表' }).waitFor();
  });

  it('returns to the key with a new one after unlocking, when the app was closed before the key was confirmed', async () => {
    const { page } = app;
    const firstKey = await createVault(page);
    // What a restart leaves behind: the vault on disk, locked, the key never confirmed.
    await app.dispatch('vault.lock', {});
    await page.reload();
    await unlock(page);

    const secondKey = await shownKey(page);
    expect(secondKey).not.toBe(firstKey);
    await page.getByRole('checkbox', { name: '我已抄写或打印恢复密钥，并将妥善保存' }).check();
    await retype(page, secondKey);
    await page.getByLabel('姓名').waitFor();
  });
});
