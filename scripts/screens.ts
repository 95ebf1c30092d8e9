// `npm run screens`: drives the built app in Chromium through setup, list, editor and settings and writes a
// screenshot of each main screen (a finished record too) to docs/screens/, so reviewers can see the UI without running it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchApp } from '../test/e2e/app-harness.ts';
import { shootDisciplineScreens } from './screens-discipline.ts';
import { completeSetup, fillEntry, finalizeOpenRecord, TYPICAL_ENTRY } from '../test/e2e/flows.ts';
import { shootExchangeScreens } from './exchange-screens.ts';

const OUT = join(import.meta.dirname, '..', 'docs', 'screens');
mkdirSync(OUT, { recursive: true });

// Lets antd's transitions finish so the pictures show the settled screen, not a fade.
const SETTLE_MS = 800;

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.mouse.move(0, 0);
  await page.waitForTimeout(SETTLE_MS);
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
}

const app = await launchApp();
try {
  const { page, dispatch } = app;
  await page.setViewportSize({ width: 1440, height: 960 });
  await page.getByRole('button', { name: '下一步' }).waitFor();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('设置口令').fill('示例口令 example passphrase 2026');
  await shoot(page, 'setup');
  await page.reload();
  await completeSetup(page);

  // An older record, finalized but never handed over: the list shows its countdown run out.
  await page.getByRole('menuitem', { name: '填写记录表' }).click();
  await fillEntry(page, 1, {
    ...TYPICAL_ENTRY,
    occurredAt: '2026年11月16日 10:00',
    name: '孙某',
    level: '县处级正职',
    category: '（一）干部人事',
    matterName: '2026年度职称评审',
  });
  await finalizeOpenRecord(page);
  await page.getByTestId('digest').waitFor();
  // A finished record reads as a document, with its version history.
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, 'finalized', true);

  await page.getByRole('menuitem', { name: '填写记录表' }).click();
  await fillEntry(page, 1, TYPICAL_ENTRY);
  await page.getByRole('button', { name: '增加一项干预具体情况' }).click();
  await fillEntry(page, 2, { ...TYPICAL_ENTRY, name: '赵某', level: '厅局级副职', method: '当面' });
  // 径报: with a 司局级 intervener the record goes to the stationed group alone.
  await page.getByTestId('recipient').filter({ hasText: '驻工业和信息化部纪检监察组' }).waitFor();
  await page.getByText(/^已自动保存/).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, 'editor');

  // A draft begun but not yet dated: no countdown until there is a day to count from.
  const created = await dispatch('record.create', {});
  if (!created.ok) throw new Error(created.error.message);
  const { recordId, draft } = created.value as { recordId: string; draft: { entries: object[] } };
  const saved = await dispatch('record.saveDraft', {
    recordId,
    draft: { ...draft, entries: [{ learnedOn: null, methodNote: null, kinds: [], intervener: { name: '钱某' }, matter: { name: '某专项资金分配' } }] },
  });
  if (!saved.ok) throw new Error(saved.error.message);
  await page.getByRole('button', { name: '返回列表' }).click();
  await page.getByRole('cell', { name: /钱某/ }).waitFor();
  await shoot(page, 'list');

  await page.getByRole('menuitem', { name: '设置' }).click();
  await page.getByText('2004—2026年').waitFor();
  await shoot(page, 'settings', true);
} finally {
  await app.close();
}
await shootExchangeScreens(shoot);
await shootDisciplineScreens(OUT, shoot);
console.log(`screenshots written to ${OUT}`);
