import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BodyKeys } from '../../../src-main/core/exchange/exchange-keys.ts';
import { recordFingerprint } from '../../../src-main/core/records/record-fingerprint.ts';
import type { Services } from '../../../src-main/core/services.ts';
import { INTERVENTION_ELEMENTS } from '../../../src-main/shared/casework/assessment.ts';
import { formatFingerprint } from '../../../src-main/shared/form/fingerprint-text.ts';
import { RECORD_ID, finalRecord, otherHandlerKey, recordFileFor, setUpUnitBody } from '../exchange/support/exchange-fixtures.ts';
import { makeServices } from '../../support/test-services.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { usbSticks } from '../../support/usb-sticks.ts';
import { fakeClock, TEST_PASSPHRASE, type FakeClock } from '../../support/test-vault.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const OTHER_RECORD_ID = 'fedcba9876543210fedcba9876543210';

let temp: ReturnType<typeof makeTempDir>;
let services: Services;
let clock: FakeClock;
let body: BodyKeys;
const stick = usbSticks(() => temp.path);

const version1 = finalRecord();
const version2 = finalRecord({ version: 2, amendsDigest: recordFingerprint(RECORD_ID, version1), amendmentReason: '补充情况', filer: '李某某' });

beforeEach(async () => {
  temp = makeTempDir('liuhen-imported-cases-');
  // 23:30 UTC on 10-12 is already 10-13 in China: the received date is the day as the body's clock shows it.
  clock = fakeClock('2026-10-12T23:30:00Z');
  services = makeServices(join(temp.path, 'data'), clock);
  body = await setUpUnitBody(services);
});
afterEach(() => {
  services.vault.lock();
  temp.remove();
});

