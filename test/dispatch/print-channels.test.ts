import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { pdfInfo } from '../core/pdf/support/pdf-tools.ts';
import { completeEntry, createHandlerVault, draftWithEntries, call, TEST_PROFILE } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import {
  dispatchWithOutputCheck,
  makeServices,
  recordingPrinter,
  scriptedDialogs,
  type RecordingPrinter,
  type ScriptedDialogs,
} from '../support/test-services.ts';
import { fakeClock } from '../support/test-vault.ts';

const ENTRY = completeEntry('departmentDeputy');

// The PDF parsed back with poppler, as a person reading the paper would see its text.
function pdfText(bytes: Uint8Array, dir: string): string {
  const file = join(dir, 'printed.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

// Each sealed package lays out the form, the covers and the package: seconds on a busy machine.
describe('printing and saving through dispatch', { timeout: 60_000 }, () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dispatch: Dispatch;
  let printer: RecordingPrinter;
  let dialogs: ScriptedDialogs;
  let recordId: string;
  let services: ReturnType<typeof makeServices>;

  beforeEach(async () => {
    dir = makeTempDir();
    printer = recordingPrinter();
    dialogs = scriptedDialogs();
    services = makeServices(dir.path, fakeClock('2026-09-30T10:00:00+08:00'), dialogs, printer);
    dispatch = dispatchWithOutputCheck(services);
    await createHandlerVault(dispatch, false);
    // 径报 alone would give one recipient; with the unit's copy the package has a cover per recipient to check.
    await call(dispatch, 'profile.save', { profile: TEST_PROFILE, unit: { unitHasDisciplineBody: false, alsoReportBureauLevelToUnitBody: true } });
    recordId = await draftWithEntries(dispatch, [ENTRY]);
  });
  afterEach(async () => {
    await dispatch('vault.lock', {});
    dir.remove();
  });

  it('refuses to print a draft', async () => {
    const result = await dispatch('record.print', { recordId, what: 'form' });
    expect(result).toMatchObject({ ok: false, error: { code: 'RECORD_NOT_FINALIZED' } });
    expect(printer.previews).toHaveLength(0);
  });

  it('prints the sealed package of a finalized record, addressed by routing, and logs the print', async () => {
    const finalized = await call(dispatch, 'record.finalize', { recordId });
    await call(dispatch, 'record.print', { recordId, what: 'sealedPackage' });
    expect(printer.previews).toHaveLength(1);
    const text = pdfText((printer.previews[0] as { pdf: Uint8Array }).pdf, dir.path);
    expect(text).toContain('部直属机关纪委');
    expect(text).toContain('中央纪委国家监委驻工业和信息化部纪检监察组');
    expect(text).toContain('非收件人不得拆封');
    expect(text.replace(/\s/g, '')).toContain(finalized.digest?.slice(0, 8));
    const audit = await call(dispatch, 'audit.list', {});
    expect(audit.at(-1)?.action).toBe('recordPrinted');
  });

  // The signed paper vouches for the key that signs the encrypted file: the form's footer shows this
  // installation's key, made at the first print if no export made it, and the same key at every print after.
  it('prints this installation’s signing key in the form’s footer, the key its exports are signed with', async () => {
    const finalized = await call(dispatch, 'record.finalize', { recordId });
    await call(dispatch, 'record.print', { recordId, what: 'form' });
    await call(dispatch, 'record.print', { recordId, what: 'form' });
    const { fingerprint } = await services.exchangeKeys.handlerKey();
    expect(fingerprint).not.toBe(finalized.digest);
    for (const preview of printer.previews) {
      const text = pdfText((preview as { pdf: Uint8Array }).pdf, dir.path).replace(/\s/g, '');
      expect(text).toContain(`承办人员签名密钥指纹：${fingerprint}`);
    }
    expect(printer.previews).toHaveLength(2);
  });

  it('leaves no file in the temp folder when it prints', async () => {
    await call(dispatch, 'record.finalize', { recordId });
    // A temp folder of this test's own (each test file runs in its own process), so nothing else writes there.
    const ownTemp = join(dir.path, 'tmp');
    mkdirSync(ownTemp);
    const previous = process.env['TMPDIR'];
    process.env['TMPDIR'] = ownTemp;
    try {
      expect(tmpdir()).toBe(ownTemp);
      await call(dispatch, 'record.print', { recordId, what: 'sealedPackage' });
    } finally {
      if (previous === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = previous;
    }
    expect(readdirSync(ownTemp)).toEqual([]);
    expect(printer.previews).toHaveLength(1);
  });

  it('saves the form where the dialog says, and logs it; a cancelled dialog saves nothing', async () => {
    await call(dispatch, 'record.finalize', { recordId });
    dialogs.savePaths.push(undefined);
    expect(await call(dispatch, 'record.savePdf', { recordId, what: 'form' })).toEqual({ done: false, path: null });
    const target = join(dir.path, 'form.pdf');
    dialogs.savePaths.push(target);
    expect(await call(dispatch, 'record.savePdf', { recordId, what: 'form' })).toEqual({ done: true, path: target });
    expect(readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const audit = await call(dispatch, 'audit.list', {});
    expect(audit.filter((entry) => entry.action === 'recordSavedAsPdf')).toHaveLength(1);
  });

  it('prints the recovery sheet for a well-formed key and refuses a malformed one', async () => {
    await call(dispatch, 'setup.printRecoverySheet', { recoveryKey: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD' });
    expect(printer.previews).toHaveLength(1);
    const refused = await dispatch('setup.printRecoverySheet', { recoveryKey: 'not a key' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('reports which font prints each role', async () => {
    const fonts = await call(dispatch, 'pdf.fonts', {});
    expect(fonts.map((font) => font.role)).toEqual(expect.arrayContaining(['title', 'heading', 'body']));
  });
});

// From 2026-12-25 on, the 5 working days run into 2027, whose holiday schedule is not built in: the deadline on
// the covers is estimated, and the package still prints and saves.
describe('printing a record whose deadline is estimated', { timeout: 60_000 }, () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dispatch: Dispatch;
  let printer: RecordingPrinter;
  let dialogs: ScriptedDialogs;
  let recordId: string;

  beforeEach(async () => {
    dir = makeTempDir();
    printer = recordingPrinter();
    dialogs = scriptedDialogs();
    dispatch = dispatchWithOutputCheck(makeServices(dir.path, fakeClock('2026-12-28T10:00:00+08:00'), dialogs, printer));
    await createHandlerVault(dispatch, false);
    // 径报 alone would give one recipient; with the unit's copy the package has a cover per recipient to check.
    await call(dispatch, 'profile.save', { profile: TEST_PROFILE, unit: { unitHasDisciplineBody: false, alsoReportBureauLevelToUnitBody: true } });
    recordId = await draftWithEntries(dispatch, [completeEntry('departmentDeputy', { occurredAt: '2026-12-28T09:30' })]);
    await call(dispatch, 'record.finalize', { recordId });
  });
  afterEach(async () => {
    await dispatch('vault.lock', {});
    dir.remove();
  });

  it('prints the sealed package: per recipient, a one-page cover, a one-page 报送单 and the one-page form', async () => {
    await call(dispatch, 'record.print', { recordId, what: 'sealedPackage' });
    const bytes = (printer.previews[0] as { pdf: Uint8Array }).pdf;
    expect(pdfInfo(bytes)['Pages']).toBe('6');
    expect(pdfText(bytes, dir.path).replace(/\s/g, '')).toMatch(/报送截止日期2027年\d+月\d+日（预估）/);
  });

  it('saves the sealed package as a PDF', async () => {
    const target = join(dir.path, 'package.pdf');
    dialogs.savePaths.push(target);
    expect(await call(dispatch, 'record.savePdf', { recordId, what: 'sealedPackage' })).toEqual({ done: true, path: target });
    expect(pdfInfo(new Uint8Array(readFileSync(target)))['Pages']).toBe('6');
  });
});
