import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BodyKeys } from '../../../src-main/core/exchange/exchange-keys.ts';
import { caseFileKind } from '../../../src-main/core/casework/casework-kinds.ts';
import { receivedRecordKind } from '../../../src-main/core/exchange/exchange-kinds.ts';
import type { Services } from '../../../src-main/core/services.ts';
import { recordSchema } from '../../../src-main/shared/form/record.ts';
import { makeServices } from '../../support/test-services.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { usbSticks } from '../../support/usb-sticks.ts';
import { finalRecord, recordFileFor, setUpUnitBody } from './support/exchange-fixtures.ts';

let temp: ReturnType<typeof makeTempDir>;
let services: Services;
let body: BodyKeys;
const stick = usbSticks(() => temp.path);

beforeEach(async () => {
  temp = makeTempDir('liuhen-intake-work-');
  services = makeServices(join(temp.path, 'data'));
  body = await setUpUnitBody(services);
});
afterEach(() => {
  vi.restoreAllMocks();
  services.vault.lock();
  temp.remove();
});

describe('what an import does per file', () => {
  it('checks each record against the form’s rules once, then stores it as checked', async () => {
    const files = Object.fromEntries(
      ['甲', '乙', '丙'].map((filer, index) => [`${index}.liuhen`, recordFileFor(body, finalRecord({ filer }), undefined, `${index}`.repeat(32))]),
    );
    const checks = vi.spyOn(recordSchema._zod, 'run');
    const reports = await services.intake.importFolder(stick(files));
    expect(reports.map((report) => report.outcome)).toEqual(['imported', 'imported', 'imported']);
    expect(checks).toHaveBeenCalledTimes(3);
  });

  it('does not decrypt again what an import wrote: the next import and the inbox take it as written', async () => {
    const session = services.vault.require().session;
    await services.intake.importFolder(stick({ 'a.liuhen': recordFileFor(body), 'b.liuhen': recordFileFor(body, finalRecord({ filer: '乙' }), undefined, '1'.repeat(32)) }));
    const reports = await services.intake.importFolder(stick({ 'c.liuhen': recordFileFor(body, finalRecord({ filer: '丙' }), undefined, '2'.repeat(32)) }));
    expect(reports.map((report) => report.outcome)).toEqual(['imported']);
    expect(services.intake.list()).toHaveLength(3);
    expect(services.casework.inbox({})).toHaveLength(3);
    expect(session.decryptedRows(receivedRecordKind.name)).toBe(0);
    expect(session.decryptedRows(caseFileKind.name)).toBe(0);
  });

  it('commits a thousand files in four transactions, each with its one audit entry naming its files', async () => {
    const record = finalRecord();
    const files = Object.fromEntries(
      Array.from({ length: 1000 }, (_, index) => [`${String(index).padStart(4, '0')}.liuhen`, recordFileFor(body, record, undefined, index.toString(16).padStart(32, '0'))]),
    );
    const folder = stick(files);
    const commitsBefore = services.vault.require().session.commits;
    const reports = await services.intake.importFolder(folder);
    expect(reports.filter((report) => report.outcome === 'imported')).toHaveLength(1000);
    expect(services.vault.require().session.commits - commitsBefore).toBe(4);
    const notes = services.vault
      .auditTrail()
      .filter((entry) => entry.action === 'recordImported')
      .map((entry) => entry.note);
    expect(notes).toHaveLength(4);
    expect(notes[0]).toMatch(/^250个文件：0000\.liuhen、0001\.liuhen、.*0019\.liuhen等$/);
  });

  it('still checks whole a stored record that finalizedRecord did not hand out, and stores nothing that fails', async () => {
    await services.intake.importFolder(stick({ 'a.liuhen': recordFileFor(body) }));
    const [row] = services.intake.list();
    if (!row) throw new Error('no row');
    const table = services.vault.table(receivedRecordKind);
    const unchecked = { ...row, fileDigest: 'f'.repeat(64), record: { ...row.record, filer: '' } };
    expect(() => services.vault.change({ action: 'recordImported' }, () => table.put(unchecked.fileDigest, unchecked))).toThrow('请填写填报人');
    expect(table.ids()).toEqual([row.fileDigest]);
  });

  it('keeps every rule of a case file when its record was checked already', async () => {
    await services.intake.importFolder(stick({ 'a.liuhen': recordFileFor(body) }));
    const [held] = services.casework.inbox({});
    if (!held) throw new Error('no case');
    const caseFile = services.casework.get(held.recordId);
    const record = finalRecord();
    const broken = { ...caseFile, entry: { ...caseFile.entry, record, intervenerOrgKinds: [...caseFile.entry.intervenerOrgKinds, null] } };
    const table = services.vault.table(caseFileKind);
    expect(() => services.vault.change({ action: 'recordImported' }, () => table.put(held.recordId, broken))).toThrow('插手干预人单位类别应逐项对应');
    expect(services.casework.get(held.recordId)).toEqual(caseFile);
  });

  it('hands out a checked record frozen, so it cannot change after its check', () => {
    const record = finalRecord();
    expect(() => {
      (record as { filer: string }).filer = '';
    }).toThrow(TypeError);
    expect(() => (record.entries as unknown[]).push(record.entries[0])).toThrow(TypeError);
    expect(record.filer).not.toBe('');
  });
});
