import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Input } from '../../../../src-main/contract/index.ts';
import type { Services } from '../../../../src-main/core/services.ts';
import type { Dispatch } from '../../../../src-main/dispatch/index.ts';
import { describeBody, type BodyIdentity } from '../../../../src-main/shared/exchange/exchange-body.ts';
import { formatFingerprint } from '../../../../src-main/shared/form/fingerprint-text.ts';
import { call, completeEntry, TEST_PROFILE } from '../../../support/dispatch-fixtures.ts';
import { dispatchWithOutputCheck, makeServices, recordingPrinter, scriptedDialogs, type RecordingPrinter, type ScriptedDialogs } from '../../../support/test-services.ts';
import { fakeClock, TEST_PASSPHRASE, type FakeClock } from '../../../support/test-vault.ts';

export interface Installation {
  services: Services;
  dispatch: Dispatch;
  dialogs: ScriptedDialogs;
  printer: RecordingPrinter;
  clock: FakeClock;
  keyFile: string;
  fingerprint: string;
}

type PaperRecord = Input<'casework.keyInPaper'>['record'];
export type Entry = PaperRecord['entries'][number];

export const OFFICE = { unit: '工业和信息化部', name: '部党风廉政建设责任制领导小组办公室' };

async function installation(dataDir: string, role: 'disciplineBody' | 'leadingGroupOffice'): Promise<Omit<Installation, 'keyFile' | 'fingerprint'>> {
  const dialogs = scriptedDialogs();
  const clock = fakeClock('2027-01-11T09:00:00+08:00');
  const printer = recordingPrinter();
  const services = makeServices(dataDir, clock, dialogs, printer);
  const dispatch = dispatchWithOutputCheck(services, role);
  await call(dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
  // Whoever sets up a body here is its head, who alone may 签批 the summary it sends (第八条).
  if (role === 'disciplineBody') await call(dispatch, 'staff.registerFirst', { member: { name: '王某', role: 'head' } });
  return { services, dispatch, dialogs, printer, clock };
}

function writeKeyFile(keysDir: string, fingerprint: string, text: string): string {
  const path = join(keysDir, `${fingerprint.slice(0, 8)}.json`);
  writeFileSync(path, text);
  return path;
}

// The 领导小组办公室 set up through its own channels, its key file written where bodies can take it.
export async function officeInstallation(dataDir: string, keysDir: string): Promise<Installation> {
  const made = await installation(dataDir, 'leadingGroupOffice');
  const { fingerprint } = await call(made.dispatch, 'office.setUp', { identity: OFFICE });
  const keyFile = writeKeyFile(keysDir, fingerprint, (await made.services.exchangeKeys.bodyKeys()).keyFileText);
  return { ...made, keyFile, fingerprint };
}

export async function bodyInstallation(dataDir: string, keysDir: string, identity: BodyIdentity): Promise<Installation> {
  const made = await installation(dataDir, 'disciplineBody');
  const { fingerprint } = await call(made.dispatch, 'body.setUp', { identity });
  const keyFile = writeKeyFile(keysDir, fingerprint, (await made.services.exchangeKeys.bodyKeys()).keyFileText);
  return { ...made, keyFile, fingerprint };
}

// A key file chosen in the dialog and kept after the fingerprint from its printed notice was typed in.
export async function trust(who: Installation, other: Pick<Installation, 'keyFile' | 'fingerprint'>): Promise<void> {
  who.dialogs.openPaths.push(other.keyFile);
  await call(who.dispatch, 'exchange.chooseKeyFile', {});
  await call(who.dispatch, 'exchange.trustKeyFile', { typedFingerprint: formatFingerprint(other.fingerprint) });
}

export async function keyInPaper(body: Installation, filedAt: string, entries: Entry[]): Promise<void> {
  const record = { filedAt, filer: TEST_PROFILE.name, handler: TEST_PROFILE, entries, status: 'finalized', version: 1, amendsDigest: null, amendmentReason: null } as const;
  await call(body.dispatch, 'casework.keyInPaper', { record });
}

export function entry(category: string, item: string, method: string, intervener = '王某某', occurredAt = '2026-09-30T09:30'): Entry {
  const base = completeEntry('departmentDeputy');
  return {
    ...base,
    occurredAt,
    intervener: { ...base.intervener, name: intervener },
    method,
    matter: { category, item, name: '某重大事项' },
  } as Entry;
}

// The head's 签批 of the year's summary as it stands, under the body's own name.
export async function signOffSummary(body: Installation, year: number, includeNames = false): Promise<void> {
  const { identity } = await body.services.exchangeKeys.bodyKeys();
  await call(body.dispatch, 'casework.signOff', { year, bodyName: describeBody(identity), includeNames });
}

// The body's sealed summary through its channel, signed off first, saved where the scripted dialog says.
export async function exportSummary(body: Installation, path: string, year: number, includeNames = false): Promise<void> {
  await signOffSummary(body, year, includeNames);
  body.dialogs.savePaths.push(path);
  const saved = await call(body.dispatch, 'casework.exportSealedSummary', { year, includeNames });
  if (saved.path !== path) throw new Error(`summary saved to ${String(saved.path)}`);
}
