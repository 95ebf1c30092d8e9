import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRecordNumber } from '../../src-main/shared/form/record-number.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { launchApp, type RunningApp } from './app-harness.ts';
import { keyInPaperReceived, seedDisciplineBody } from './discipline-seed.ts';
import { seriousAccessibilityViolations } from './support-axe.ts';

let app: RunningApp;
let temp: ReturnType<typeof makeTempDir>;
// Received on these days; the harness's today is 2026-11-26.
const records = { early: '', used: '', recent: '' };

const check = async () => expect(await seriousAccessibilityViolations(app.page)).toEqual([]);
const menu = (page: Page, name: string) => page.getByRole('menuitem', { name }).click();
const nameField = (page: Page, position: number) => page.getByLabel(`第${position}个处置步骤的名称`);

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: '保存设置' }).click();
  await page.getByText('案件办理设置已保存').waitFor();
  await page.getByText('案件办理设置已保存').waitFor({ state: 'hidden' });
}

async function openRecord(page: Page, recordId: string) {
  await menu(page, '收件箱');
  await page.getByLabel(`记录 ${formatRecordNumber(recordId)}`).click();
  const disposition = page.locator('.ant-card', { has: page.getByRole('heading', { name: '处置', exact: true }) });
  await disposition.waitFor();
  return disposition;
}

// The steps the open record's step menu offers, in order.
async function offeredSteps(page: Page, disposition: ReturnType<Page['locator']>): Promise<string[]> {
  await disposition.getByLabel('处置步骤').click();
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await dropdown.waitFor();
  const labels = await dropdown.locator('.ant-select-item-option').allTextContents();
  await page.keyboard.press('Escape');
  return labels;
}

async function reminderRows(page: Page): Promise<number> {
  await menu(page, '收件箱');
  await page.getByText(/共 3 份记录/).waitFor();
  return page.locator('.ant-table-row').filter({ hasText: '待提醒' }).count();
}

describe('案件办理设置 in the real browser', () => {
  beforeAll(async () => {
    temp = makeTempDir('liuhen-casework-settings-e2e-');
    app = await launchApp();
    await seedDisciplineBody(app, temp.path, []);
    records.early = await keyInPaperReceived(app.dispatch, '甲某', '2026-10-01');
    records.used = await keyInPaperReceived(app.dispatch, '乙某', '2026-11-20');
    records.recent = await keyInPaperReceived(app.dispatch, '丙某', '2026-11-06');
  });
  afterAll(async () => {
    await app?.close();
    temp?.remove();
  });

  it('adds, renames, moves and removes steps, and the case page offers the new list', async () => {
    const { page } = app;
    await menu(page, '案件办理设置');
    await nameField(page, 7).waitFor();
    await check();
    await page.getByRole('button', { name: '增加处置步骤' }).click();
    // The new step's name field takes the focus: the officer types straight away.
    await page.keyboard.type('约谈函询');
    await page.getByRole('button', { name: '上移“约谈函询”' }).click();
    await nameField(page, 3).fill('书面函询');
    await page.getByRole('button', { name: '删除“移送”' }).click();
    await save(page);
    expect(await nameField(page, 6).inputValue()).toBe('约谈函询');

    const disposition = await openRecord(page, records.used);
    expect(await offeredSteps(page, disposition)).toEqual(['登记备案', '谈话提醒', '书面函询', '初步核实', '径报驻部纪检监察组', '约谈函询', '了结']);
    await disposition.getByLabel('处置步骤').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('约谈函询').click();
    await disposition.getByLabel('处置人').fill('孙某');
    await disposition.getByRole('textbox', { name: '处置内容' }).fill('约谈插手干预人并函询。');
    await disposition.getByRole('button', { name: '添加处置步骤' }).click();
    await disposition.getByText('约谈插手干预人并函询。').waitFor();
  });

  it('retires a used step: no longer offered, the record’s history unchanged', async () => {
    const { page } = app;
    await menu(page, '案件办理设置');
    await page.getByText('已用于1份').waitFor();
    expect(await page.getByRole('button', { name: '删除“约谈函询”' }).count()).toBe(0);
    await page.getByRole('button', { name: '停用“约谈函询”' }).click();
    await page.getByText('已停用').waitFor();
    await check();
    await menu(page, '收件箱');
    await page.getByRole('dialog', { name: '案件办理设置尚未保存' }).getByRole('button', { name: '留在本页' }).click();
    await save(page);

    const disposition = await openRecord(page, records.used);
    await disposition.getByText('约谈函询').first().waitFor();
    await disposition.getByText('约谈插手干预人并函询。').waitFor();
    expect(await offeredSteps(page, disposition)).not.toContain('约谈函询');
  });

  it('refuses bad reminder days in Chinese, asks before leaving them unsaved, and the saved days decide the reminders', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '返回收件箱' }).click();
    expect(await reminderRows(page)).toBe(1);
    await menu(page, '案件办理设置');
    // By keyboard: from a step's name to its 下移 button, which stays with the step as it moves.
    await nameField(page, 2).focus();
    for (const key of ['Tab', 'Tab', 'Tab', 'Enter', 'Enter']) await page.keyboard.press(key);
    expect(await nameField(page, 4).inputValue()).toBe('谈话提醒');
    const days = page.getByLabel('提醒天数');
    for (const [typed, message] of [
      ['0', '提醒天数不能为0，请填写1至365之间的整数'],
      ['-3', '提醒天数不能为负数，请填写1至365之间的整数'],
      ['2.5', '提醒天数应为整天数，不能有小数，请填写1至365之间的整数'],
      ['366', '提醒天数最多365天（一年），请填写1至365之间的整数'],
    ] as const) {
      await days.fill(typed);
      await page.getByRole('button', { name: '保存设置' }).click();
      await page.getByText(message).waitFor();
    }
    await check();
    await menu(page, '收件箱');
    await page.getByRole('dialog', { name: '案件办理设置尚未保存' }).getByRole('button', { name: '留在本页' }).click();
    await days.fill('15');
    await save(page);
    expect(await reminderRows(page)).toBe(2);
    await page.locator('.ant-table-row').filter({ hasText: '丙某' }).getByText('待提醒').waitFor();
  });
});
