import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sealSummary } from '../../../src-main/core/exchange/summary-file.ts';
import { trustedBodyOf } from '../../../src-main/core/exchange/exchange-keys.ts';
import { OFFICE_KEY_NOTICE } from '../../../src-main/core/office/office-key-notice.ts';
import { receivedSummaryKind } from '../../../src-main/core/office/office-kinds.ts';
import { formatFingerprint } from '../../../src-main/shared/form/fingerprint-text.ts';
import { pdfPages, squash } from '../pdf/support/pdf-tools.ts';
import { loadSodium } from '../../../src-main/core/vault/sodium.ts';
import { EXCHANGE_PROBLEMS } from '../../../src-main/shared/exchange/exchange-problem.ts';
import { call } from '../../support/dispatch-fixtures.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { TEST_PASSPHRASE } from '../../support/test-vault.ts';
import {
  bodyInstallation,
  entry,
  exportSummary,
  keyInPaper,
  officeInstallation,
  trust,
  type Entry,
  type Installation,
} from './support/office-fixtures.ts';

let temp: ReturnType<typeof makeTempDir>;
const folder = (name: string) => {
  const path = join(temp.path, name);
  mkdirSync(path, { recursive: true });
  return path;
};

beforeEach(() => {
  temp = makeTempDir('liuhen-office-');
});
afterEach(() => temp.remove());

// Two units' records for 2026, and one record of 2025 that no 2026 figure may count.
const UNIT_A_2026: Entry[][] = [
  [entry('construction', 'bidding', 'phone')],
  [entry('personnel', 'cadreSelection', 'inPerson', '张某'), entry('construction', 'bidding', 'wechat')],
];
const UNIT_A_2025: Entry[][] = [[entry('projectArrangement', 'fundAllocation', 'sms', '王某某', '2025-12-22T10:00')]];
const UNIT_B_2026: Entry[][] = [[entry('projectArrangement', 'fundAllocation', 'sms', '赵某某')]];

interface World {
  office: Installation;
  unitA: Installation;
  unitB: Installation;
  unitC: Installation;
  stick: string;
}

// An office that checked three units' key files; units A and B checked the office's and hold records.
async function world(): Promise<World> {
  const keys = folder('keys');
  const office = await officeInstallation(join(temp.path, 'office'), keys);
  const unitA = await bodyInstallation(join(temp.path, 'a'), keys, { kind: '单位纪检组织', unit: '某省通信管理局', name: '纪检组' });
  const unitB = await bodyInstallation(join(temp.path, 'b'), keys, { kind: '单位纪检组织', unit: '某研究院', name: '纪委' });
  const unitC = await bodyInstallation(join(temp.path, 'c'), keys, { kind: '部直属机关纪委', unit: '工业和信息化部', name: '直属机关纪委' });
  for (const unit of [unitA, unitB, unitC]) {
    await trust(office, unit);
    await trust(unit, office);
  }
  for (const entries of UNIT_A_2026) await keyInPaper(unitA, '2026-10-09', entries);
  for (const entries of UNIT_A_2025) await keyInPaper(unitA, '2025-12-30', entries);
  for (const entries of UNIT_B_2026) await keyInPaper(unitB, '2026-11-30', entries);
  return { office, unitA, unitB, unitC, stick: folder('stick') };
}

function tally(records: Entry[][], keyOf: (each: Entry) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const each of records.flat()) counts.set(keyOf(each), (counts.get(keyOf(each)) ?? 0) + 1);
  return counts;
}

const storedSummaries = (office: Installation) => office.services.vault.table(receivedSummaryKind).list();

