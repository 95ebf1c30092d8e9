import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { call, completeEntry, createHandlerVault, draftWithEntries } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices, recordingPrinter, scriptedDialogs, type RecordingPrinter, type ScriptedDialogs } from '../support/test-services.ts';
import { TEST_PASSPHRASE, fakeClock } from '../support/test-vault.ts';

interface Installation {
  dispatch: Dispatch;
  dialogs: ScriptedDialogs;
  printer: RecordingPrinter;
}

let temp: ReturnType<typeof makeTempDir>;
const folder = (name: string) => {
  const path = join(temp.path, name);
  mkdirSync(path, { recursive: true });
  return path;
};

function installation(name: string, role: 'handler' | 'disciplineBody'): Installation {
  const dialogs = scriptedDialogs();
  const printer = recordingPrinter();
  const services = makeServices(join(temp.path, name), fakeClock('2026-10-09T09:00:00+08:00'), dialogs, printer);
  return { dispatch: dispatchWithOutputCheck(services, role), dialogs, printer };
}

const UNIT_BODY = { kind: '单位纪检组织', unit: '某省通信管理局', name: '纪检组' } as const;

beforeEach(() => {
  temp = makeTempDir('liuhen-exchange-channels-');
});
afterEach(() => temp.remove());

describe('the exchange channels, two installations through their dispatch', () => {
  it('carry a record from the handler to the body and the receipt back (已签收)', async () => {
    const body = installation('body', 'disciplineBody');
    await call(body.dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
    expect(await call(body.dispatch, 'body.status', {})).toBeNull();
    const own = await call(body.dispatch, 'body.setUp', { identity: UNIT_BODY });
    const keyFile = join(folder('paper'), 'key.json');
    body.dialogs.savePaths.push(keyFile);
    expect(await call(body.dispatch, 'body.saveKeyFile', {})).toEqual({ done: true, path: keyFile });
    await call(body.dispatch, 'body.printKeyNotice', {});
    expect(body.printer.previews.map((preview) => preview.title)).toEqual(['纪检组织公钥通知']);

    const handler = installation('handler', 'handler');
    await createHandlerVault(handler.dispatch);
    // A 县处级 intervener: the record goes to the unit's own body, whose key file the handler trusts.
    const recordId = await draftWithEntries(handler.dispatch, [completeEntry('divisionPrincipal')]);
    await call(handler.dispatch, 'record.finalize', { recordId });
    handler.dialogs.openPaths.push(keyFile);
    const chosen = await call(handler.dispatch, 'exchange.chooseKeyFile', {});
    expect(chosen.keyFile?.fingerprint).toBe(own.fingerprint);
    const wrong = await handler.dispatch('exchange.trustKeyFile', { typedFingerprint: '1'.repeat(64) });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'KEY_FINGERPRINT_MISMATCH' } });
    await call(handler.dispatch, 'exchange.trustKeyFile', { typedFingerprint: own.fingerprint.toUpperCase() });
    expect(await call(handler.dispatch, 'exchange.trustedKeys', {})).toMatchObject([{ fingerprint: own.fingerprint, body: UNIT_BODY }]);

    expect(await call(handler.dispatch, 'record.exportRoutes', { recordId })).toMatchObject([
      { recipient: 'unitDisciplineBody', bodies: [{ fingerprint: own.fingerprint }] },
    ]);
    const stick = folder('stick');
    handler.dialogs.folders.push(stick);
    const exported = await call(handler.dispatch, 'record.export', { recordId, recipients: [own.fingerprint] });
    expect(readdirSync(stick)).toEqual(exported.files.map((file) => file.fileName));

    body.dialogs.folders.push(stick);
    const intake = await call(body.dispatch, 'intake.importFolder', {});
    expect(intake.reports.map((report) => report.outcome)).toEqual(['imported']);
    const [received] = await call(body.dispatch, 'intake.list', {});
    if (!received) throw new Error('nothing listed');
    expect(received.paperCheckedAt).toBeNull();
    const checked = await call(body.dispatch, 'intake.checkPaper', { fileDigest: received.fileDigest, typedFingerprint: received.fingerprint });
    expect(checked.paperCheckedAt).not.toBeNull();

    const receiptPath = join(folder('back'), 'receipt.json');
    body.dialogs.savePaths.push(receiptPath);
    await call(body.dispatch, 'intake.exportReceipt', { fileDigest: received.fileDigest });
    handler.dialogs.openPaths.push(receiptPath);
    const imported = await call(handler.dispatch, 'record.importReceipt', {});
    expect(imported.receipt?.bodyName).toBe('某省通信管理局纪检组');
    expect(await call(handler.dispatch, 'record.receipts', { recordId })).toMatchObject([{ recordId, version: 1, bodyName: '某省通信管理局纪检组' }]);
  });

  it('keep each role to its own channels', async () => {
    const handler = installation('handler', 'handler');
    await createHandlerVault(handler.dispatch);
    expect(await handler.dispatch('intake.list', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const body = installation('body', 'disciplineBody');
    await call(body.dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
    expect(await body.dispatch('record.export', { recordId: 'a'.repeat(32), recipients: ['b'.repeat(64)] })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('ask a body without keys to set them up first', async () => {
    const body = installation('body', 'disciplineBody');
    await call(body.dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
    expect(await body.dispatch('intake.importFolder', {})).toMatchObject({ ok: true, value: { done: false } });
    body.dialogs.folders.push(folder('empty'));
    expect(await body.dispatch('intake.importFolder', {})).toMatchObject({ ok: false, error: { code: 'EXCHANGE_KEYS_MISSING' } });
  });
});