describe('a record file imported through the intake is a case in the inbox', () => {
  it('appears with source 导入的加密记录文件, received on the import day, and stays across a lock', async () => {
    const reports = await services.intake.importFolder(
      stick({ 'a.liuhen': recordFileFor(body), 'b.liuhen': recordFileFor(body, finalRecord({ filer: '欧阳某' }), undefined, OTHER_RECORD_ID) }),
    );
    expect(reports.map((report) => report.outcome)).toEqual(['imported', 'imported']);
    const rows = services.casework.inbox({ source: 'importedFile' });
    expect(rows.map((row) => [row.recordId, row.source, row.receivedOn]).sort()).toEqual([
      [RECORD_ID, 'importedFile', '2026-10-13'],
      [OTHER_RECORD_ID, 'importedFile', '2026-10-13'],
    ].sort());
    services.vault.lock();
    await services.vault.unlock(TEST_PASSPHRASE);
    const held = services.casework.get(RECORD_ID);
    expect(held.entry).toMatchObject({ source: 'importedFile', importedOn: '2026-10-13', receivedOn: '2026-10-13' });
    expect(held.entry.file).toMatchObject({ recordId: RECORD_ID, version: 1, fingerprint: recordFingerprint(RECORD_ID, version1) });
    expect(services.casework.inbox({ text: '欧阳某' }).map((row) => row.recordId)).toEqual([OTHER_RECORD_ID]);
  });

  it('shows an amendment in the same case, keeping its received date and 研判', async () => {
    await services.intake.importFolder(stick({ 'v1.liuhen': recordFileFor(body, version1) }));
    services.casework.assess(RECORD_ID, {
      conclusion: 'intervention',
      elementsPresent: [...INTERVENTION_ELEMENTS],
      reasons: '要求关照特定人员。',
      assessor: '赵某',
      assessedOn: '2026-10-13',
      outcome: null,
      outcomeNote: null,
    });
    clock.advanceMs(3 * DAY_MS);
    await services.intake.importFolder(stick({ 'v2.liuhen': recordFileFor(body, version2) }));
    const held = services.casework.get(RECORD_ID);
    expect([held.entry.record.version, held.entry.record.filer, held.entry.receivedOn, held.entry.file?.version]).toEqual([2, '李某某', '2026-10-13', 2]);
    expect(held.assessments).toHaveLength(1);
    expect(services.casework.inbox({})).toHaveLength(1);
  });

  it('leaves the case as it was when an amendment does not follow the version held', async () => {
    await services.intake.importFolder(stick({ 'one.liuhen': recordFileFor(body) }));
    const forked = finalRecord({ version: 2, filer: '张某', amendsDigest: '0'.repeat(64), amendmentReason: '改' });
    await services.intake.importFolder(stick({ 'two.liuhen': recordFileFor(body, forked) }));
    expect(services.intake.list()).toHaveLength(2);
    expect(services.casework.get(RECORD_ID).entry.record.filer).toBe(version1.filer);
  });

  it('shows an amendment signed with a changed key only once an officer accepts the key', async () => {
    await services.intake.importFolder(stick({ 'one.liuhen': recordFileFor(body) }));
    const [changedKey] = await services.intake.importFolder(stick({ 'v2.liuhen': recordFileFor(body, version2, otherHandlerKey()) }));
    expect(changedKey?.flags).toEqual(['KEY_CHANGED']);
    expect(services.casework.get(RECORD_ID).entry.record.version).toBe(1);
    // Once an officer has confirmed the new key in person, the amendment is what the case shows.
    await services.intake.acceptKeyChange(changedKey?.fileDigest ?? '');
    expect(services.casework.get(RECORD_ID).entry.record.filer).toBe('李某某');
  });

  it('brings the case to an amendment that arrived first once its original completes it', async () => {
    await services.intake.importFolder(stick({ 'v2.liuhen': recordFileFor(body, version2) }));
    expect(services.casework.get(RECORD_ID).entry.record.version).toBe(2);
    await services.intake.importFolder(stick({ 'v1.liuhen': recordFileFor(body, version1) }));
    expect(services.casework.get(RECORD_ID).entry.record.version).toBe(2);
    expect(services.casework.inbox({})).toHaveLength(1);
  });

  it('joins the handler’s file to the paper form keyed in with its printed fingerprint', async () => {
    const printed = formatFingerprint(recordFingerprint(RECORD_ID, version1)).toUpperCase();
    const paper = services.casework.keyInPaper(version1, printed);
    clock.advanceMs(2 * DAY_MS);
    await services.intake.importFolder(stick({ 'a.liuhen': recordFileFor(body) }));
    const rows = services.casework.inbox({});
    expect(rows.map((row) => [row.recordId, row.source, row.receivedOn])).toEqual([[paper.entry.recordId, 'paperEntry', '2026-10-13']]);
    expect(services.casework.get(paper.entry.recordId).entry.file).toMatchObject({ recordId: RECORD_ID, linkedOn: '2026-10-15' });
    // The handler's amendment finds the same case by the handler's record id.
    await services.intake.importFolder(stick({ 'v2.liuhen': recordFileFor(body, version2) }));
    expect(services.casework.get(paper.entry.recordId).entry.record.version).toBe(2);
    expect(services.casework.inbox({})).toHaveLength(1);
  });

  it('refuses a paper form whose file is already in, or whose fingerprint is not one, and stores nothing', async () => {
    await services.intake.importFolder(stick({ 'a.liuhen': recordFileFor(body) }));
    const trail = services.vault.auditTrail().length;
    expect(() => services.casework.keyInPaper(version1, recordFingerprint(RECORD_ID, version1))).toThrow(
      `这份记录表的加密文件已经导入（0123-4567-89ab-cdef-0123-4567-89ab-cdef），无需再录入纸质件`,
    );
    expect(() => services.casework.keyInPaper(version1, '1234 5678')).toThrow('纸质件上的记录表指纹应为64位十六进制数字');
    expect(services.casework.inbox({})).toHaveLength(1);
    expect(services.vault.auditTrail()).toHaveLength(trail);
  });
});
