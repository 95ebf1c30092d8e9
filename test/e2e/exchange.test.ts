import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, completeEntry, createHandlerVault, draftWithEntries } from '../support/dispatch-fixtures.ts';
import { dispatchWithOutputCheck, makeServices, scriptedDialogs } from '../support/test-services.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { fakeClock, TEST_PASSPHRASE } from '../support/test-vault.ts';
import { launchApp, type RunningApp } from './app-harness.ts';
import { confirmShownRecoveryKey, seedHandler, seedRecord } from './flows.ts';
import { fillBodyIdentity, seedBody, setUpBodyThroughWizard, STATIONED_GROUP, trustKeyThroughPage, UNIT_BODY } from './exchange-flows.ts';
import { seriousAccessibilityViolations } from './support-axe.ts';

// Two installations, each with its own data folder and its own Chromium, as on two air-gapped machines; files
// travel between them through folders standing for USB sticks.
describe('the sealed exchange between installations, end to end', () => {
  let apps: RunningApp[];
  let sticks: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    apps = [];
    sticks = makeTempDir('liuhen-e2e-sticks-');
  });
  afterEach(async () => {
    for (const app of apps) expect(app.consoleErrors).toEqual([]);
    await Promise.all(apps.map((app) => app.close()));
    sticks.remove();
  });

  const launch = async () => {
    const app = await launchApp();
    apps.push(app);
    return app;
  };
  const folder = (name: string) => {
    const path = join(sticks.path, name);
    mkdirSync(path);
    return path;
  };
  const axe = async (app: RunningApp) => expect(await seriousAccessibilityViolations(app.page)).toEqual([]);

  it('the discipline body’s setup and every page of its workspace pass axe', async () => {
    const body = await launch();
    const { page } = body;
    await page.getByRole('radio', { name: /^纪检组织/ }).check();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('设置口令').fill(TEST_PASSPHRASE);
    await page.getByLabel('再次输入口令').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: '创建加密数据库' }).click();
    await confirmShownRecoveryKey(page);
    // An empty form refused field by field, in Chinese, before anything is generated.
    await page.getByRole('button', { name: '完成设置' }).click();
    await page.getByText('纪检组织类别应为：单位纪检组织、部直属机关纪委、驻部纪检监察组、部党风廉政建设责任制领导小组办公室').waitFor();
    expect(await call(body.dispatch, 'body.status', {})).toBeNull();
    await axe(body);
    await fillBodyIdentity(page, UNIT_BODY);
    await page.getByRole('button', { name: '完成设置' }).click();
    for (const [menu, ready] of [
      ['导入记录文件', '选择文件夹并导入'],
      ['收到的记录', '尚未导入任何记录文件'],
      ['本机密钥', '签发日历包'],
      ['操作日志', '生成交换密钥'],
      ['设置', '修改口令'],
      ['关于', '关于留痕'],
    ] as const) {
      // Exact: a body's menu also holds 案件办理设置.
      await page.getByRole('menuitem', { name: menu, exact: true }).click();
      await page.getByText(ready).first().waitFor();
      await axe(body);
    }
    // A discipline body keeps no handler's 基本情况.
    await page.getByRole('menuitem', { name: '设置', exact: true }).click();
    expect(await page.getByText('承办人员基本情况').count()).toBe(0);
  });

  it('body setup → key file → the handler compares the key → export → the body imports → receipt → 已签收', async () => {
    // The discipline body sets itself up through the wizard and hands out its key file and notice.
    const body = await launch();
    await body.page.getByRole('radio', { name: /^纪检组织/ }).check();
    await axe(body);
    await setUpBodyThroughWizard(body.page, UNIT_BODY);
    await axe(body);
    await body.page.getByRole('menuitem', { name: '本机密钥' }).click();
    const ownFingerprint = (await call(body.dispatch, 'body.status', {}))?.fingerprint ?? '';
    await body.page.getByLabel('本机公钥指纹').getByText(ownFingerprint.slice(0, 8)).waitFor();
    const keyFile = join(sticks.path, 'unit-body-key.json');
    body.dialogs.savePaths.push(keyFile);
    await body.page.getByRole('button', { name: '保存公钥文件' }).click();
    await body.page.getByText(`公钥文件已保存到 ${keyFile}`).waitFor();
    await body.page.getByRole('button', { name: '打印密钥告知单' }).click();
    await expect.poll(() => body.printer.previews.map((preview) => preview.title)).toEqual(['纪检组织公钥通知']);
    await axe(body);

    // The handler imports the key file and must type the notice's fingerprint: a wrong one keeps the key out.
    const handler = await launch();
    await seedHandler(handler);
    const recordId = await seedRecord(handler, [completeEntry('divisionPrincipal')], true);
    await handler.page.getByRole('menuitem', { name: '设置' }).click();
    handler.dialogs.openPaths.push(keyFile);
    await handler.page.getByRole('button', { name: '导入公钥文件' }).click();
    const comparison = handler.page.getByRole('dialog', { name: '核对公钥指纹' });
    await comparison.getByLabel('告知单上的指纹').fill('0'.repeat(64));
    await comparison.getByText('与文件中的指纹不一致').waitFor();
    expect(await comparison.getByRole('button', { name: '指纹一致，使用此公钥' }).isDisabled()).toBe(true);
    await axe(handler);
    await comparison.getByRole('button', { name: '取消' }).click();
    expect(await call(handler.dispatch, 'exchange.trustedKeys', {})).toEqual([]);
    await trustKeyThroughPage(handler, keyFile, ownFingerprint);
    await handler.page.getByText('某省通信管理局纪检组（单位纪检组织）', { exact: true }).waitFor();
    await axe(handler);

    // The finalized record goes out as one neutrally named file for the unit's body, and the export is logged.
    await handler.page.getByRole('menuitem', { name: '记录列表' }).click();
    await handler.page.getByRole('cell', { name: /王某某/ }).click();
    await handler.page.getByRole('button', { name: '导出加密文件' }).click();
    const exportDialog = handler.page.getByRole('dialog', { name: '导出加密文件' });
    expect(await exportDialog.getByRole('checkbox', { name: '某省通信管理局纪检组（单位纪检组织）' }).isChecked()).toBe(true);
    await axe(handler);
    const stick = folder('stick');
    handler.dialogs.folders.push(stick);
    await exportDialog.getByRole('button', { name: '选择文件夹并导出' }).click();
    await handler.page.getByText(/已导出1个加密文件/).waitFor();
    const [exported] = readdirSync(stick);
    expect(exported).toMatch(/^[0-9a-f]+\.liuhen$/);
    expect(await call(handler.dispatch, 'audit.list', {})).toContainEqual(expect.objectContaining({ action: 'recordExported', target: { recordId, version: 1 } }));

    // The stick also carries a copy of the file and a damaged one: the batch reports each and goes on.
    copyFileSync(join(stick, exported ?? ''), join(stick, 'copy.liuhen'));
    writeFileSync(join(stick, 'damaged.liuhen'), 'not a record file');
    await body.page.getByRole('menuitem', { name: '导入记录文件' }).click();
    body.dialogs.folders.push(stick);
    await body.page.getByRole('button', { name: '选择文件夹并导入' }).click();
    await body.page.getByText('共 3 个文件：导入 1 个，跳过 1 个，未导入 1 个。').waitFor();
    const report = body.page.getByRole('table', { name: '逐个文件的导入结果' });
    await report.getByText('与已导入的文件完全相同，已跳过。').waitFor();
    await report.getByText(/不是留痕的交换文件|无法解析|不完整/).first().waitFor();
    await axe(body);

    // The record is 未核对纸质件 until the paper's fingerprint is typed in; a wrong one is refused.
    await body.page.getByRole('menuitem', { name: '收到的记录' }).click();
    await body.page.getByText('未核对纸质件').waitFor();
    await axe(body);
    await body.page.getByRole('button', { name: '核对纸质件' }).click();
    const paper = body.page.getByRole('dialog', { name: '核对纸质件' });
    await paper.getByLabel('纸质件上的记录表指纹').fill('1'.repeat(64));
    await paper.getByRole('button', { name: '核对' }).click();
    await paper.getByText(/纸质件与文件不是同一份记录表/).waitFor();
    await axe(body);
    const { digest } = await call(handler.dispatch, 'record.get', { recordId });
    await paper.getByLabel('纸质件上的记录表指纹').fill(digest ?? '');
    await paper.getByRole('button', { name: '核对' }).click();
    await body.page.getByText('已核对纸质件').waitFor();

    // The body's signed receipt goes back; the handler imports it and the record shows 已签收.
    const receipt = join(sticks.path, 'receipt.json');
    body.dialogs.savePaths.push(receipt);
    await body.page.getByRole('button', { name: '导出回执' }).click();
    await body.page.getByText(/回执已保存到/).waitFor();
    handler.dialogs.openPaths.push(receipt);
    await handler.page.getByRole('button', { name: '导入回执' }).click();
    await handler.page.getByText(/^已签收：某省通信管理局纪检组，\d{4}-\d{2}-\d{2} \d{2}:\d{2}（第1版）$/).waitFor();
    await axe(handler);
  });

  it('forwards a record from one body to another, which verifies the handler’s and the forwarder’s signatures', async () => {
    const unit = await launch();
    const unitFingerprint = await seedBody(unit, UNIT_BODY);
    const group = await launch();
    const groupFingerprint = await seedBody(group, STATIONED_GROUP);
    const groupKey = join(sticks.path, 'group-key.json');
    group.dialogs.savePaths.push(groupKey);
    await call(group.dispatch, 'body.saveKeyFile', {});
    const unitKey = join(sticks.path, 'unit-key.json');
    unit.dialogs.savePaths.push(unitKey);
    await call(unit.dispatch, 'body.saveKeyFile', {});

    // The handler's record reaches the unit's body (prepared through main: this test is about what follows).
    const handler = await launch();
    await seedHandler(handler);
    const recordId = await seedRecord(handler, [completeEntry('divisionPrincipal')], true);
    handler.dialogs.openPaths.push(unitKey);
    await call(handler.dispatch, 'exchange.chooseKeyFile', {});
    await call(handler.dispatch, 'exchange.trustKeyFile', { typedFingerprint: unitFingerprint });
    const stick = folder('stick');
    handler.dialogs.folders.push(stick);
    await call(handler.dispatch, 'record.export', { recordId, recipients: [unitFingerprint] });
    unit.dialogs.folders.push(stick);
    await call(unit.dispatch, 'intake.importFolder', {});

    // The unit's body checks the stationed group's key on its own page, then forwards with a reason.
    await unit.page.getByRole('menuitem', { name: '本机密钥' }).click();
    await trustKeyThroughPage(unit, groupKey, groupFingerprint);
    await unit.page.getByText('工业和信息化部驻部纪检监察组（驻部纪检监察组）', { exact: true }).waitFor();
    await unit.page.getByRole('menuitem', { name: '收到的记录' }).click();
    await unit.page.getByRole('button', { name: '转送' }).click();
    const forward = unit.page.getByRole('dialog', { name: '转送记录' });
    await forward.getByLabel('转送给').click();
    await unit.page.getByTitle('工业和信息化部驻部纪检监察组（驻部纪检监察组）').click();
    await forward.getByLabel('转送理由').fill('干预人为司局级干部，按第九条报送驻部纪检监察组');
    await axe(unit);
    const onward = folder('onward');
    const forwardFile = join(onward, 'forward.liuhen');
    unit.dialogs.savePaths.push(forwardFile);
    await forward.getByRole('button', { name: '选择保存位置并转送' }).click();
    await unit.page.getByText(`转送文件已保存到 ${forwardFile}`).waitFor();
    expect(await call(unit.dispatch, 'audit.list', {})).toContainEqual(expect.objectContaining({ action: 'recordForwarded' }));

    // The group knows the forwarder by the unit body's key, checked like any other; a forward from a body it
    // never checked would be refused. It imports the forward picked as a file: it names the forwarder and reason.
    await group.page.getByRole('menuitem', { name: '本机密钥' }).click();
    await trustKeyThroughPage(group, unitKey, unitFingerprint);
    await group.page.getByRole('menuitem', { name: '导入记录文件' }).click();
    group.dialogs.openPathLists.push([forwardFile]);
    await group.page.getByRole('button', { name: '选择文件并导入' }).click();
    await group.page.getByText('共 1 个文件：导入 1 个，跳过 0 个，未导入 0 个。').waitFor();
    await group.page.getByRole('menuitem', { name: '收到的记录' }).click();
    await group.page.getByText('由某省通信管理局纪检组转送').waitFor();
    await group.page.getByRole('button', { name: '展开行' }).click();
    await group.page.getByText(/理由：干预人为司局级干部，按第九条报送驻部纪检监察组/).waitFor();
    await axe(group);
  });

  it('signed calendar packs: the body signs, the handler imports in one step, a disagreeing signer and an unsigned pack', async () => {
    const PACK_2027 = {
      format: 'liuhen-calendar-pack',
      formatVersion: 1,
      title: '2027年部分节假日安排（测试数据）',
      source: '测试数据',
      years: [2027],
      holidays: [{ date: '2027-01-01', name: '元旦' }],
      adjustedWorkdays: [],
    };
    const OTHER_2027 = { ...PACK_2027, title: '2027年另一版本（测试数据）', holidays: [...PACK_2027.holidays, { date: '2027-01-04', name: '元旦' }] };
    const PACK_2028 = { ...PACK_2027, title: '2028年部分节假日安排（测试数据）', years: [2028], holidays: [{ date: '2028-01-01', name: '元旦' }] };
    const packFile = (name: string, pack: object) => {
      const path = join(sticks.path, name);
      writeFileSync(path, JSON.stringify(pack));
      return path;
    };

    // The unit's body signs the pack on its 本机密钥 page; the stationed group signs one that disagrees.
    const unit = await launch();
    const unitFingerprint = await seedBody(unit, UNIT_BODY);
    await unit.page.getByRole('menuitem', { name: '本机密钥' }).click();
    const signedByUnit = join(sticks.path, 'signed-unit.json');
    unit.dialogs.openPaths.push(packFile('pack-2027.json', PACK_2027));
    unit.dialogs.savePaths.push(signedByUnit);
    await unit.page.getByLabel('序号').fill('1');
    await unit.page.getByRole('button', { name: '选择日历包并签名' }).click();
    await unit.page.getByText(`签名日历包已保存到 ${signedByUnit}`).waitFor();
    await axe(unit);
    const group = await launch();
    const groupFingerprint = await seedBody(group, STATIONED_GROUP);
    const signedByGroup = join(sticks.path, 'signed-group.json');
    group.dialogs.openPaths.push(packFile('other-2027.json', OTHER_2027));
    group.dialogs.savePaths.push(signedByGroup);
    await call(group.dispatch, 'body.signCalendarPack', { sequence: 1 });

    // The handler checked both bodies' keys (through main: the comparison screen is the first test's).
    const handler = await launch();
    await seedHandler(handler);
    for (const [app, fingerprint] of [
      [unit, unitFingerprint],
      [group, groupFingerprint],
    ] as const) {
      const keyFile = join(sticks.path, `${fingerprint}.json`);
      app.dialogs.savePaths.push(keyFile);
      await call(app.dispatch, 'body.saveKeyFile', {});
      handler.dialogs.openPaths.push(keyFile);
      await call(handler.dispatch, 'exchange.chooseKeyFile', {});
      await call(handler.dispatch, 'exchange.trustKeyFile', { typedFingerprint: fingerprint });
    }
    const { page } = handler;
    await page.getByRole('menuitem', { name: '设置' }).click();
    handler.dialogs.openPaths.push(signedByUnit);
    await page.getByRole('button', { name: '导入签名日历包…' }).click();
    await page.getByText('日历包已导入，相关年份的期限按新的安排计算。').waitFor();
    await expect.poll(() => page.getByText(/2027年部分节假日安排（测试数据）（2027年）/).count()).toBe(1);

    // Another signer's pack for 2027 that disagrees is refused, naming both signers.
    handler.dialogs.openPaths.push(signedByGroup);
    await page.getByRole('button', { name: '导入签名日历包…' }).click();
    await page.getByText(/同一年份已有另一签名者的日历包.*某省通信管理局纪检组.*工业和信息化部驻部纪检监察组/).waitFor();

    // An unsigned pack needs the risk confirmed: cancelling opens no dialog and changes nothing.
    handler.dialogs.openPaths.push(packFile('pack-2028.json', PACK_2028));
    await page.getByRole('button', { name: '导入未签名的日历包…' }).click();
    const risk = page.getByRole('dialog', { name: '导入未签名的日历包' });
    await risk.getByText(/没有纪检组织的签名.*5个工作日的期限算错/).waitFor();
    await axe(handler);
    await risk.getByRole('button', { name: '取消' }).click();
    await risk.waitFor({ state: 'hidden' });
    expect(handler.dialogs.openPaths).toHaveLength(1);
    await page.getByRole('button', { name: '导入未签名的日历包…' }).click();
    await page.getByRole('button', { name: '我已核对通知原文，仍要导入' }).click();
    await expect.poll(() => page.getByText(/2028年部分节假日安排（测试数据）/).count()).toBe(1);
    expect((await call(handler.dispatch, 'calendar.coverage', {})).importedYears).toEqual([2027, 2028]);
  });

  it('flags a handler whose signing key changed until the officer confirms it in person', async () => {
    const body = await launch();
    const fingerprint = await seedBody(body, UNIT_BODY);
    const keyFile = join(sticks.path, 'key.json');
    body.dialogs.savePaths.push(keyFile);
    await call(body.dispatch, 'body.saveKeyFile', {});

    // The same handler (name and unit) exports from two installations, so from two signing keys: a reinstall, or
    // someone else writing in their name. Neither needs a browser; only the body's screen is under test.
    for (const name of ['first', 'second']) {
      const dialogs = scriptedDialogs();
      const handler = dispatchWithOutputCheck(makeServices(join(sticks.path, name), fakeClock(), dialogs));
      await createHandlerVault(handler);
      const recordId = await draftWithEntries(handler, [completeEntry('divisionPrincipal')]);
      await call(handler, 'record.finalize', { recordId });
      dialogs.openPaths.push(keyFile);
      await call(handler, 'exchange.chooseKeyFile', {});
      await call(handler, 'exchange.trustKeyFile', { typedFingerprint: fingerprint });
      dialogs.folders.push(folder(`${name}-out`));
      const { files } = await call(handler, 'record.export', { recordId, recipients: [fingerprint] });
      body.dialogs.folders.push(join(sticks.path, `${name}-out`));
      await body.page.getByRole('menuitem', { name: '导入记录文件' }).click();
      await body.page.getByRole('button', { name: '选择文件夹并导入' }).click();
      await body.page.getByText(/^共 1 个文件：导入 1 个/).waitFor();
      expect(files).toHaveLength(1);
    }
    await body.page.getByRole('table', { name: '逐个文件的导入结果' }).getByText(/签名密钥与此前导入的文件不同/).waitFor();
    await axe(body);

    const { page } = body;
    await page.getByRole('menuitem', { name: '收到的记录' }).click();
    await page.getByText('承办人员密钥变更').waitFor();
    await page.getByRole('button', { name: '确认新密钥' }).click();
    const confirm = page.getByRole('dialog', { name: '确认承办人员的新密钥' });
    await confirm.getByText(/只有当面向本人核实/).waitFor();
    await axe(body);
    await confirm.getByRole('button', { name: '已当面核实，确认新密钥' }).click();
    await expect.poll(() => page.getByText('承办人员密钥变更').count()).toBe(0);
    expect(await call(body.dispatch, 'audit.list', {})).toContainEqual(expect.objectContaining({ action: 'keyChangeAccepted' }));
  });

  it('shows the running import’s progress, file by file', async () => {
    const body = await launch();
    await seedBody(body, UNIT_BODY);
    // A named pipe holds the import at its second file, with no clock involved: opening it waits until the test
    // writes to it, while the page keeps asking how far the import has come.
    const stick = folder('stick');
    const damaged = join(stick, 'a.liuhen');
    writeFileSync(damaged, 'not a record file');
    const pipe = join(stick, 'b.liuhen');
    execFileSync('mkfifo', [pipe]);
    const { page } = body;
    body.dialogs.openPathLists.push([damaged, pipe]);
    await page.getByRole('button', { name: '选择文件并导入' }).click();
    await page.getByText('正在核验并导入：1 / 2').waitFor();
    expect(await page.getByRole('progressbar', { name: '导入进度' }).getAttribute('aria-valuenow')).toBe('50');
    expect(await page.getByRole('button', { name: '选择文件夹并导入' }).isDisabled()).toBe(true);
    await axe(body);
    writeFileSync(pipe, 'not a record file either');
    await page.getByText('共 2 个文件：导入 0 个，跳过 0 个，未导入 2 个。').waitFor();
    expect(await page.getByRole('progressbar').count()).toBe(0);
  });
});
