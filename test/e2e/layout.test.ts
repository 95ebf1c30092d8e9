import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app-harness.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { tourCaseworkSettings, tourScreens } from './screen-tour.ts';

// The smallest screen an office PC still has: issue 13 asks that no screen need scrolling sideways there.
const SMALL_OFFICE_SCREEN = { width: 1366, height: 768 };
const MIN_MATTER_COLUMN_PX = 200;

interface Overflow {
  page: number;
  widest: string[];
}

// The page's own horizontal scroll, and every element that scrolls sideways inside it.
function horizontalOverflow(): Overflow {
  const root = document.scrollingElement ?? document.documentElement;
  const widest = [...document.querySelectorAll<HTMLElement>('body *')]
    .filter((element) => {
      const { overflowX } = getComputedStyle(element);
      return (overflowX === 'auto' || overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1;
    })
    .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
  return { page: root.scrollWidth - root.clientWidth, widest };
}

describe('at 1366×768', () => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp({ viewport: SMALL_OFFICE_SCREEN });
  });
  afterEach(async () => {
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('no screen scrolls sideways, and the records list gives 重大事项 room', async () => {
    const visited: string[] = [];
    await tourScreens(app, async (name) => {
      visited.push(name);
      expect({ name, ...(await app.page.evaluate(horizontalOverflow)) }).toEqual({ name, page: 0, widest: [] });
      if (name === 'list') {
        const matterColumn = await app.page.getByRole('columnheader', { name: '重大事项' }).boundingBox();
        expect(matterColumn?.width).toBeGreaterThanOrEqual(MIN_MATTER_COLUMN_PX);
      }
    });
    expect(visited).toHaveLength(21);
  });

  it('nor does the discipline body’s 案件办理设置', async () => {
    const work = makeTempDir('liuhen-layout-discipline-');
    const visited: string[] = [];
    try {
      await tourCaseworkSettings(app, work.path, async (name) => {
        visited.push(name);
        expect({ name, ...(await app.page.evaluate(horizontalOverflow)) }).toEqual({ name, page: 0, widest: [] });
      });
    } finally {
      work.remove();
    }
    expect(visited).toEqual(['casework-settings', 'casework-settings-error']);
  });
});
