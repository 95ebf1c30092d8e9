import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app-harness.ts';
import { fillEntry, fillProfile, finalizeOpenRecord, TYPICAL_ENTRY } from './flows.ts';

function pdfText(app: RunningApp, pdf: Uint8Array): string {
  const file = join(app.dataDir, 'preview.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('printing from the app', () => {
  let app: RunningApp;
  let recoveryKey: string;
  beforeAll(async () => {
    app = await launchApp();
    const { page } = app;
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('设置口令').fill('打印测试口令 print test 2026');
    await page.getByLabel('再次输入口令').fill('打印测试口令 print test 2026');
    await page.getByRole('button', { name: '创建加密数据库' }).click();
    recoveryKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
  });
  afterAll(async () => {
    await app?.close();
  });

  it('prints the recovery sheet with the key shown at setup', async () => {
    await app.page.getByRole('button', { name: '打印恢复密钥页' }).click();
    await expect.poll(() => app.printer.previews.length).toBe(1);
    const text = pdfText(app, (app.printer.previews[0] as { pdf: Uint8Array }).pdf).replace(/\s/g, '');
    for (const group of recoveryKey.split('-')) expect(text).toContain(group);
    expect(text).toContain('请密封保存');
  });

  it('prints the sealed package of a finalized record and logs it in the audit trail', async () => {
    const { page } = app;
    await page.reload();
    await completeSetupAfterReload(app, recoveryKey);
    await page.getByRole('menuitem', { name: '填写记录表' }).click();
    await fillEntry(page, 1, TYPICAL_ENTRY);
    await finalizeOpenRecord(page);
    await page.getByRole('button', { name: '打印封面及记录表' }).click();
    await expect.poll(() => app.printer.previews.length).toBe(2);
    const text = pdfText(app, (app.printer.previews[1] as { pdf: Uint8Array }).pdf);
    expect(text).toContain('本单位纪检组织');
    expect(text).toContain('非收件人不得拆封');
    expect(text).toContain(TYPICAL_ENTRY.name);
    await page.getByRole('menuitem', { name: '操作日志' }).click();
    await expect.poll(() => page.getByRole('cell', { name: '打印记录表' }).count()).toBe(1);
    expect(app.consoleErrors).toEqual([]);
  });

  it('stops the countdown once the handler marks the sealed form as handed over', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '记录列表' }).click();
    await page.getByRole('cell', { name: TYPICAL_ENTRY.name }).click();
    await page.getByRole('button', { name: '标记为已报送' }).click();
    // The day offered is today by the app's clock (the test's fake one), not by the browser's.
    await expect.poll(() => page.getByLabel('报送日期').inputValue()).toBe('2026年11月26日');
    await page.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => page.getByLabel('判断与期限').getByTestId('submitted-on').textContent()).toBe('已于2026年11月26日报送');
    await page.getByRole('button', { name: '返回列表' }).click();
    await expect.poll(() => page.getByText('已于2026年11月26日报送').count()).toBe(1);
    expect(await page.getByTestId('deadline-tag').count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
  });
});

// The page was reloaded after the vault was created, before the key was confirmed: setup resumes at the key step
// with a new key, which is retyped, then the profile.
async function completeSetupAfterReload(app: RunningApp, shownBeforeReload: string): Promise<void> {
  const { page } = app;
  await page.getByTestId('recovery-key').waitFor();
  const newKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
  expect(newKey).not.toBe(shownBeforeReload);
  await page.getByRole('checkbox', { name: '我已抄写或打印恢复密钥，并将妥善保存' }).check();
  await page.getByLabel('请照抄写件重新输入恢复密钥，以确认抄写无误').fill(newKey);
  await page.getByRole('button', { name: '下一步' }).click();
  await fillProfile(app.page);
  await app.page.getByRole('button', { name: '完成设置' }).click();
  await app.page.getByRole('menuitem', { name: '记录列表' }).waitFor();
}
