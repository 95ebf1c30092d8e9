import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Input } from '../../src-main/contract/index.ts';
import type { Services } from '../../src-main/core/services.ts';
import { dispatchFor, type Dispatch } from '../../src-main/dispatch/index.ts';
import type { BodyIdentity } from '../../src-main/shared/exchange/exchange-body.ts';
import { formatFingerprint } from '../../src-main/shared/form/fingerprint-text.ts';
import { call, completeEntry, createHandlerVault, draftWithEntries, TEST_PROFILE } from '../support/dispatch-fixtures.ts';
import { makeServices } from '../support/test-services.ts';
import { fakeClock, TEST_PASSPHRASE } from '../support/test-vault.ts';
import type { RunningApp } from './app-harness.ts';

type IntervenerLevel = Parameters<typeof completeEntry>[0];

export const UNIT_BODY: BodyIdentity = { kind: '单位纪检组织', unit: '某省通信管理局', name: '纪检组' };
export const STATIONED_GROUP: BodyIdentity = { kind: '驻部纪检监察组', unit: '工业和信息化部', name: '驻部纪检监察组' };

export interface SeededBody {
  // The stationed group's installation, in this process, which trusts the unit body's key.
  group: Services;
  // A folder of record files a handler exported to the unit body (the USB stick), queued for the folder dialog.
  stick: string;
}

// A discipline body as after its first run, set up through main: keys made, the stationed group's key file
// compared and kept; and a handler's installation, in this process, exporting one finalized record per level to
// the body's key (the files the body imports are made by the real export, not by a fixture). The page is
// reloaded onto the workspace.
export async function seedDisciplineBody(app: RunningApp, workDir: string, levels: IntervenerLevel[]): Promise<SeededBody> {
  const folder = (name: string) => {
    const path = join(workDir, name);
    mkdirSync(path, { recursive: true });
    return path;
  };
  const { recoveryKey } = await call(app.dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE, role: 'disciplineBody' });
  await call(app.dispatch, 'setup.confirmRecoveryKey', { recoveryKey });
  const { fingerprint } = await call(app.dispatch, 'body.setUp', { identity: UNIT_BODY });
  const keyFile = join(folder('keys'), 'unit.json');
  app.dialogs.savePaths.push(keyFile);
  await call(app.dispatch, 'body.saveKeyFile', {});

  const group = makeServices(folder('group-data'));
  await group.vault.create(TEST_PASSPHRASE, 'disciplineBody');
  const groupKey = await group.exchangeKeys.setUpBody(STATIONED_GROUP);
  const groupKeyFile = join(folder('keys'), 'group.json');
  writeFileSync(groupKeyFile, (await group.exchangeKeys.bodyKeys()).keyFileText);
  await group.exchangeKeys.trustKeyFile(keyFile, formatFingerprint(fingerprint));
  app.dialogs.openPaths.push(groupKeyFile);
  await call(app.dispatch, 'exchange.chooseKeyFile', {});
  await call(app.dispatch, 'exchange.trustKeyFile', { typedFingerprint: groupKey.fingerprint });

  const handler = makeServices(folder('handler-data'), fakeClock('2026-10-09T09:00:00+08:00'));
  const dispatch = dispatchFor(handler, { role: 'handler' });
  await createHandlerVault(dispatch);
  await handler.exchangeKeys.trustKeyFile(keyFile, formatFingerprint(fingerprint));
  const stick = folder('stick');
  for (const [index, level] of levels.entries()) {
    const recordId = await draftWithEntries(dispatch, [
      completeEntry(level, { intervener: { name: `干预人${index + 1}`, unit: '某司', post: '负责人', organisationKind: 'ministryDepartment', level, tenure: 'serving' } }),
    ]);
    await call(dispatch, 'record.finalize', { recordId });
    await handler.exports.exportRecord(recordId, [fingerprint], stick);
  }
  handler.vault.lock();
  app.dialogs.folders.push(stick);
  await app.page.reload();
  await app.page.getByRole('menuitem', { name: '收件箱' }).waitFor();
  return { group, stick };
}

type PaperRecord = Input<'casework.keyInPaper'>['record'];
type PaperEntry = PaperRecord['entries'][number];

// A paper form naming `intervener`, keyed in through main and counted as received on `receivedOn`.
export async function keyInPaperReceived(dispatch: Dispatch, intervener: string, receivedOn: string): Promise<string> {
  const entry = completeEntry('divisionPrincipal') as PaperEntry;
  const record: PaperRecord = {
    filedAt: '2026-09-30',
    filer: TEST_PROFILE.name,
    handler: TEST_PROFILE,
    entries: [{ ...entry, intervener: { ...entry.intervener, name: intervener } }],
    status: 'finalized',
    version: 1,
    amendsDigest: null,
    amendmentReason: null,
  };
  const { entry: keyed } = await call(dispatch, 'casework.keyInPaper', { record, paperFingerprint: null });
  const change = { to: receivedOn, reason: '按纸质件送达登记簿更正收到日期。', changedBy: '孙某' };
  await call(dispatch, 'casework.changeReceivedOn', { recordId: keyed.recordId, change });
  return keyed.recordId;
}
