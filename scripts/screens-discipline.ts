// The discipline body's screens for `npm run screens`: the inbox, a record with its 研判 and disposition, the
// interveners, the annual summary and the first page of its PDF, written to docs/screens/discipline-*.png.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Input } from '../src-main/contract/index.ts';
import { INTERVENTION_ELEMENTS } from '../src-main/shared/casework/assessment.ts';
import { formatRecordNumber } from '../src-main/shared/form/record-number.ts';
import { launchApp } from '../test/e2e/app-harness.ts';
import { seedDisciplineBody } from '../test/e2e/discipline-seed.ts';
import { call, completeEntry, TEST_PROFILE } from '../test/support/dispatch-fixtures.ts';
import { makeTempDir } from '../test/support/temp-dir.ts';

type PaperRecord = Input<'casework.keyInPaper'>['record'];
type Entry = PaperRecord['entries'][number];

const PDF_PAGE_DPI = 70;

function paper(name: string, unit: string, level: Entry['intervener']['level'], filedAt: string): PaperRecord {
  const entry = completeEntry(level, { occurredAt: `${filedAt}T10:00` }) as Entry;
  return {
    filedAt,
    filer: TEST_PROFILE.name,
    handler: TEST_PROFILE,
    entries: [{ ...entry, intervener: { ...entry.intervener, name, unit } }],
    status: 'finalized',
    version: 1,
    amendsDigest: null,
    amendmentReason: null,
  };
}

export async function shootDisciplineScreens(outDir: string, shoot: (page: Page, name: string, fullPage?: boolean) => Promise<void>): Promise<void> {
  const work = makeTempDir('liuhen-screens-discipline-');
  const app = await launchApp();
  try {
    const { page, dispatch } = app;
    await page.setViewportSize({ width: 1440, height: 960 });
    await seedDisciplineBody(app, work.path, ['divisionPrincipal', 'unknown']);
    await call(dispatch, 'intake.importFolder', {});
    // Paper forms over the year, one intervener named three times.
    const keyed = [];
    for (const [name, unit, level, filedAt] of [
      ['赵某', '某省通信管理局', 'divisionPrincipal', '2026-03-12'],
      ['赵某', '某省通信管理局', 'divisionPrincipal', '2026-06-03'],
      ['钱某', '某直属单位', 'divisionDeputy', '2026-07-20'],
      ['赵 某', '某省通信管理局', 'divisionPrincipal', '2026-11-20'],
    ] as const) {
      keyed.push(await call(dispatch, 'casework.keyInPaper', { record: paper(name, unit, level, filedAt), paperFingerprint: null }));
    }
    // The paper reached the body a few days after it was filled in (the last one counted as received in time).
    for (const [index, to] of ['2026-03-16', '2026-06-15', '2026-07-23'].entries()) {
      const change = { to, reason: '按纸质件送达登记簿更正收到日期。', changedBy: '孙某' };
      await call(dispatch, 'casework.changeReceivedOn', { recordId: keyed[index]?.entry.recordId ?? '', change });
    }
    const recordId = keyed[3]?.entry.recordId ?? '';
    await call(dispatch, 'casework.changeReceivedOn', { recordId, change: { to: '2026-11-24', reason: '纸质件11月24日送达，次日录入。', changedBy: '孙某' } });
    await call(dispatch, 'casework.assess', {
      recordId,
      assessment: {
        conclusion: 'intervention',
        elementsPresent: [...INTERVENTION_ELEMENTS],
        reasons: '来电要求在评标中关照特定公司并打探评标专家名单，以暗示方式提出要求，影响招标正常进行。',
        assessor: '孙某',
        assessedOn: '2026-11-25',
        outcome: null,
        outcomeNote: null,
      },
    });
    await call(dispatch, 'casework.addStep', { recordId, step: { kind: 'registration', by: '孙某', on: '2026-11-25', what: '登记备案，报纪检组长。', notes: null } });
    await call(dispatch, 'casework.addStep', {
      recordId,
      step: { kind: 'remindingTalk', by: '李某', on: '2026-11-26', what: '对插手干预人进行谈话提醒。', notes: '本人表示今后不再过问招标事项。' },
    });
    await page.reload();
    await page.getByRole('menuitem', { name: '收件箱' }).click();
    await page.getByText('共 6 份记录').waitFor();
    await shoot(page, 'discipline-inbox');

    await page.getByLabel(`记录 ${formatRecordNumber(recordId)}`).click();
    await page.getByText('对插手干预人进行谈话提醒。').waitFor();
    await shoot(page, 'discipline-record', true);

    await page.getByRole('menuitem', { name: '插手干预人' }).click();
    await page.getByRole('button', { name: '展开行' }).first().click();
    await page.getByText('时间线').waitFor();
    await shoot(page, 'discipline-interveners');

    await page.getByRole('menuitem', { name: '年度汇总' }).click();
    await page.getByLabel('年度', { exact: true }).fill('2026');
    await page.getByLabel('纪检组织名称').fill('某省通信管理局纪检组');
    await page.getByRole('button', { name: '生成汇总' }).click();
    await page.getByText(/2026年度共收到记录表/).waitFor();
    await shoot(page, 'discipline-summary', true);
    const pdfPath = join(work.path, 'summary.pdf');
    app.dialogs.savePaths.push(pdfPath);
    await page.getByRole('button', { name: '保存 PDF 和 Excel' }).click();
    await page.getByText(/已保存：/).waitFor();
    execFileSync('pdftoppm', ['-png', '-r', String(PDF_PAGE_DPI), '-f', '1', '-l', '1', '-singlefile', pdfPath, join(outDir, 'discipline-summary-pdf')]);
  } finally {
    await app.close();
    work.remove();
  }
}