describe('the 领导小组办公室 aggregating units’ sealed summaries', () => {
  it('adds up two units by unit; totals equal counts made from the records; the unit that did not report is listed', async () => {
    const { office, unitA, unitB, stick } = await world();
    await exportSummary(unitA, join(stick, 'a.liuhen'), 2026);
    await exportSummary(unitB, join(stick, 'b.liuhen'), 2026);

    office.dialogs.folders.push(stick);
    const imported = await call(office.dispatch, 'office.importFolder', {});
    expect(imported.reports.map(({ file, outcome }) => [file, outcome])).toEqual([
      ['a.liuhen', 'imported'],
      ['b.liuhen', 'imported'],
    ]);

    const summary = await call(office.dispatch, 'office.summary', { year: 2026 });
    expect(summary.units.map(({ name, recordCount }) => [name, recordCount])).toEqual([
      // In the order of the units' names as Chinese readers sort them (by pinyin: 省 before 研).
      ['某省通信管理局纪检组（单位纪检组织）', 2],
      ['某研究院纪委（单位纪检组织）', 1],
    ]);
    expect(summary.missing.map(({ name }) => name)).toEqual(['工业和信息化部直属机关纪委（部直属机关纪委）']);
    expect(summary.recordCount).toBe(UNIT_A_2026.length + UNIT_B_2026.length);
    expect(summary.entryCount).toBe([...UNIT_A_2026, ...UNIT_B_2026].flat().length);

    // Every row's total is the sum of its units, and equals what the records themselves say.
    const table = (key: string) => summary.tables.find((each) => each.key === key);
    for (const each of summary.tables) for (const row of each.rows) expect(row.total).toBe(row.byUnit.reduce((sum, count) => sum + count, 0));
    const [columnA, columnB] = [0, 1];
    const expectations: [string, (each: Entry) => string][] = [
      ['matterCategory', (each) => each.matter?.category ?? ''],
      ['matterItem', (each) => `${each.matter?.category ?? ''}.${each.matter?.item ?? 'none'}`],
      ['method', (each) => each.method ?? ''],
    ];
    for (const [key, keyOf] of expectations) {
      const both = tally([...UNIT_A_2026, ...UNIT_B_2026], keyOf);
      const onlyA = tally(UNIT_A_2026, keyOf);
      const onlyB = tally(UNIT_B_2026, keyOf);
      for (const row of table(key)?.rows ?? []) {
        expect(row.total, `${key}.${row.key}`).toBe(both.get(row.key) ?? 0);
        expect(row.byUnit[columnA], `${key}.${row.key} A`).toBe(onlyA.get(row.key) ?? 0);
        expect(row.byUnit[columnB], `${key}.${row.key} B`).toBe(onlyB.get(row.key) ?? 0);
      }
      expect([...both.keys()].every((counted) => table(key)?.rows.some((row) => row.key === counted))).toBe(true);
    }
    expect(table('assessment')?.rows.find((row) => row.key === 'notAssessed')?.total).toBe(3);

    // Record numbers travel, names do not: the unit did not choose to include them.
    expect(summary.records).toHaveLength(3);
    expect(summary.records.every((row) => row.names === undefined && /\S/.test(row.recordNumber))).toBe(true);
    const stored = storedSummaries(office).map(({ value }) => value.payloadText).join('');
    for (const name of ['王某某', '张某', '赵某某', '李某']) expect(stored).not.toContain(name);
    expect(office.services.vault.auditTrail().filter((each) => each.action === 'summaryImported')).toHaveLength(2);

    // Kept in the office's vault: the same year reads the same after a lock and an unlock.
    office.services.vault.lock();
    await office.services.vault.unlock(TEST_PASSPHRASE);
    expect(await call(office.dispatch, 'office.summary', { year: 2026 })).toEqual(summary);
    expect(unitA.services.vault.auditTrail().map((each) => each.action)).toContain('summarySealed');
  });

  it('a year without records goes out as a 零报告 and counts as reported', async () => {
    const { office, unitC, stick } = await world();
    await exportSummary(unitC, join(stick, 'c.liuhen'), 2026);
    office.dialogs.openPathLists.push([join(stick, 'c.liuhen')]);
    const [report] = (await call(office.dispatch, 'office.importFiles', {})).reports;
    expect(report).toMatchObject({ outcome: 'imported', year: 2026, message: expect.stringContaining('零报告') as unknown });
    const summary = await call(office.dispatch, 'office.summary', { year: 2026 });
    expect(summary.units).toEqual([expect.objectContaining({ zeroReport: true, recordCount: 0 })]);
    expect(summary.missing).toHaveLength(2);
  });

  it('names travel only when the unit chooses to include them', async () => {
    const { office, unitB, stick } = await world();
    await exportSummary(unitB, join(stick, 'b.liuhen'), 2026, true);
    office.dialogs.folders.push(stick);
    await call(office.dispatch, 'office.importFolder', {});
    const summary = await call(office.dispatch, 'office.summary', { year: 2026 });
    expect(summary.records[0]?.names).toEqual({ handler: '李某', interveners: ['赵某某'] });
  });

  it('a newer summary of the same year supersedes; an older one replayed is refused; two at one instant are flagged', async () => {
    const { office, unitA, stick } = await world();
    await exportSummary(unitA, join(stick, '1-older.liuhen'), 2026);
    unitA.clock.advanceMs(60_000);
    await keyInPaper(unitA, '2026-12-01', [{ ...entry('other', 'none', 'phone'), matter: { category: 'other', item: null, name: '其他事项' } }]);
    await exportSummary(unitA, join(stick, '2-newer.liuhen'), 2026);

    office.dialogs.openPathLists.push([join(stick, '2-newer.liuhen')], [join(stick, '1-older.liuhen')]);
    await call(office.dispatch, 'office.importFiles', {});
    const rowsBefore = storedSummaries(office).length;
    const [replayed] = (await call(office.dispatch, 'office.importFiles', {})).reports;
    expect(replayed).toMatchObject({ outcome: 'refused', code: 'SUMMARY_OLDER', message: EXCHANGE_PROBLEMS.SUMMARY_OLDER });
    expect(storedSummaries(office)).toHaveLength(rowsBefore);
    expect((await call(office.dispatch, 'office.summary', { year: 2026 })).units[0]).toMatchObject({ recordCount: 3, equivocation: false });

    // The same file again is skipped, not counted twice.
    office.dialogs.openPathLists.push([join(stick, '2-newer.liuhen')]);
    expect((await call(office.dispatch, 'office.importFiles', {})).reports[0]).toMatchObject({ outcome: 'skipped', code: 'DUPLICATE' });

    // A different summary bearing the same issue time: the unit said two things; kept, flagged, still one column.
    const sodium = await loadSodium();
    const own = await unitA.services.exchangeKeys.bodyKeys();
    const [office_] = (await unitA.services.exchangeKeys.trustedBodies()).filter((body) => body.fingerprint === office.fingerprint);
    if (!office_) throw new Error('office key trusted');
    const issuedAt = unitA.clock.now();
    const zero = unitA.services.casework.summary({ year: 2026, bodyName: 'x', includeNames: false });
    const other = sealSummary(sodium, own, { summary: { ...zero, bodyName: '另一份' }, includesNames: false, issuedAt, to: office_ });
    writeFileSync(join(stick, '3-same-time.liuhen'), other);
    office.dialogs.openPathLists.push([join(stick, '3-same-time.liuhen')]);
    expect((await call(office.dispatch, 'office.importFiles', {})).reports[0]).toMatchObject({ outcome: 'imported', code: 'SUMMARY_EQUIVOCATION' });
    const flagged = await call(office.dispatch, 'office.summary', { year: 2026 });
    expect(flagged.units).toHaveLength(1);
    expect(flagged.units[0]?.equivocation).toBe(true);
  });

  it('refuses bad files with their own Chinese reason and stores nothing', async () => {
    const { office, unitA, unitB, stick } = await world();
    const sodium = await loadSodium();
    const keys = folder('keys2');
    const stranger = await bodyInstallation(join(temp.path, 'stranger'), keys, { kind: '单位纪检组织', unit: '某未登记单位', name: '纪检组' });
    await trust(stranger, office);
    const otherOffice = await officeInstallation(join(temp.path, 'office2'), keys);
    const unitAKeys = await unitA.services.exchangeKeys.bodyKeys();
    const summary = unitA.services.casework.summary({ year: 2026, bodyName: 'x', includeNames: false });
    const officeKey = trustedBodyOf(await office.services.exchangeKeys.bodyKeys());

    await exportSummary(unitB, join(stick, 'good.liuhen'), 2026);
    const good = readFileSync(join(stick, 'good.liuhen'));
    const tampered = Uint8Array.from(good);
    tampered[tampered.length - 100] = (tampered[tampered.length - 100] ?? 0) ^ 0x01;
    const newerVersion = Buffer.from(good.toString('latin1').replace('"formatVersion":1', '"formatVersion":2'), 'latin1');
    const files: Record<string, Uint8Array | string> = {
      'wrong-recipient.liuhen': sealSummary(sodium, unitAKeys, { summary, includesNames: false, issuedAt: new Date(), to: trustedBodyOf(await otherOffice.services.exchangeKeys.bodyKeys()) }),
      'tampered.liuhen': tampered,
      'version-2.liuhen': newerVersion,
      'key-file.liuhen': readFileSync(unitA.keyFile),
      // A handler's record file is another kind of sealed file.
      'record-file.liuhen': readFileSync(join(import.meta.dirname, '../../fixtures/exchange/record-to-unit-body.liuhen')),
      'unknown-unit.liuhen': sealSummary(sodium, await stranger.services.exchangeKeys.bodyKeys(), { summary, includesNames: false, issuedAt: new Date(), to: officeKey }),
      'figures-contradict.liuhen': sealSummary(sodium, unitAKeys, { summary: { ...summary, recordCount: summary.recordCount + 1 }, includesNames: false, issuedAt: new Date(), to: officeKey }),
      'names-undeclared.liuhen': sealSummary(sodium, unitAKeys, {
        summary: unitA.services.casework.summary({ year: 2026, bodyName: 'x', includeNames: true }),
        includesNames: false,
        issuedAt: new Date(),
        to: officeKey,
      }),
    };
    const bad = folder('bad');
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(bad, name), bytes);
    const auditBefore = office.services.vault.auditTrail().length;
    office.dialogs.folders.push(bad);
    const reports = (await call(office.dispatch, 'office.importFolder', {})).reports;
    expect(Object.fromEntries(reports.map(({ file, outcome, code }) => [file, `${outcome} ${String(code)}`]))).toEqual({
      'figures-contradict.liuhen': 'refused SUMMARY_INVALID',
      'key-file.liuhen': 'refused NOT_EXCHANGE_FILE',
      'names-undeclared.liuhen': 'refused SUMMARY_INVALID',
      'record-file.liuhen': 'refused NOT_EXCHANGE_FILE',
      'tampered.liuhen': 'refused TAMPERED',
      'unknown-unit.liuhen': 'refused UNKNOWN_SIGNER',
      'version-2.liuhen': 'refused UNKNOWN_VERSION',
      'wrong-recipient.liuhen': 'refused WRONG_RECIPIENT',
    });
    for (const report of reports) expect(report.message).toMatch(/未导入/);
    expect(storedSummaries(office)).toEqual([]);
    expect(office.services.vault.auditTrail()).toHaveLength(auditBefore);
  });

  it('the office’s channels answer only on the office’s installation, the export only on a body’s', async () => {
    const { office, unitA } = await world();
    expect(await unitA.dispatch('office.summary', { year: 2026 })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await office.dispatch('casework.exportSealedSummary', { year: 2026, includeNames: false })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await office.dispatch('office.summary', { year: 2019 })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/年度应为2023至2099年/) as unknown } });
  });

  it('a body that has not checked the office’s key file is told to import it first', async () => {
    const keys = folder('keys');
    const lone = await bodyInstallation(join(temp.path, 'lone'), keys, { kind: '单位纪检组织', unit: '某局', name: '纪检组' });
    lone.dialogs.savePaths.push(join(temp.path, 'never.liuhen'));
    const answer = await lone.dispatch('casework.exportSealedSummary', { year: 2026, includeNames: false });
    expect(answer).toMatchObject({ ok: false, error: { code: 'RECIPIENT_UNKNOWN', message: expect.stringContaining('领导小组办公室的公钥文件') as unknown } });
  });
});

describe('the office’s key notice', () => {
  it('is addressed to the units’ bodies and carries the office’s fingerprint', async () => {
    const office = await officeInstallation(join(temp.path, 'office'), folder('keys'));
    await call(office.dispatch, 'office.printKeyNotice', {});
    const [preview] = office.printer.previews;
    expect(preview?.title).toBe(OFFICE_KEY_NOTICE.title);
    const page = squash(pdfPages(preview?.pdf ?? new Uint8Array())[0] ?? '');
    expect(page).toContain(squash(OFFICE_KEY_NOTICE.title));
    for (const instruction of OFFICE_KEY_NOTICE.instructions) expect(page).toContain(squash(instruction));
    for (const group of formatFingerprint(office.fingerprint).split(' ')) expect(page).toContain(group);
    expect(page).not.toContain(squash('纪检组织类别'));
  });
});
