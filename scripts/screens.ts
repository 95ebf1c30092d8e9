// `npm run screens`: drives the built app in Chromium through setup, list, editor and settings and writes a
// screenshot of each main screen to docs/screens/, so reviewers can see the UI without running it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchApp } from '../test/e2e/app-harness.ts';
import { completeSetup, fillEntry, TYPICAL_ENTRY } from '../test/e2e/flows.ts';

const OUT = join(import.meta.dirname, '..', 'docs', 'screens');
mkdirSync(OUT, { recursive: true });

// Lets antd's transitions finish so the pictures show the settled screen, not a fade.
const SETTLE_MS = 800;

const app = await launchApp();
try {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 960 });
  await page.getByRole('button', { name: '下一步' }).waitFor();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('设置口令').fill('示例口令 example passphrase 2026');
  await page.mouse.move(0, 0);
  await page.waitForTimeout(SETTLE_MS);
  await page.screenshot({ path: join(OUT, 'setup.png') });
  await page.reload();
  await completeSetup(page);

  await page.getByRole('menuitem', { name: '填写记录表' }).click();
  await fillEntry(page, 1, TYPICAL_ENTRY);
  await page.getByRole('button', { name: '增加一项干预具体情况' }).click();
  await fillEntry(page, 2, { ...TYPICAL_ENTRY, name: '赵某', level: '厅局级副职', method: '当面' });
  await page.getByTestId('recipient').nth(1).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(0, 0);
  await page.waitForTimeout(SETTLE_MS);
  await page.screenshot({ path: join(OUT, 'editor.png') });

  await page.getByRole('button', { name: '返回列表' }).click();
  await page.getByRole('menuitem', { name: '填写记录表' }).click();
  await fillEntry(page, 1, { ...TYPICAL_ENTRY, name: '孙某', matterName: '2026年度职称评审', category: '（一）干部人事' });
  await page.getByRole('button', { name: '返回列表' }).click();
  await page.getByRole('cell', { name: /孙某/ }).waitFor();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(SETTLE_MS);
  await page.screenshot({ path: join(OUT, 'list.png') });

  await page.getByRole('menuitem', { name: '设置' }).click();
  await page.getByText('2004—2026年').waitFor();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(SETTLE_MS);
  await page.screenshot({ path: join(OUT, 'settings.png'), fullPage: true });
  console.log(`screenshots written to ${OUT}`);
} finally {
  await app.close();
}
