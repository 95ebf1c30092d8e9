import type { Page } from 'playwright-core';
import type { BodyIdentity } from '../../src-main/shared/exchange/exchange-body.ts';
import { call } from '../support/dispatch-fixtures.ts';
import { TEST_PASSPHRASE } from '../support/test-vault.ts';
import type { RunningApp } from './app-harness.ts';
import { confirmShownRecoveryKey } from './flows.ts';

export const UNIT_BODY: BodyIdentity = { kind: '单位纪检组织', unit: '某省通信管理局', name: '纪检组' };
export const STATIONED_GROUP: BodyIdentity = { kind: '驻部纪检监察组', unit: '工业和信息化部', name: '驻部纪检监察组' };

// First run as a discipline body would do it: role, passphrase, recovery key, the body's name. Answers when the
// body's workspace shows.
export async function setUpBodyThroughWizard(page: Page, body: BodyIdentity): Promise<void> {
  await page.getByRole('radio', { name: /^纪检组织/ }).check();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('设置口令').fill(TEST_PASSPHRASE);
  await page.getByLabel('再次输入口令').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: '创建加密数据库' }).click();
  await confirmShownRecoveryKey(page);
  await fillBodyIdentity(page, body);
  await page.getByRole('button', { name: '完成设置' }).click();
  await page.getByRole('menuitem', { name: '导入记录文件' }).waitFor();
}

export async function fillBodyIdentity(page: Page, body: BodyIdentity): Promise<void> {
  await page.getByRole('radio', { name: body.kind, exact: true }).check();
  await page.getByLabel('所在单位').fill(body.unit);
  await page.getByLabel('纪检组织名称').fill(body.name);
}

// A discipline body as after its first run, set up through main, for tests about what comes later. Answers its
// key's fingerprint.
export async function seedBody(app: RunningApp, body: BodyIdentity): Promise<string> {
  const { recoveryKey } = await call(app.dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE, role: 'disciplineBody' });
  await call(app.dispatch, 'setup.confirmRecoveryKey', { recoveryKey });
  const own = await call(app.dispatch, 'body.setUp', { identity: body });
  await app.page.reload();
  await app.page.getByRole('menuitem', { name: '导入记录文件' }).waitFor();
  return own.fingerprint;
}

// 导入公钥文件 → the fingerprint from the printed notice typed in → the key is kept.
export async function trustKeyThroughPage(app: RunningApp, keyFile: string, fingerprint: string): Promise<void> {
  const { page } = app;
  app.dialogs.openPaths.push(keyFile);
  await page.getByRole('button', { name: '导入公钥文件' }).click();
  const dialog = page.getByRole('dialog', { name: '核对公钥指纹' });
  await dialog.getByLabel('告知单上的指纹').fill(fingerprint.replace(/(.{8})/g, '$1 ').trim());
  await dialog.getByRole('button', { name: '指纹一致，使用此公钥' }).click();
  await dialog.waitFor({ state: 'hidden' });
}
