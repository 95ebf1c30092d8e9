import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeEntry } from '../support/dispatch-fixtures.ts';
import { launchApp, type RunningApp } from './app-harness.ts';
import { fillEntry, finalizeOpenRecord, seedHandler, seedRecord, TYPICAL_ENTRY } from './flows.ts';

function pdfText(app: RunningApp, pdf: Uint8Array): string {
  const file = join(app.dataDir, 'preview.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

// Each test starts from its own installation, so none depends on the one before.
describe('printing from the app', () => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => {
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('prints the recovery sheet with the key shown at setup', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('设置口令').fill('打印测试口令 print test 2026');
    await page.getByLabel('再次输入口令').fill('打印测试口令 print test 2026');
    await page.getByRole('button', { name: '创建加密数据库' }).click();
    const recoveryKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
    await page.getByRole('button', { name: '打印恢复密钥页' }).click();
    await expect.poll(() => app.printer.previews.length).toBe(1);
    const text = pdfText(app, (app.printer.previews[0] as { pdf: Uint8Array }).pdf).replace(/\s/g, '');
    for (const group of recoveryKey.split('-')) expect(text).toContain(group);
    expect(text).toContain('请密封保存');
  });

  it('prints the sealed package of a finalized record and logs it in the audit trail', async () => {
    const { page } = app;
    await seedHandler(app);
    await page.getByRole('menuitem', { name: '填写记录表' }).click();
    await fillEntry(page, 1, TYPICAL_ENTRY);
    await finalizeOpenRecord(page);
    await page.getByRole('button', { name: '打印封面及记录表' }).click();
    await expect.poll(() => app.printer.previews.length).toBe(1);
    const text = pdfText(app, (app.printer.previews[0] as { pdf: Uint8Array }).pdf);
    expect(text).toContain('本单位纪检组织');
    expect(text).toContain('非收件人不得拆封');
    expect(text).toContain(TYPICAL_ENTRY.name);
    await page.getByRole('menuitem', { name: '操作日志' }).click();
    await expect.poll(() => page.getByRole('cell', { name: '打印记录表' }).count()).toBe(1);
  });

  it('stops the countdown once the handler marks the sealed form as handed over', async () => {
    const { page } = app;
    await seedHandler(app);
    await seedRecord(app, [completeEntry('divisionDeputy')], true);
    await page.getByRole('cell', { name: /王某某/ }).click();
    await page.getByRole('button', { name: '标记为已报送' }).click();
    // The day offered is today by the app's clock (the test's fake one), not by the browser's.
    await expect.poll(() => page.getByLabel('报送日期').inputValue()).toBe('2026年11月26日');
    await page.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => page.getByLabel('判断与期限').getByTestId('submitted-on').textContent()).toBe('已于2026年11月26日报送');
    await page.getByRole('button', { name: '返回列表' }).click();
    await expect.poll(() => page.getByText('已于2026年11月26日报送').count()).toBe(1);
    expect(await page.getByTestId('deadline-tag').count()).toBe(0);
  });
});
