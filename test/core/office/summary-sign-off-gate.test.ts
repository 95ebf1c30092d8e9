import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../support/dispatch-fixtures.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { bodyInstallation, entry, exportSummary, keyInPaper, officeInstallation, signOffSummary, trust, type Installation } from './support/office-fixtures.ts';

let temp: ReturnType<typeof makeTempDir>;
let body: Installation;
let office: Installation;
let stick: string;

beforeEach(async () => {
  temp = makeTempDir('liuhen-sign-off-gate-');
  const keys = join(temp.path, 'keys');
  stick = join(temp.path, 'stick');
  mkdirSync(keys);
  mkdirSync(stick);
  office = await officeInstallation(join(temp.path, 'office'), keys);
  body = await bodyInstallation(join(temp.path, 'body'), keys, { kind: '单位纪检组织', unit: '某省通信管理局', name: '纪检组' });
  await trust(office, body);
  await trust(body, office);
  await keyInPaper(body, '2026-10-09', [entry('construction', 'bidding', 'phone')]);
});
afterEach(() => temp.remove());

// The sealed export as the page asks for it, with the file it would write.
async function exportWithout(includeNames = false) {
  const path = join(stick, 'summary.liuhen');
  body.dialogs.savePaths.push(path);
  const answer = await body.dispatch('casework.exportSealedSummary', { year: 2026, includeNames });
  // A refusal comes before the save dialog, which leaves the scripted path unused.
  const dialogOpened = body.dialogs.savePaths.length === 0;
  body.dialogs.savePaths.length = 0;
  expect(dialogOpened).toBe(answer.ok);
  return { answer, written: existsSync(path), sealedLogged: (await call(body.dispatch, 'audit.list', {})).some((each) => each.action === 'summarySealed') };
}

// The casework refusal's message, or a failure naming what came back instead.
function refusal(answer: Awaited<ReturnType<Installation['dispatch']>>): string {
  if (answer.ok || answer.error.code !== 'CASEWORK_REFUSED') throw new Error(`expected a refusal, got ${JSON.stringify(answer)}`);
  return answer.error.message;
}

// 第八条: the summary goes to the 领导小组办公室 only 经本单位纪检组织主要负责人签批后.
describe('sending the annual summary to the 领导小组办公室', () => {
  it('is refused before the head’s 签批, and nothing is written or logged', async () => {
    const { answer, written, sealedLogged } = await exportWithout();
    expect(refusal(answer)).toContain('尚未经本单位纪检组织主要负责人签批');
    expect([written, sealedLogged]).toEqual([false, false]);
  });

  it('is refused when a record arrived after the 签批, until the head signs again', async () => {
    await signOffSummary(body, 2026);
    await keyInPaper(body, '2026-11-30', [entry('personnel', 'cadreSelection', 'inPerson', '张某')]);
    const { answer, written } = await exportWithout();
    expect(refusal(answer)).toContain('在签批后有了变化');
    expect(written).toBe(false);
    await exportSummary(body, join(stick, 'resigned.liuhen'), 2026);
    office.dialogs.folders.push(stick);
    const imported = await call(office.dispatch, 'office.importFolder', {});
    expect(imported.reports.map(({ file, outcome }) => [file, outcome])).toEqual([['resigned.liuhen', 'imported']]);
    expect((await call(office.dispatch, 'office.summary', { year: 2026 })).units.map(({ recordCount }) => recordCount)).toEqual([2]);
  });

  it('is refused when the names choice differs from what the head signed', async () => {
    await signOffSummary(body, 2026, false);
    const { answer, written } = await exportWithout(true);
    expect(refusal(answer)).toContain('签批时记录清单不列姓名');
    expect(written).toBe(false);
  });
});
