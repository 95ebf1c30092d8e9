// `npm run screens`: drives the built app in Chromium over every screen a handler meets and the discipline body's
// 案件办理设置 (test/e2e/screen-tour.ts, the same tours the 1366×768 layout test takes) and writes a screenshot of
// each to docs/screens/, at the smallest office screen (1366×768) and at full HD (1920×1080), so reviewers can see
// the UI without running it.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchApp, type Viewport } from '../test/e2e/app-harness.ts';
import { tourCaseworkSettings, tourScreens } from '../test/e2e/screen-tour.ts';
import { makeTempDir } from '../test/support/temp-dir.ts';
import { shootDisciplineScreens } from './screens-discipline.ts';
import { shootExchangeScreens } from './exchange-screens.ts';

const OUT = join(import.meta.dirname, '..', 'docs', 'screens');
const VIEWPORTS: readonly Viewport[] = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
// Lets antd's transitions finish so the pictures show the settled screen, not a fade.
const SETTLE_MS = 800;

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.mouse.move(0, 0);
  await page.waitForTimeout(SETTLE_MS);
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
}

mkdirSync(OUT, { recursive: true });
for (const name of readdirSync(OUT).filter((file) => file.endsWith('.png'))) rmSync(join(OUT, name));

for (const viewport of VIEWPORTS) {
  const app = await launchApp({ viewport });
  try {
    await tourScreens(app, (name, options) => shoot(app.page, `${name}-${viewport.width}`, options?.fullPage));
  } finally {
    await app.close();
  }
}
for (const viewport of VIEWPORTS) {
  const app = await launchApp({ viewport });
  const work = makeTempDir('liuhen-screens-settings-');
  try {
    await tourCaseworkSettings(app, work.path, (name, options) => shoot(app.page, `${name}-${viewport.width}`, options?.fullPage));
  } finally {
    await app.close();
    work.remove();
  }
}
await shootExchangeScreens(shoot);
await shootDisciplineScreens(OUT, shoot);
console.log(`screenshots written to ${OUT}`);
