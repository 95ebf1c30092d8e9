// The sealed exchange's screens for docs/screens/: a discipline body's setup and workspace, and the handler's
// side of the exchange, driven through two installations as the exchange e2e does.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { call, completeEntry } from '../test/support/dispatch-fixtures.ts';
import { makeTempDir } from '../test/support/temp-dir.ts';
import { TEST_PASSPHRASE } from '../test/support/test-vault.ts';
import { launchApp } from '../test/e2e/app-harness.ts';
import { confirmShownRecoveryKey, seedHandler, seedRecord } from '../test/e2e/flows.ts';
import { fillBodyIdentity, seedBody, STATIONED_GROUP, UNIT_BODY } from '../test/e2e/exchange-flows.ts';

type Shoot = (page: Page, name: string, fullPage?: boolean) => Promise<void>;

const VIEWPORT = { width: 1440, height: 960 };

export async function shootExchangeScreens(shoot: Shoot): Promise<void> {
  const sticks = makeTempDir('liuhen-screens-');
  const body = await launchApp({ viewport: VIEWPORT });
  const handler = await launchApp({ viewport: VIEWPORT });
  const group = await launchApp({ viewport: VIEWPORT });
  try {
    const folder = (name: string) => {
      const path = join(sticks.path, name);
      mkdirSync(path);
      return path;
    };

    // The body's first run: the role, then its name and keys.
    const { page } = body;
    await page.getByRole('radio', { name: /^纪检组织/ }).check();
    await shoot(page, 'setup-role-discipline');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('设置口令').fill(TEST_PASSPHRASE);
    await page.getByLabel('再次输入口令').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: '创建加密数据库' }).click();
    await confirmShownRecoveryKey(page);
    await fillBodyIdentity(page, UNIT_BODY);
    await shoot(page, 'setup-discipline-body');
    await page.getByRole('button', { name: '完成设置' }).click();
    await page.getByRole('menuitem', { name: '本机密钥' }).click();
    const own = await call(body.dispatch, 'body.status', {});
    const keyFile = join(sticks.path, 'unit-key.json');
    body.dialogs.savePaths.push(keyFile);
    await call(body.dispatch, 'body.saveKeyFile', {});
    await page.getByText('签发日历包').first().waitFor();
    await shoot(page, 'discipline-keys', true);

    // The handler compares the key with the notice, then exports a finalized record.
    await seedHandler(handler);
    await seedRecord(handler, [completeEntry('divisionPrincipal')], true);
    const handlerPage = handler.page;
    await handlerPage.getByRole('menuitem', { name: '设置' }).click();
    handler.dialogs.openPaths.push(keyFile);
    await handlerPage.getByRole('button', { name: '导入公钥文件' }).click();
    const comparison = handlerPage.getByRole('dialog', { name: '核对公钥指纹' });
    await comparison.getByLabel('告知单上的指纹').fill((own?.fingerprint ?? '').replace(/(.{8})/g, '$1 ').trim());
    await comparison.getByText('指纹一致', { exact: true }).waitFor();
    await shoot(handlerPage, 'handler-key-comparison');
    await comparison.getByRole('button', { name: '指纹一致，使用此公钥' }).click();
    await comparison.waitFor({ state: 'hidden' });
    await handlerPage.getByRole('menuitem', { name: '记录列表' }).click();
    await handlerPage.getByRole('cell', { name: /王某某/ }).click();
    await handlerPage.getByRole('button', { name: '导出加密文件' }).click();
    await handlerPage.getByRole('dialog', { name: '导出加密文件' }).getByRole('checkbox').first().waitFor();
    await shoot(handlerPage, 'handler-export');
    const stick = folder('stick');
    handler.dialogs.folders.push(stick);
    await handlerPage.getByRole('button', { name: '选择文件夹并导出' }).click();
    await handlerPage.getByText(/已导出1个加密文件/).waitFor();

    // The body imports the stick (a damaged file beside the record), and lists what arrived.
    writeFileSync(join(stick, 'damaged.liuhen'), 'not a record file');
    await page.getByRole('menuitem', { name: '导入记录文件' }).click();
    body.dialogs.folders.push(stick);
    await page.getByRole('button', { name: '选择文件夹并导入' }).click();
    await page.getByText(/^共 2 个文件/).waitFor();
    await shoot(page, 'discipline-import');
    await page.getByRole('menuitem', { name: '收到的记录' }).click();
    await page.getByRole('button', { name: '展开行' }).click();
    await page.getByText('承办人员签名密钥指纹').waitFor();
    await shoot(page, 'discipline-received');
    await page.getByRole('button', { name: '核对纸质件' }).click();
    await shoot(page, 'discipline-check-paper');
    await page.getByRole('button', { name: '取消' }).click();

    // Forwarding needs the other body's checked key.
    const groupFingerprint = await seedBody(group, STATIONED_GROUP);
    const groupKey = join(sticks.path, 'group-key.json');
    group.dialogs.savePaths.push(groupKey);
    await call(group.dispatch, 'body.saveKeyFile', {});
    body.dialogs.openPaths.push(groupKey);
    await call(body.dispatch, 'exchange.chooseKeyFile', {});
    await call(body.dispatch, 'exchange.trustKeyFile', { typedFingerprint: groupFingerprint });
    await page.getByRole('button', { name: '转送' }).click();
    const forward = page.getByRole('dialog', { name: '转送记录' });
    await forward.getByLabel('转送给').click();
    await page.getByTitle('工业和信息化部驻部纪检监察组（驻部纪检监察组）').click();
    await forward.getByLabel('转送理由').fill('干预人为司局级干部，按第九条报送驻部纪检监察组');
    await shoot(page, 'discipline-forward');
    await forward.getByRole('button', { name: '取消' }).click();

    // The receipt goes back and the record shows 已签收.
    const [received] = await call(body.dispatch, 'intake.list', {});
    const receipt = join(sticks.path, 'receipt.json');
    body.dialogs.savePaths.push(receipt);
    await call(body.dispatch, 'intake.exportReceipt', { fileDigest: received?.fileDigest ?? '' });
    handler.dialogs.openPaths.push(receipt);
    await handlerPage.getByRole('button', { name: '导入回执' }).click();
    await handlerPage.getByText(/^已签收：/).waitFor();
    await handlerPage.evaluate(() => window.scrollTo(0, 0));
    await shoot(handlerPage, 'handler-receipt');

    // An unsigned calendar pack asks for the risk to be confirmed.
    await handlerPage.getByRole('menuitem', { name: '设置' }).click();
    await handlerPage.getByRole('button', { name: '导入未签名的日历包…' }).click();
    await handlerPage.getByRole('dialog', { name: '导入未签名的日历包' }).waitFor();
    await shoot(handlerPage, 'handler-unsigned-calendar');
  } finally {
    await Promise.all([body.close(), handler.close(), group.close()]);
    sticks.remove();
  }
}
