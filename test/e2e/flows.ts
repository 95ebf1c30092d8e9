import type { Page } from 'playwright-core';
import { call, draftWithEntries } from '../support/dispatch-fixtures.ts';
import { TEST_PASSPHRASE } from '../support/test-vault.ts';
import type { RunningApp } from './app-harness.ts';

export const TEST_PROFILE = {
  name: '张𠮷明',
  politicalStatus: '中国共产党党员',
  workUnit: '某省通信管理局',
  currentPost: '综合处副处长',
  staffCategory: '借调人员',
  dutyScope: '负责本单位干部人事及工程项目招标相关具体工作',
};

// First run as a handler would do it: role, passphrase twice, recovery key retyped, profile.
export async function completeSetup(page: Page, passphrase = TEST_PASSPHRASE): Promise<string> {
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('设置口令').fill(passphrase);
  await page.getByLabel('再次输入口令').fill(passphrase);
  await page.getByRole('button', { name: '创建加密数据库' }).click();
  const recoveryKey = await confirmShownRecoveryKey(page);
  await fillProfile(page);
  await page.getByRole('button', { name: '完成设置' }).click();
  await page.getByRole('menuitem', { name: '记录列表' }).waitFor();
  return recoveryKey;
}

// The recovery key step: the key is written down (ticked) and retyped; answers the key.
export async function confirmShownRecoveryKey(page: Page): Promise<string> {
  await page.getByTestId('recovery-key').waitFor();
  const recoveryKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
  await page.getByRole('checkbox', { name: '我已抄写或打印恢复密钥，并将妥善保存' }).check();
  await page.getByLabel('请照抄写件重新输入恢复密钥，以确认抄写无误').fill(recoveryKey.toLowerCase());
  await page.getByRole('button', { name: '下一步' }).click();
  return recoveryKey;
}

export async function fillProfile(page: Page): Promise<void> {
  await page.getByLabel('姓名').fill(TEST_PROFILE.name);
  await page.getByLabel('政治面貌').click();
  await page.getByTitle(TEST_PROFILE.politicalStatus).click();
  await page.getByLabel('工作单位').fill(TEST_PROFILE.workUnit);
  await page.getByLabel('现任职务').fill(TEST_PROFILE.currentPost);
  await page.getByRole('radio', { name: TEST_PROFILE.staffCategory }).check();
  await page.getByLabel('本人岗位职责').fill(TEST_PROFILE.dutyScope);
  await page.getByRole('radio', { name: '是，本单位设有纪委（纪检组）' }).check();
}

export async function unlock(page: Page, passphrase = TEST_PASSPHRASE): Promise<void> {
  await page.getByRole('button', { name: '解锁' }).waitFor();
  await page.getByLabel('口令', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: '解锁' }).click();
}

export interface EntryInput {
  occurredAt: string;
  name: string;
  unit: string;
  post: string;
  organisationKind: string;
  level: string;
  method: string;
  category: string;
  matterName: string;
  kinds: string[];
  content: string;
  handling: string;
}

export const TYPICAL_ENTRY: EntryInput = {
  occurredAt: '2026年11月24日 15:30',
  name: '王某某',
  unit: '某省通信管理局',
  post: '副处长',
  organisationKind: '省（自治区、直辖市）通信管理局',
  level: '县处级副职',
  method: '电话',
  category: '（三）工程建设',
  matterName: '某数据中心机房改造工程招标',
  kinds: ['（二）说情、打招呼、通风报信'],
  content: '来电要求在评标中对某公司“多加关照”，并询问评标专家名单。',
  handling: '当场拒绝，告知须按程序办理，并于当日向分管领导报告。',
};

// Fills the n-th (1-based) 干预具体情况 card the way a person would: typing, choosing, ticking.
export async function fillEntry(page: Page, number: number, entry: EntryInput): Promise<void> {
  const card = page.locator('.ant-card', { hasText: `第${number}项干预具体情况` });
  const time = card.getByLabel('干预时间');
  await time.click();
  await time.fill(entry.occurredAt);
  await time.press('Enter');
  await card.getByLabel('插手干预人姓名').fill(entry.name);
  await card.getByLabel('插手干预人单位').fill(entry.unit);
  await card.getByLabel('插手干预人职务').fill(entry.post);
  await card.getByLabel('所在单位类别').click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(entry.organisationKind).click();
  const level = card.getByLabel('职务层次或职级');
  await level.click();
  await level.fill(entry.level);
  await level.press('Enter');
  await card.getByRole('radio', { name: '现职', exact: true }).check();
  await card.getByRole('radio', { name: entry.method, exact: true }).check();
  await card.getByLabel('重大事项类别').click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(entry.category).click();
  await card.getByLabel('重大事项名称').fill(entry.matterName);
  for (const kind of entry.kinds) await card.getByRole('checkbox', { name: kind }).check();
  await card.getByLabel('具体干预内容').fill(entry.content);
  await card.getByLabel('处置方式').fill(entry.handling);
}

// 完成填报 on a complete record: the form is saved and checked, then the 填表说明1 affirmation is given.
export async function finalizeOpenRecord(page: Page): Promise<void> {
  await page.getByRole('button', { name: '完成填报' }).click();
  await page.getByRole('checkbox', { name: '本表由重大事项承办人员填写，本人对填报内容的真实性负责。' }).check();
  await page.getByRole('button', { name: '确认完成填报' }).click();
}

// A handler installation as after its first run, set up through main rather than the wizard: for a test about
// what comes later, so it starts from its own state instead of from what the test before it left. The page is
// reloaded onto the workspace (the vault stays unlocked in main).
// Answers the recovery key.
export async function seedHandler(app: RunningApp): Promise<string> {
  const { recoveryKey } = await call(app.dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
  await call(app.dispatch, 'setup.confirmRecoveryKey', { recoveryKey });
  await call(app.dispatch, 'profile.save', { profile: SEEDED_PROFILE, unit: { unitHasDisciplineBody: true } });
  await app.page.reload();
  await app.page.getByRole('menuitem', { name: '记录列表' }).waitFor();
  return recoveryKey;
}

// A record holding these entries, as a draft or finalized; the list is reloaded to show it. Answers its id.
export async function seedRecord(app: RunningApp, entries: DraftEntry[], finalized = false): Promise<string> {
  const recordId = await draftWithEntries(app.dispatch, entries);
  if (finalized) await call(app.dispatch, 'record.finalize', { recordId });
  await app.page.reload();
  await app.page.getByRole('menuitem', { name: '记录列表' }).waitFor();
  return recordId;
}

// The wizard's profile, as main stores it.
const SEEDED_PROFILE = { ...TEST_PROFILE, politicalStatus: 'cpcMember', staffCategory: 'seconded' } as const;
type DraftEntry = Parameters<typeof draftWithEntries>[1][number];
