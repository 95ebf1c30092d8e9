import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app-harness.ts';
import { completeEntry } from '../support/dispatch-fixtures.ts';
import { completeSetup, fillEntry, finalizeOpenRecord, seedHandler, seedRecord, TYPICAL_ENTRY, unlock } from './flows.ts';

const MS_PER_MINUTE = 60_000;

// The renderer's whole JavaScript heap after a forced garbage collection, as text: what a record left behind
// in memory state (React state, the form store, caches) would show up here.
async function heapSnapshotText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return (JSON.parse(chunks.join('')) as { strings: string[] }).strings.join('\n');
}
const STATIONED_GROUP = '中央纪委国家监委驻工业和信息化部纪检监察组';
// A draft of three interventions, the third one by 钱某, as the lock tests find it.
const THREE_ENTRIES = [
  completeEntry('divisionDeputy'),
  completeEntry('departmentDeputy', { intervener: { name: '赵某', unit: '某部', post: '副司长', level: 'departmentDeputy', tenure: 'serving' } }),
  completeEntry('thirdResearcher', {
    intervener: { name: '钱某', unit: '某局', post: '三级调研员', level: 'thirdResearcher', tenure: 'serving' },
    handling: '已当面拒绝，并于次日报告。',
  }),
];

// Each test starts from a new installation and sets up what it is about, so none depends on the one before.
describe('the 记录表 end to end', () => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => {
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('goes from first run to a first finalized record', async () => {
    const { page } = app;
    await completeSetup(page);
    await page.getByRole('menuitem', { name: '填写记录表' }).click();
    await expect.poll(() => page.getByLabel('填报人').inputValue()).toBe('张𠮷明');
    await fillEntry(page, 1, TYPICAL_ENTRY);
    await expect.poll(() => page.getByTestId('recipient').first().textContent()).toContain('本单位纪检组织');
    await expect.poll(() => page.getByTestId('scope').first().textContent()).toContain('属于本办法所称领导干部');
    // Enter in a field moves nothing along: no submission, no validation, no dialog.
    await page.locator('.ant-card', { hasText: '第1项干预具体情况' }).getByLabel('插手干预人姓名').press('Enter');
    expect(await page.locator('.ant-form-item-explain-error').count()).toBe(0);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await finalizeOpenRecord(page);
    await expect.poll(() => page.getByText('已完成填报', { exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('digest').textContent()).toMatch(/^指纹 [0-9a-f]{8} [0-9a-f]{8}…$/);
    expect(await page.getByRole('button', { name: '修订' }).count()).toBe(1);
    expect(await page.getByTestId('record-document').getByText(TYPICAL_ENTRY.content).count()).toBe(1);
    expect(await page.getByTestId('record-document').locator('input, textarea').count()).toBe(0);
    // Leaving the draft behind must not try to save it once more over the finalized version.
    await page.waitForTimeout(500);
    expect(await page.locator('.ant-alert-error').count()).toBe(0);
  });

  it('opens version 2 when the finalized record is amended with a reason', async () => {
    const { page } = app;
    await seedHandler(app);
    await seedRecord(app, [completeEntry('divisionDeputy')], true);
    await page.getByRole('cell', { name: /王某某/ }).click();
    await page.getByRole('button', { name: '修订' }).click();
    await page.getByRole('button', { name: '开始修订' }).click();
    await expect.poll(() => page.getByText('请填写修订原因').count()).toBe(1);
    await page.getByLabel('修订原因').fill('补充对方来电的具体时间');
    await page.getByRole('button', { name: '开始修订' }).click();
    await expect.poll(() => page.locator('span.ant-typography', { hasText: /^第2版$/ }).count()).toBe(1);
    await expect.poll(() => page.getByText('修订原因：补充对方来电的具体时间').count()).toBe(1);
    expect(await page.getByLabel('具体干预内容').isDisabled()).toBe(false);
    await page.getByRole('button', { name: '返回列表' }).click();
    await expect.poll(() => page.getByText('草稿 · 第2版').count()).toBe(1);
  });

  it('routes a record with three interventions, one bureau-level, straight to the stationed inspection group', async () => {
    const { page } = app;
    await seedHandler(app);
    await page.getByRole('menuitem', { name: '填写记录表' }).click();
    await fillEntry(page, 1, TYPICAL_ENTRY);
    await page.getByRole('button', { name: '增加一项干预具体情况' }).click();
    await fillEntry(page, 2, { ...TYPICAL_ENTRY, name: '赵某', level: '厅局级副职', method: '当面' });
    await page.getByRole('button', { name: '增加一项干预具体情况' }).click();
    await fillEntry(page, 3, { ...TYPICAL_ENTRY, name: '钱某', level: '三级调研员', method: '微信' });
    await expect.poll(() => page.getByTestId('recipient').allTextContents()).toEqual([expect.stringContaining(STATIONED_GROUP)]);
    expect(await page.getByTestId('recipient').first().textContent()).toContain('第2项');
    await expect.poll(() => page.getByTestId('scope').nth(1).textContent()).toContain('厅局级副职');
    await expect.poll(() => page.getByTestId('scope').nth(2).textContent()).toContain('不属于本办法所称领导干部');
  });

  it('keeps a draft across lock and unlock, even when locked right after typing', async () => {
    const { page } = app;
    await seedHandler(app);
    await seedRecord(app, THREE_ENTRIES);
    await page.getByRole('cell', { name: /钱某/ }).click();
    const card = page.locator('.ant-card', { hasText: '第3项干预具体情况' });
    await card.getByLabel('处置方式').fill('当面拒绝，并于次日书面报告。');
    await page.getByRole('button', { name: '锁定' }).click();
    await unlock(page);
    await page.getByRole('cell', { name: /钱某/ }).click();
    await expect.poll(() => page.getByText('第3项干预具体情况').count()).toBe(1);
    await expect
      .poll(() => page.locator('.ant-card', { hasText: '第3项干预具体情况' }).getByLabel('处置方式').inputValue())
      .toBe('当面拒绝，并于次日书面报告。');
  });

  it('names the missing fields when an incomplete record is finalized', async () => {
    const { page } = app;
    await seedHandler(app);
    await page.getByRole('menuitem', { name: '填写记录表' }).click();
    await expect.poll(() => page.getByLabel('具体干预内容').count()).toBe(1);
    await page.getByRole('button', { name: '完成填报' }).click();
    await expect.poll(() => page.getByText('请填写干预时间').count()).toBe(1);
    for (const message of ['请填写插手干预人姓名', '请选择插手干预方式', '请选择重大事项类别', '请填写具体干预内容', '请填写处置方式']) {
      expect(await page.getByText(message, { exact: true }).count()).toBe(1);
    }
    expect(await page.getByText('记录表尚未填写完整，请补全下列各项后再完成填报（点击可转到该项）：').count()).toBe(1);
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('auto-locks after the idle time and leaves no record data in the page or its memory', async () => {
    const { page } = app;
    // Set up through main and shown in a reloaded page: everything the record shows comes out of the vault, and
    // nothing was typed in this page.
    await seedHandler(app);
    await seedRecord(app, THREE_ENTRIES);
    await page.getByRole('cell', { name: /钱某/ }).click();
    await expect.poll(() => page.getByText('第3项干预具体情况').count()).toBe(1);
    app.clock.advanceMs(6 * MS_PER_MINUTE);
    // The page asks main every 5 seconds how long is left; once nothing is, it saves and asks main to lock.
    await page.getByRole('button', { name: '解锁' }).waitFor({ timeout: 15_000 });
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    const heap = await heapSnapshotText(page);
    const [first] = THREE_ENTRIES;
    for (const secret of ['钱某', '赵某', first?.content ?? '', first?.matter?.name ?? '', '已当面拒绝', '张𠮷明']) {
      expect(html).not.toContain(secret);
      expect(heap).not.toContain(secret);
    }
  });
});
