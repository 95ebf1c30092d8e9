import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, completeEntry, draftWithEntries, TEST_PROFILE } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices, scriptedDialogs } from '../support/test-services.ts';
import { TEST_PASSPHRASE, fakeClock } from '../support/test-vault.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('liuhen-exchange-profile-');
});
afterEach(() => temp.remove());

function installation(name: string, role: 'handler' | 'disciplineBody') {
  const dialogs = scriptedDialogs();
  const services = makeServices(join(temp.path, name), fakeClock('2026-11-26T09:00:00+08:00'), dialogs);
  return { dispatch: dispatchWithOutputCheck(services, role), dialogs };
}

// A record finalized after its deadline carries its lateness (and any 逾期说明) in the content the vault
// fingerprints: the file must carry that same content, or the body refuses a genuine record as altered.
describe('a late record exported to the body', () => {
  it('is imported, its fingerprint the one the vault sealed', async () => {
    const body = installation('body', 'disciplineBody');
    await call(body.dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE, role: 'disciplineBody' });
    const own = await call(body.dispatch, 'body.setUp', { identity: { kind: '单位纪检组织', unit: '某省通信管理局', name: '纪检组' } });
    const keyFile = join(temp.path, 'key.json');
    body.dialogs.savePaths.push(keyFile);
    await call(body.dispatch, 'body.saveKeyFile', {});

    // The intervention was on 2026-09-30; the handler finalizes on 2026-11-26, weeks after the 5 working days.
    const handler = installation('handler', 'handler');
    await call(handler.dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
    await call(handler.dispatch, 'profile.save', { profile: TEST_PROFILE, unit: { unitHasDisciplineBody: true } });
    const recordId = await draftWithEntries(handler.dispatch, [completeEntry('divisionPrincipal')]);
    const { digest } = await call(handler.dispatch, 'record.finalize', { recordId });
    handler.dialogs.openPaths.push(keyFile);
    await call(handler.dispatch, 'exchange.chooseKeyFile', {});
    await call(handler.dispatch, 'exchange.trustKeyFile', { typedFingerprint: own.fingerprint });
    const stick = join(temp.path, 'stick');
    mkdirSync(stick);
    handler.dialogs.folders.push(stick);
    await call(handler.dispatch, 'record.export', { recordId, recipients: [own.fingerprint] });

    body.dialogs.folders.push(stick);
    const { reports } = await call(body.dispatch, 'intake.importFolder', {});
    expect(reports.map(({ outcome, message }) => [outcome, message])).toEqual([['imported', expect.any(String)]]);
    expect((await call(body.dispatch, 'intake.list', {}))[0]?.fingerprint).toBe(digest);
  });
});
