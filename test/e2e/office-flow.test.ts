import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { bodyInstallation, entry, exportSummary, keyInPaper, trust, type Installation } from '../core/office/support/office-fixtures.ts';
import { launchApp, type RunningApp } from './app-harness.ts';
import { trustKeyThroughPage } from './exchange-flows.ts';
import { confirmShownRecoveryKey } from './flows.ts';
import { seriousAccessibilityViolations } from './support-axe.ts';
import { TEST_PASSPHRASE } from '../support/test-vault.ts';

let app: RunningApp;
let temp: ReturnType<typeof makeTempDir>;
let units: Installation[] = [];
const folder = (name: string) => {
  const path = join(temp.path, name);
  mkdirSync(path, { recursive: true });
  return path;
};

async function menu(page: Page, name: string): Promise<void> {
  await page.getByRole('menuitem', { name, exact: true }).click();
}

const check = async () => expect(await seriousAccessibilityViolations(app.page)).toEqual([]);

// The cells of one row of a by-unit table, as a person reads them.
async function rowCells(page: Page, table: string, label: string): Promise<string[]> {
  const row = page.getByRole('table', { name: table }).getByRole('row').filter({ hasText: label });
  return (await row.getByRole('cell').allTextContents()).map((text) => text.trim());
}

describe('the 领导小组办公室 in the real browser', () => {
  beforeAll(async () => {
    temp = makeTempDir('liuhen-office-e2e-');
    app = await launchApp();
  });
  afterAll(async () => {
    for (const unit of units) unit.services.vault.lock();
    await app?.close();
    temp?.remove();
  });

  it('sets up as the office: names itself, makes its keys, saves its key file', async () => {
    const { page } = app;
    await page.getByRole('radio', { name: /^领导小组办公室/ }).check();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('设置口令').fill(TEST_PASSPHRASE);
    await page.getByLabel('再次输入口令').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: '创建加密数据库' }).click();
    await confirmShownRecoveryKey(page);
    await expect.poll(() => page.getByLabel('名称').inputValue()).toBe('部党风廉政建设责任制领导小组办公室');
    await check();
    await page.getByRole('button', { name: '完成设置' }).click();
    await page.getByRole('menuitem', { name: '导入汇总' }).waitFor();

    await menu(page, '密钥');
    const keyFile = join(folder('keys'), 'office.json');
    app.dialogs.savePaths.push(keyFile);
    await page.getByRole('button', { name: '保存公钥文件' }).click();
    await page.getByText(`公钥文件已保存到 ${keyFile}`).waitFor();
    await check();
  });

  it('imports the units’ key files, then two units’ sealed summaries from a folder with a line per file', async () => {
    const { page } = app;
    const own = await call(app.dispatch, 'office.status', {});
    if (!own) throw new Error('the office is set up');
    const office = { keyFile: join(temp.path, 'keys', 'office.json'), fingerprint: own.fingerprint };
    const keys = folder('unit-keys');
    const unitA = await bodyInstallation(join(temp.path, 'a'), keys, { kind: '单位纪检组织', unit: '某省通信管理局', name: '纪检组' });
    const unitB = await bodyInstallation(join(temp.path, 'b'), keys, { kind: '单位纪检组织', unit: '某研究院', name: '纪委' });
    const unitC = await bodyInstallation(join(temp.path, 'c'), keys, { kind: '部直属机关纪委', unit: '工业和信息化部', name: '直属机关纪委' });
    units = [unitA, unitB, unitC];
    for (const unit of units) {
      await trust(unit, office);
      await trustKeyThroughPage(app, unit.keyFile, unit.fingerprint);
    }
    await keyInPaper(unitA, '2026-10-09', [entry('construction', 'bidding', 'phone')]);
    await keyInPaper(unitA, '2026-10-20', [entry('personnel', 'cadreSelection', 'inPerson'), entry('construction', 'bidding', 'wechat')]);
    await keyInPaper(unitB, '2026-11-30', [entry('construction', 'acceptance', 'sms')]);
    const stick = folder('stick');
    await exportSummary(unitA, join(stick, 'a.liuhen'), 2026);
    await exportSummary(unitB, join(stick, 'b.liuhen'), 2026);

    await menu(page, '导入汇总');
    app.dialogs.folders.push(stick);
    await page.getByRole('button', { name: '选择文件夹并导入' }).click();
    await page.getByText('共 2 个文件：导入 2 个，跳过 0 个，未导入 0 个。').waitFor();
    const report = page.getByRole('table', { name: '逐个文件的导入结果' });
    await expect.poll(() => report.getByText('已导入', { exact: true }).count()).toBe(2);
    await check();
  });

  it('shows the year by unit with totals, and the unit that has not reported', async () => {
    const { page } = app;
    await menu(page, '汇总');
    await page.getByLabel('年度').fill('2026');
    await page.getByRole('button', { name: '查看汇总' }).click();
    await page.getByText('2026年度：已报送 2 个单位，未报送 1 个单位；合计记录表 3 份，干预事项 4 项。').waitFor();
    await expect.poll(() => page.getByRole('list', { name: '未报送单位' }).textContent()).toContain('工业和信息化部直属机关纪委');

    // Columns: 项目, 某省通信管理局纪检组, 某研究院纪委, 合计.
    expect(await rowCells(page, '按重大事项类别（第四条）', '工程建设')).toEqual(['工程建设', '2', '1', '3']);
    expect(await rowCells(page, '按重大事项类别（第四条）', '干部人事')).toEqual(['干部人事', '1', '0', '1']);
    expect(await rowCells(page, '按插手干预方式', '短信')).toEqual(['短信', '0', '1', '1']);
    // The totals drawn as bars, as the body's own summary draws them.
    const bars = await page.getByRole('img', { name: '按重大事项类别（第四条）条形图' }).locator('g').allTextContents();
    expect(bars).toContain('工程建设3');
    await check();
  });
});
