import type { Page } from 'playwright-core';
import { TEST_PASSPHRASE } from '../support/test-vault.ts';

export const TEST_PROFILE = {
  name: '张𠮷明',
  politicalStatus: '中国共产党党员',
  workUnit: '某省通信管理局',
  currentPost: '综合处副处长',
  dutyScope: '负责本单位干部人事及工程项目招标相关具体工作',
};

// First run as a handler would do it: role, passphrase twice, recovery key retyped, profile.
export async function completeSetup(page: Page, passphrase = TEST_PASSPHRASE): Promise<string> {
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('设置口令').fill(passphrase);
  await page.getByLabel('再次输入口令').fill(passphrase);
  await page.getByRole('button', { name: '创建加密数据库' }).click();
  const recoveryKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
  await page.getByRole('checkbox', { name: '我已抄写或打印恢复密钥，并将妥善保存' }).check();
  await page.getByLabel('请照抄写件重新输入恢复密钥，以确认抄写无误').fill(recoveryKey.toLowerCase());
  await page.getByRole('button', { name: '下一步' }).click();
  await fillProfile(page);
  await page.getByRole('button', { name: '完成设置' }).click();
  await page.getByRole('menuitem', { name: '记录列表' }).waitFor();
  return recoveryKey;
}

export async function fillProfile(page: Page): Promise<void> {
  await page.getByLabel('姓名').fill(TEST_PROFILE.name);
  await page.getByLabel('政治面貌').click();
  await page.getByTitle(TEST_PROFILE.politicalStatus).click();
  await page.getByLabel('工作单位').fill(TEST_PROFILE.workUnit);
  await page.getByLabel('现任职务').fill(TEST_PROFILE.currentPost);
  await page.getByLabel('本人岗位职责').fill(TEST_PROFILE.dutyScope);
  await page.getByRole('radio', { name: '是，本单位设有纪委（纪检组）' }).check();
}

export async function unlock(page: Page, passphrase = TEST_PASSPHRASE): Promise<void> {
  await page.getByLabel('口令').fill(passphrase);
  await page.getByRole('button', { name: '解锁' }).click();
}
