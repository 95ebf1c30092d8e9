import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src-main/core/services.ts';
import { pdfPages, squash } from '../core/pdf/support/pdf-tools.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { launchApp, type RunningApp } from './app-harness.ts';
import { fillEntry, TYPICAL_ENTRY } from './flows.ts';
import { seedDisciplineBody } from './discipline-seed.ts';
import { seriousAccessibilityViolations } from './support-axe.ts';

const pdfText = (path: string) => squash(pdfPages(readFileSync(path)).join(''));

let app: RunningApp;
let temp: ReturnType<typeof makeTempDir>;
let group: Services;
const folder = (name: string) => {
  const path = join(temp.path, name);
  mkdirSync(path, { recursive: true });
  return path;
};

async function menu(page: Page, name: string): Promise<void> {
  await page.getByRole('menuitem', { name }).click();
}

const check = async () => expect(await seriousAccessibilityViolations(app.page)).toEqual([]);

describe('the discipline body’s casework in the real browser', () => {
  beforeAll(async () => {
    temp = makeTempDir('liuhen-casework-e2e-');
    app = await launchApp();
    // A 县处级 intervener, and one whose rank the handler marked 不详 (so it came to the unit body).
    ({ group } = await seedDisciplineBody(app, temp.path, ['divisionPrincipal', 'unknown']));
  });
  afterAll(async () => {
    group?.vault.lock();
    await app?.close();
    temp?.remove();
  });

  it('imports a folder of record files, and each is a case in the inbox received today', async () => {
    const { page } = app;
    await menu(page, '导入记录文件');
    await page.getByRole('button', { name: '选择文件夹并导入' }).click();
    await page.getByRole('status').filter({ hasText: /导入/ }).waitFor();
    await menu(page, '收件箱');
    await page.getByText('共 2 份记录').waitFor();
    const rows = page.locator('.ant-table-row');
    await expect.poll(() => rows.count()).toBe(2);
    for (const row of await rows.all()) {
      expect(await row.textContent()).toContain('文件');
      expect(await row.textContent()).toContain('2026-11-26');
      expect(await row.textContent()).toContain('逾期');
    }
    await page.getByLabel('全文查找').fill('干预人2');
    await page.getByText('共 1 份记录（已按条件筛选）').waitFor();
    await page.getByLabel('全文查找').fill('');
    await page.getByText('共 2 份记录').waitFor();
    await check();
  });

  it('keys in a paper form with the handler’s own fields, marked as keyed from paper', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '纸质记录表录入' }).click();
    await page.getByLabel('纸质件上的记录表指纹').waitFor();
    await check();
    const filedAt = page.getByLabel('填报时间');
    await filedAt.click();
    await filedAt.fill('2026年11月25日');
    await filedAt.press('Enter');
    await page.getByLabel('填报人').fill('李某');
    await page.getByLabel('姓名', { exact: true }).fill('李某');
    await page.getByLabel('政治面貌').click();
    await page.getByTitle('中国共产党党员').click();
    await page.getByLabel('现任职务').fill('科员');
    await page.getByLabel('工作单位').fill('某省通信管理局');
    await page.getByLabel('本人岗位职责').fill('负责招标具体工作');
    await fillEntry(page, 1, { ...TYPICAL_ENTRY, name: '赵某', occurredAt: '2026年11月24日 15:30' });
    await page.getByRole('button', { name: '完成录入' }).click();
    await page.getByText('据纸质件录入').waitFor();
    await page.getByText('5个工作日内报告').waitFor();
  });

  it('assesses against 第三条’s elements and records a disposition step', async () => {
    const { page } = app;
    const assessment = page.locator('.ant-card', { has: page.getByRole('heading', { name: '分析研判（第九条）' }) });
    for (const element of ['违反法律法规、议事规则或者工作纪律', '利用职权或者职务上的影响', '以个人或者借组织名义', '以指定、授意、暗示等方式提出要求', '对重大事项正常实施造成影响']) {
      await assessment.getByRole('checkbox', { name: element }).check();
    }
    await assessment.getByRole('radio', { name: '插手干预行为' }).check();
    await assessment.getByRole('textbox', { name: '研判理由' }).fill('来电要求关照特定投标人，属以暗示方式提出要求。');
    await assessment.getByLabel('研判人').fill('孙某');
    await assessment.getByRole('button', { name: '保存研判' }).click();
    await assessment.getByText(/插手干预行为（2026-11-26，孙某）/).waitFor();

    const disposition = page.locator('.ant-card', { has: page.getByRole('heading', { name: '处置', exact: true }) });
    await disposition.getByLabel('处置步骤').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('谈话提醒').click();
    await disposition.getByLabel('处置人').fill('孙某');
    await disposition.getByRole('textbox', { name: '处置内容' }).fill('对插手干预人进行谈话提醒。');
    await disposition.getByRole('button', { name: '添加处置步骤' }).click();
    await disposition.getByText('对插手干预人进行谈话提醒。').waitFor();
    await check();
  });

  it('forwards a case found to involve a 司局级 cadre to the stationed group in one step', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '返回收件箱' }).click();
    await page.getByLabel('管辖').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('职务职级不详').click();
    await page.getByText('共 1 份记录（已按条件筛选）').waitFor();
    await page.locator('.ant-table-row').first().click();
    const jurisdiction = page.locator('.ant-card', { has: page.getByRole('heading', { name: '管辖与转送' }) });
    await jurisdiction.getByText('插手干预人职务职级不详，请核实是否属司局级').waitFor();
    await jurisdiction.getByRole('radio', { name: '径报中央纪委国家监委驻工业和信息化部纪检监察组' }).check();
    await jurisdiction.getByRole('textbox', { name: '理由' }).fill('经核实，插手干预人为副司长。');
    await jurisdiction.getByLabel('判断人').fill('孙某');
    const forwardPath = join(folder('forward'), 'to-group.liuhen');
    app.dialogs.savePaths.push(forwardPath);
    await jurisdiction.getByRole('button', { name: '保存判断并加密转送' }).click();
    await jurisdiction.getByText(/已判断：径报/).waitFor();
    await page.getByText(/加密转送至工业和信息化部驻部纪检监察组/).waitFor();
    await check();

    // The group opens it with the unit body's provenance kept.
    const [report] = await group.intake.importFolder(join(temp.path, 'forward'));
    expect(report).toMatchObject({ outcome: 'imported' });
    expect(group.intake.list()[0]?.forwardedBy?.name).toBe('某省通信管理局纪检组');
    expect(group.casework.inbox({})).toHaveLength(1);
  });

  it('produces the annual summary with its figures, PDF and workbook, and a 零报告 for a year without records', async () => {
    const { page } = app;
    await menu(page, '年度汇总');
    await page.getByLabel('年度', { exact: true }).fill('2026');
    await page.getByLabel('纪检组织名称').fill('某省通信管理局纪检组');
    await page.getByRole('button', { name: '生成汇总' }).click();
    await page.getByText(/2026年度共收到记录表 3 份/).waitFor();
    await page.getByRole('img', { name: '按分析研判结论（第九条）条形图' }).waitFor();
    await check();
    const pdfPath = join(folder('summary'), '2026.pdf');
    app.dialogs.savePaths.push(pdfPath);
    await page.getByRole('button', { name: '保存 PDF 和 Excel' }).click();
    await page.getByText(/已保存：/).waitFor();
    expect(pdfText(pdfPath)).toContain('插手干预行为');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(pdfPath.replace(/\.pdf$/, '.xlsx'));
    const overview = workbook.worksheets[0];
    const rowOf = (label: string) => overview?.getSheetValues().find((row) => Array.isArray(row) && row[1] === label) as unknown[] | undefined;
    expect(rowOf('记录表（份）')?.[2]).toBe(3);
    expect(rowOf('零报告')?.[2]).toBe('否');

    await page.getByLabel('年度', { exact: true }).fill('2025');
    await page.getByRole('button', { name: '生成汇总' }).click();
    await page.getByText(/零报告：2025年度本单位未收到/).waitFor();
    const zeroPath = join(folder('summary'), '2025.pdf');
    app.dialogs.savePaths.push(zeroPath);
    await page.getByRole('button', { name: '保存 PDF 和 Excel' }).click();
    // The page says where it saved once both files are written; the file alone may still be half written.
    await page.getByText(/已保存：.*2025\.pdf/).waitFor();
    expect(pdfText(zeroPath)).toContain('零报告');
  });

  it('registers the head on the 工作人员 page, who then signs the summary (签批)', async () => {
    const { page } = app;
    await menu(page, '工作人员');
    await page.getByRole('button', { name: '登记' }).waitFor();
    await check();
    await page.getByLabel('姓名').fill('王某');
    await page.getByLabel('身份').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('纪检组织主要负责人').click();
    await page.getByRole('button', { name: '登记' }).click();
    await page.getByText('当前使用').waitFor();
    await menu(page, '年度汇总');
    await page.getByLabel('年度', { exact: true }).fill('2026');
    await page.getByLabel('纪检组织名称').fill('某省通信管理局纪检组');
    await page.getByRole('button', { name: '生成汇总' }).click();
    await page.getByText(/2026年度共收到记录表 3 份/).waitFor();
    await page.getByRole('button', { name: '签批' }).click();
    await page.getByText('纪检组织主要负责人（签批）：王某').waitFor();
  });

  it('names the head on the 操作日志 for the 签批, with a signature that verifies', async () => {
    const { page } = app;
    await menu(page, '操作日志');
    const signOff = page.locator('.ant-table-row').filter({ hasText: '签批年度汇总' });
    await signOff.waitFor();
    expect(await signOff.textContent()).toContain('王某');
    expect(await signOff.getByText('签名有效').count()).toBe(1);
    expect(await page.getByText('签名无法核验').count()).toBe(0);
    await check();
  });

  it('shows the interveners and the 第十条、第十一条 page without accessibility faults', async () => {
    const { page } = app;
    await menu(page, '插手干预人');
    await page.getByText('干预人1').waitFor();
    await check();
    await menu(page, '第十条、第十一条事项');
    await page.getByRole('button', { name: '登记事项' }).waitFor();
    await check();
  });
});
