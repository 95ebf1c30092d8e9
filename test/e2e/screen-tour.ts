import type { Page } from 'playwright-core';
import { TEST_PASSPHRASE } from '../support/test-vault.ts';
import { call } from '../support/dispatch-fixtures.ts';
import type { RunningApp } from './app-harness.ts';
import { keyInPaperReceived, seedDisciplineBody } from './discipline-seed.ts';
import { confirmShownRecoveryKey, fillEntry, fillProfile, finalizeOpenRecord, TYPICAL_ENTRY, unlock } from './flows.ts';

const MS_PER_DAY = 86_400_000;
// Finalized work waits this long for a backup before the records list says so (the default setting).
const BACKUP_REMINDER_DAYS = 7;

// Called on each screen once it has settled; `fullPage` when the screen is meant to be seen whole.
export type ScreenVisit = (name: string, options?: { fullPage?: boolean }) => Promise<void>;

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('.ant-modal-wrap').last().waitFor({ state: 'hidden' });
}

// Every screen a handler meets, from the first run on a new installation: the wizard, the editor with two
// interventions and what 完成填报 finds missing, the finished record with its versions and their differences, the
// dialogs of printing, 已报送 and amending, the list (with the backup reminder a week later), the audit trail,
// settings, about, and the unlock screen with recovery and restore. `visit` is called on each.
export async function tourScreens(app: RunningApp, visit: ScreenVisit): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: '下一步' }).waitFor();
  await visit('setup-role');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('设置口令').fill('示例口令 example passphrase 2026');
  await page.getByTestId('passphrase-strength').waitFor();
  await visit('setup-passphrase');
  await page.getByLabel('设置口令').fill(TEST_PASSPHRASE);
  await page.getByLabel('再次输入口令').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: '创建加密数据库' }).click();
  await page.getByTestId('recovery-key').waitFor();
  await visit('setup-recovery-key');
  await confirmShownRecoveryKey(page);
  await page.getByRole('button', { name: '完成设置' }).waitFor();
  await fillProfile(page);
  await visit('setup-profile', { fullPage: true });
  await page.getByRole('button', { name: '完成设置' }).click();
  await page.getByRole('menuitem', { name: '记录列表' }).waitFor();
  await visit('list-empty');

  await page.getByRole('menuitem', { name: '填写记录表' }).click();
  await page.getByLabel('填报人').waitFor();
  await page.getByRole('button', { name: '完成填报' }).click();
  await page.getByText('请填写干预时间').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await visit('editor-missing');
  await fillEntry(page, 1, TYPICAL_ENTRY);
  await page.getByRole('button', { name: '增加一项干预具体情况' }).click();
  // 径报: with a 司局级 intervener the record goes to the stationed group alone.
  await fillEntry(page, 2, { ...TYPICAL_ENTRY, name: '赵某', level: '厅局级副职', method: '当面' });
  await page.getByTestId('recipient').filter({ hasText: '驻工业和信息化部纪检监察组' }).waitFor();
  await page.getByText(/^已自动保存/).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await visit('editor');
  await page.getByRole('button', { name: '完成填报' }).click();
  await page.getByRole('button', { name: '确认完成填报' }).waitFor();
  await visit('finalize-confirm');
  await page.getByRole('checkbox', { name: '本表由重大事项承办人员填写，本人对填报内容的真实性负责。' }).check();
  await page.getByRole('button', { name: '确认完成填报' }).click();
  await page.getByTestId('record-document').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await visit('finalized', { fullPage: true });

  await page.getByRole('button', { name: '另存为 PDF…' }).click();
  await page.locator('.ant-dropdown:not(.ant-dropdown-hidden)').getByRole('menuitem', { name: '记录表另存为 PDF' }).first().waitFor();
  await visit('save-pdf-menu');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '标记为已报送' }).click();
  const markSubmitted = page.getByRole('dialog', { name: '标记为已报送' });
  await markSubmitted.getByLabel('报送日期').waitFor();
  await visit('mark-submitted');
  await markSubmitted.getByRole('button', { name: '确认', exact: true }).click();
  await page.getByTestId('submitted-on').waitFor();
  await page.getByRole('button', { name: '修订' }).click();
  await page.getByLabel('修订原因').fill('补充对方来电的具体时间');
  await visit('amend');
  await page.getByRole('button', { name: '开始修订' }).click();
  await page.getByText('修订原因：补充对方来电的具体时间').waitFor();
  await finalizeOpenRecord(page);
  await page.getByRole('button', { name: '查看第1版' }).click();
  await page.getByRole('dialog', { name: '第1版' }).waitFor();
  await visit('version-1');
  await closeDialog(page);
  await page.getByRole('button', { name: '第2版与第1版比较' }).click();
  await page.getByRole('dialog', { name: '第1版与第2版的差异' }).waitFor();
  await visit('version-diff');
  await closeDialog(page);

  // A week on, the record still has no backup.
  await page.getByRole('button', { name: '锁定' }).click();
  app.clock.advanceMs(BACKUP_REMINDER_DAYS * MS_PER_DAY);
  await unlock(page);
  await page.getByTestId('backup-reminder').waitFor();
  await visit('list');
  for (const [menu, name, ready] of [
    ['操作日志', 'audit', '完成填报'],
    ['设置', 'settings', '2004—2026年'],
    ['关于', 'about', '关于'],
  ] as const) {
    await page.getByRole('menuitem', { name: menu }).click();
    await page.getByText(ready).last().waitFor();
    await visit(name, { fullPage: name === 'settings' });
  }

  await page.getByRole('button', { name: '锁定' }).click();
  await page.getByRole('button', { name: '解锁' }).waitFor();
  await visit('unlock');
  await page.getByRole('button', { name: '忘记口令？使用恢复密钥' }).click();
  await page.getByLabel('恢复密钥').waitFor();
  await visit('unlock-recover');
  await page.reload();
  await page.getByRole('button', { name: '从备份恢复' }).click();
  await page.getByText(/备份/).first().waitFor();
  await visit('unlock-restore');
}

// The discipline body's 案件办理设置, on an installation set up in `workDir` with one record that took a step: the
// list (that step used, so it can be retired, not removed) and the message for reminder days of 0.
export async function tourCaseworkSettings(app: RunningApp, workDir: string, visit: ScreenVisit): Promise<void> {
  const { page, dispatch } = app;
  await seedDisciplineBody(app, workDir, []);
  const recordId = await keyInPaperReceived(dispatch, '赵某', '2026-11-20');
  await call(dispatch, 'casework.addStep', { recordId, step: { kind: 'registration', by: '孙某', on: '2026-11-26', what: '登记备案。', notes: null } });
  await page.getByRole('menuitem', { name: '案件办理设置' }).click();
  await page.getByText('已用于1份').waitFor();
  await visit('casework-settings', { fullPage: true });
  await page.getByLabel('提醒天数').fill('0');
  await page.getByRole('button', { name: '保存设置' }).click();
  await page.getByText(/提醒天数不能为0/).waitFor();
  await visit('casework-settings-error', { fullPage: true });
}
