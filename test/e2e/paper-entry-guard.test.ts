import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir.ts';
import { launchApp, type RunningApp } from './app-harness.ts';
import { seedDisciplineBody } from './discipline-seed.ts';

let app: RunningApp;
let temp: ReturnType<typeof makeTempDir>;

const leaveDialog = (page: Page) => page.getByRole('dialog', { name: '纸质记录表尚未录入完成' });

// 纸质记录表录入 is written only when complete: an officer who leaves the half-typed form is asked first, and
// staying keeps every character typed.
describe('the paper entry form guards unsaved typing', () => {
  beforeAll(async () => {
    temp = makeTempDir('liuhen-paper-guard-e2e-');
    app = await launchApp();
    await seedDisciplineBody(app, temp.path, []);
  });
  afterAll(async () => {
    await app?.close();
    temp?.remove();
  });

  it('asks before another page of the workspace replaces the typing, and staying keeps it', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '收件箱' }).click();
    await page.getByRole('button', { name: '纸质记录表录入' }).click();
    await page.getByLabel('填报人').fill('李某');
    await page.getByLabel('纸质件上的记录表指纹').fill('0123abcd');

    await page.getByRole('menuitem', { name: '插手干预人' }).click();
    await leaveDialog(page).getByRole('button', { name: '留在本页' }).click();
    await leaveDialog(page).waitFor({ state: 'hidden' });
    expect(await page.getByLabel('填报人').inputValue()).toBe('李某');
    expect(await page.getByLabel('纸质件上的记录表指纹').inputValue()).toBe('0123abcd');

    await page.getByRole('button', { name: '返回收件箱' }).click();
    await leaveDialog(page).getByRole('button', { name: '留在本页' }).click();
    await leaveDialog(page).waitFor({ state: 'hidden' });
    expect(await page.getByLabel('填报人').inputValue()).toBe('李某');

    await page.getByRole('menuitem', { name: '插手干预人' }).click();
    await leaveDialog(page).getByRole('button', { name: '仍要离开' }).click();
    await page.getByRole('heading', { name: '插手干预人' }).waitFor();
  });

  it('leaves an untouched form without asking', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '收件箱' }).click();
    await page.getByRole('button', { name: '纸质记录表录入' }).click();
    await page.getByLabel('填报人').waitFor();
    await page.getByRole('button', { name: '返回收件箱' }).click();
    await page.getByRole('button', { name: '纸质记录表录入' }).waitFor();
    expect(await leaveDialog(page).count()).toBe(0);
  });
});
