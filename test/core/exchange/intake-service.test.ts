import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BodyKeys } from '../../../src-main/core/exchange/exchange-keys.ts';
import { receivedRecordKind } from '../../../src-main/core/exchange/exchange-kinds.ts';
import type { Services } from '../../../src-main/core/services.ts';
import { recordFingerprint } from '../../../src-main/core/records/record-fingerprint.ts';
import { makeServices, scriptedDialogs } from '../../support/test-services.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { usbSticks } from '../../support/usb-sticks.ts';
import { TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { RECORD_ID, finalRecord, otherHandlerKey, recordFileFor, setUpUnitBody, stationedGroupKeys } from './support/exchange-fixtures.ts';

let temp: ReturnType<typeof makeTempDir>;
let services: Services;
let body: BodyKeys;

const stick = usbSticks(() => temp.path);

function rowsNow(): string[] {
  return services.vault.table(receivedRecordKind).ids();
}

const version1 = finalRecord();
const version2 = finalRecord({ version: 2, amendsDigest: recordFingerprint(RECORD_ID, version1), amendmentReason: '补充情况', filer: '李某某' });

beforeEach(async () => {
  temp = makeTempDir('liuhen-intake-');
  services = makeServices(join(temp.path, 'data'));
  body = await setUpUnitBody(services);
});
afterEach(() => {
  services.vault.lock();
  temp.remove();
});

describe('importing a folder of record files', () => {
  it('imports good files, skips a duplicate, refuses bad ones, and reports every file with progress', async () => {
    const good = recordFileFor(body);
    const flipped = new Uint8Array(good);
    flipped[flipped.length - 5] = (flipped[flipped.length - 5] ?? 0) ^ 1;
    const folder = stick({
      'a.liuhen': good,
      'b.liuhen': good,
      'c.liuhen': flipped,
      'd.liuhen': recordFileFor(stationedGroupKeys()),
      'e.liuhen': good.subarray(0, 100),
      'notes.txt': new TextEncoder().encode('不是记录文件'),
    });
    const progress: number[] = [];
    const reports = await services.intake.importFolder(folder, (done, total) => progress.push(done / total));
    expect(reports.map(({ file, outcome, code }) => [file, outcome, code])).toEqual([
      ['a.liuhen', 'imported', null],
      ['b.liuhen', 'skipped', 'DUPLICATE'],
      ['c.liuhen', 'refused', 'TAMPERED'],
      ['d.liuhen', 'refused', 'WRONG_RECIPIENT'],
      ['e.liuhen', 'refused', 'TRUNCATED'],
    ]);
    expect(progress).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    const [row] = services.intake.list();
    expect(row).toMatchObject({ recordId: RECORD_ID, flags: [], paperCheckedAt: null, forwardedBy: null });
  });

  it('writes nothing for a refused file: the vault’s rows and audit trail stay as they were', async () => {
    const trailBefore = services.vault.auditTrail().length;
    const reports = await services.intake.importFolder(stick({ 'x.liuhen': recordFileFor(stationedGroupKeys()) }));
    expect(reports[0]?.outcome).toBe('refused');
    expect(rowsNow()).toEqual([]);
    expect(services.vault.auditTrail()).toHaveLength(trailBefore);
  });

  it('keeps an amendment that arrived first waiting, visibly, until its original arrives', async () => {
    await services.intake.importFolder(stick({ 'v2.liuhen': recordFileFor(body, version2) }));
    expect(services.intake.list()[0]?.flags).toEqual(['WAITING_FOR_EARLIER']);
    await services.intake.importFolder(stick({ 'v1.liuhen': recordFileFor(body, version1) }));
    expect(services.intake.list().map((row) => [row.version, row.flags])).toEqual(
      expect.arrayContaining([
        [1, []],
        [2, []],
      ]),
    );
  });

  it('flags equivocation on both files and merges nothing', async () => {
    await services.intake.importFolder(stick({ 'one.liuhen': recordFileFor(body) }));
    const reports = await services.intake.importFolder(stick({ 'two.liuhen': recordFileFor(body, finalRecord({ filer: '张某' })) }));
    expect(reports[0]).toMatchObject({ outcome: 'imported', flags: ['EQUIVOCATION'] });
    expect(services.intake.list().map((row) => row.flags)).toEqual([['EQUIVOCATION'], ['EQUIVOCATION']]);
  });

  it('flags a handler whose key changed, until an officer accepts the new key', async () => {
    await services.intake.importFolder(stick({ 'one.liuhen': recordFileFor(body) }));
    const reports = await services.intake.importFolder(stick({ 'two.liuhen': recordFileFor(body, version2, otherHandlerKey()) }));
    expect(reports[0]?.flags).toEqual(['KEY_CHANGED']);
    const changed = services.intake.list().find((row) => row.version === 2);
    if (!changed) throw new Error('version 2 was not stored');
    expect((await services.intake.acceptKeyChange(changed.fileDigest)).flags).toEqual([]);
    const [third] = await services.intake.importBytes([
      { name: 'three.liuhen', bytes: recordFileFor(body, finalRecord({ filer: '王某' }), otherHandlerKey(), 'f'.repeat(32)) },
    ]);
    expect(third?.flags).toEqual([]);
  });

  it('marks a record 未核对纸质件 until the paper’s fingerprint is typed in', async () => {
    await services.intake.importFolder(stick({ 'one.liuhen': recordFileFor(body) }));
    const [row] = services.intake.list();
    if (!row) throw new Error('nothing imported');
    expect(() => services.intake.checkPaper(row.fileDigest, '0'.repeat(64))).toThrow('纸质件与文件不是同一份记录表');
    expect(services.intake.list()[0]?.paperCheckedAt).toBeNull();
    expect(services.intake.checkPaper(row.fileDigest, row.fingerprint.toUpperCase()).paperCheckedAt).not.toBeNull();
  });

  it('refuses a replayed old version once the newer one is held', async () => {
    await services.intake.importFolder(stick({ 'v1.liuhen': recordFileFor(body, version1), 'v2.liuhen': recordFileFor(body, version2) }));
    const [replay] = await services.intake.importBytes([{ name: 'v1-again.liuhen', bytes: recordFileFor(body, version1) }]);
    expect(replay).toMatchObject({ outcome: 'refused', code: 'REPLAYED_OLD_VERSION' });
  });
});

describe('the import as the page follows it', () => {
  it('answers how far it has come while it runs, and nothing once it has ended', async () => {
    const folder = stick({ 'a.liuhen': recordFileFor(body), 'b.liuhen': new Uint8Array([1, 2, 3]) });
    const seen: ReturnType<Services['intake']['progress']>[] = [];
    await services.intake.importFolder(folder, () => seen.push(services.intake.progress()));
    expect(seen).toEqual([
      { running: true, done: 1, total: 2 },
      { running: true, done: 2, total: 2 },
    ]);
    expect(services.intake.progress()).toEqual({ running: false, done: 0, total: 0 });
  });

  it('imports the files chosen one by one in the dialog, and nothing when the dialog is cancelled', async () => {
    const dialogs = scriptedDialogs();
    services.vault.lock();
    services = makeServices(join(temp.path, 'data'), undefined, dialogs);
    await services.vault.unlock(TEST_PASSPHRASE);
    const folder = stick({ 'a.liuhen': recordFileFor(body), 'b.liuhen': new Uint8Array([1, 2, 3]) });
    dialogs.openPathLists.push([join(folder, 'b.liuhen'), join(folder, 'a.liuhen')], undefined);
    const reports = await services.intake.importChosenFiles();
    expect(reports?.map(({ file, outcome }) => [file, outcome])).toEqual([
      ['b.liuhen', 'refused'],
      ['a.liuhen', 'imported'],
    ]);
    expect(await services.intake.importChosenFiles()).toBeUndefined();
    expect(rowsNow()).toHaveLength(1);
  });
});
