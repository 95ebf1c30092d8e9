import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../src-main/core/services.ts';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { call, paperRecordFor } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { HEAD, OFFICER_LI, OFFICER_SUN, staffedBody, type StaffedBody } from '../support/staffed-body.ts';

const paper = paperRecordFor('divisionPrincipal');
const summaryRequest = { year: 2026, bodyName: '某局纪检组', includeNames: false };

describe('staff accounts on a discipline body’s installation', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: Services;
  let dispatch: Dispatch;

  let recoveryKey: string;
  // Whoever set the installation up registers as an officer; a second officer and the head get accounts of their own.
  let signInAs: StaffedBody['signInAs'];

  beforeEach(async () => {
    dir = makeTempDir();
    ({ services, dispatch, recoveryKey, signInAs } = await staffedBody(dir.path));
  });
  afterEach(() => dir.remove());

  it('knows who opened the vault by the passphrase they used', async () => {
    await signInAs(OFFICER_SUN);
    const staff = await call(dispatch, 'staff.list', {});
    expect(staff.map((member) => [member.name, member.role, member.current]).sort()).toEqual([
      ['孙某', 'officer', true],
      ['李某', 'officer', false],
      ['王某', 'head', false],
      ['赵某', 'officer', false],
    ]);
    const refused = await dispatch('staff.registerFirst', { member: { name: '钱某', role: 'head' } });
    expect(refused).toMatchObject({ ok: false, error: { message: '本机已登记工作人员，请由已登记的人员增加新账户' } });
    const secondHead = await dispatch('staff.add', { member: { name: '钱某', role: 'head' }, passphrase: '钱某的口令 qian 2026 abc' });
    expect(secondHead).toMatchObject({ ok: false, error: { message: '本机已有纪检组织主要负责人；更换时请先删除原负责人的账户' } });
  });

  it('logs who opened which record, and names who changed a case', async () => {
    const { entry } = await call(dispatch, 'casework.keyInPaper', { record: paper, paperFingerprint: null });
    await signInAs(OFFICER_LI);
    await call(dispatch, 'casework.get', { recordId: entry.recordId });
    await call(dispatch, 'casework.addStep', { recordId: entry.recordId, step: { kind: 'registration', by: '李某', on: '2026-12-28', what: '登记。', notes: null } });
    const trail = await call(dispatch, 'audit.list', {});
    const opened = trail.filter((each) => each.action === 'caseOpened');
    expect(opened.map((each) => [each.target?.recordId, each.by?.name, each.signatureStatus])).toEqual([[entry.recordId, '李某', 'valid']]);
    expect(trail.find((each) => each.action === 'dispositionStepAdded')?.by?.name).toBe('李某');
    expect(trail.find((each) => each.action === 'paperEntryKeyedIn')?.by?.name).toBe('赵某');
  });

  it('lets only the head sign the annual summary, with their own key', async () => {
    await call(dispatch, 'casework.keyInPaper', { record: paper, paperFingerprint: null });
    await signInAs(OFFICER_SUN);
    const byOfficer = await dispatch('casework.signOff', summaryRequest);
    expect(byOfficer).toMatchObject({ ok: false, error: { code: 'CASEWORK_REFUSED', message: '只有纪检组织主要负责人可以签批年度汇总' } });
    expect((await call(dispatch, 'casework.summary', summaryRequest)).signOff).toMatchObject({ headName: null, signedOn: null });

    await signInAs(HEAD);
    const signed = await call(dispatch, 'casework.signOff', summaryRequest);
    expect(signed.signOff).toEqual({ role: '纪检组织主要负责人', headName: '王某', signedOn: '2026-12-28' });
    await signInAs(OFFICER_SUN);
    expect((await call(dispatch, 'casework.summary', summaryRequest)).signOff.headName).toBe('王某');
    const trail = await call(dispatch, 'audit.list', {});
    expect(trail.find((each) => each.action === 'summarySigned')).toMatchObject({ note: '2026年度汇总', by: { name: '王某' }, signatureStatus: 'valid' });
  });

  it('knows the first officer as themselves after they set a new passphrase with the recovery key', async () => {
    await call(dispatch, 'vault.lock', {});
    await call(dispatch, 'vault.recover', { recoveryKey, newPassphrase: '赵某的新口令 officer zhao 2027' });
    const staff = await call(dispatch, 'staff.list', {});
    expect(staff.filter((member) => member.current).map((member) => member.name)).toEqual(['赵某']);
    const latest = (await call(dispatch, 'audit.list', {})).at(-1);
    expect(latest).toMatchObject({ action: 'recoveryUsed', by: { name: '赵某' }, signatureStatus: 'valid' });
    await signInAs(OFFICER_SUN);
    expect((await call(dispatch, 'staff.list', {})).filter((member) => member.current).map((member) => member.name)).toEqual(['孙某']);
  });

  it('removing an officer rotates the vault key: their passphrase opens nothing, the others still do', async () => {
    const keyBefore = new Uint8Array(services.vault.require().session.key);
    await signInAs(HEAD);
    const li = (await call(dispatch, 'staff.list', {})).find((member) => member.name === '李某');
    const staff = await call(dispatch, 'staff.remove', { id: li?.id ?? '' });
    expect(staff.find((member) => member.name === '李某')?.removedAt).not.toBeNull();
    expect(Buffer.from(services.vault.require().session.key).equals(Buffer.from(keyBefore))).toBe(false);
    const trail = await call(dispatch, 'audit.list', {});
    expect(trail.find((each) => each.action === 'staffRemoved')?.note).toBe('纪检组织主要负责人王某删除纪检干部李某的账户');
    expect(trail.some((each) => each.action === 'accountRemoved')).toBe(true);

    await call(dispatch, 'vault.lock', {});
    expect(await dispatch('vault.unlock', { passphrase: OFFICER_LI })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    await call(dispatch, 'vault.unlock', { passphrase: OFFICER_SUN });
    const self = (await call(dispatch, 'staff.list', {})).find((member) => member.current);
    expect(await dispatch('staff.remove', { id: self?.id ?? '' })).toMatchObject({ ok: false, error: { message: '不能删除自己正在使用的账户' } });
  });
});
