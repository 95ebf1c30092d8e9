import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app-harness.ts';
import { completeSetup, fillEntry, finalizeOpenRecord, TYPICAL_ENTRY } from './flows.ts';

const STATIONED_GROUP = '中央纪委国家监委驻工业和信息化部纪检监察组';
const BUREAU_LEVEL_ENTRY = { ...TYPICAL_ENTRY, name: '赵某某', post: '副司长', level: '厅局级副职' };

// The cover pages of a printed sealed package, as pdftotext reads them: the pages that carry the envelope warning.
function coverPages(app: RunningApp, pdf: Uint8Array): string[] {
  const file = join(app.dataDir, 'package.pdf');
  writeFileSync(file, pdf);
  const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
  return pages.filter((page) => page.includes('非收件人不得拆封')).map((page) => page.replace(/\s/g, ''));
}

async function printBureauLevelRecord(app: RunningApp): Promise<string[]> {
  const { page } = app;
  const printed = app.printer.previews.length;
  await page.getByRole('menuitem', { name: '填写记录表' }).click();
  await fillEntry(page, 1, BUREAU_LEVEL_ENTRY);
  await finalizeOpenRecord(page);
  await page.getByRole('button', { name: '打印封面及记录表' }).click();
  await expect.poll(() => app.printer.previews.length).toBe(printed + 1);
  return coverPages(app, (app.printer.previews[printed] as { pdf: Uint8Array }).pdf);
}

// 填表说明5: 涉及司局级领导干部的，径报 the stationed group — directly, unless the unit chose to copy its own body.
describe('a 司局级 record goes straight to the stationed group', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await launchApp();
    await completeSetup(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('prints only the stationed group’s cover by default', async () => {
    const covers = await printBureauLevelRecord(app);
    expect(covers).toHaveLength(1);
    expect(covers[0]).toContain(STATIONED_GROUP);
    expect(covers[0]).toContain('第1份，共1份');
    expect(app.consoleErrors).toEqual([]);
  });

  it('prints the stationed group’s cover and the unit body’s once the unit setting is on', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('checkbox', { name: '涉及司局级领导干部时同时抄报本单位纪检组织' }).check();
    await page.locator('.ant-card', { hasText: '承办人员基本情况' }).getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByText('已保存承办人员基本情况').count()).toBe(1);
    const covers = await printBureauLevelRecord(app);
    expect(covers).toHaveLength(2);
    expect(covers[0]).toContain(STATIONED_GROUP);
    expect(covers[0]).toContain('第1份，共2份');
    expect(covers[1]).toContain('本单位纪检组织');
    expect(covers[1]).not.toContain(STATIONED_GROUP);
    expect(covers[1]).toContain('第2份，共2份');
    expect(app.consoleErrors).toEqual([]);
  });
});
