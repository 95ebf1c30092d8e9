import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { call, completeEntry, draftWithEntries, TEST_PROFILE } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices } from '../support/test-services.ts';
import { fakeClock, TEST_PASSPHRASE } from '../support/test-vault.ts';

// 第五条: the profile says whether the handler is 正式人员, 挂职人员, 借调人员 or 其他; the form has no cell for it.
describe('人员类别 in the handler profile', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dispatch: Dispatch;

  beforeEach(async () => {
    dir = makeTempDir();
    dispatch = dispatchWithOutputCheck(makeServices(dir.path, fakeClock('2026-09-30T10:00:00+08:00')));
    await call(dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
  });
  afterEach(async () => {
    await dispatch('vault.lock', {});
    dir.remove();
  });

  it('is kept with the profile and never copied into a record', async () => {
    await call(dispatch, 'profile.save', { profile: { ...TEST_PROFILE, staffCategory: 'seconded' }, unit: { unitHasDisciplineBody: true } });
    expect((await call(dispatch, 'profile.get', {})).profile).toEqual({ ...TEST_PROFILE, staffCategory: 'seconded' });
    const created = await call(dispatch, 'record.create', {});
    expect(created.draft.handler).toEqual(TEST_PROFILE);
    const recordId = await draftWithEntries(dispatch, [completeEntry('divisionPrincipal')]);
    const finalized = await call(dispatch, 'record.finalize', { recordId });
    expect(finalized.draft.handler).not.toHaveProperty('staffCategory');
  });

  it('may be absent, as in profiles saved before it was asked', async () => {
    await call(dispatch, 'profile.save', { profile: TEST_PROFILE, unit: { unitHasDisciplineBody: true } });
    expect((await call(dispatch, 'profile.get', {})).profile).toEqual(TEST_PROFILE);
  });

  it('refuses a category 第五条 does not know, in Chinese, and keeps the saved profile', async () => {
    await call(dispatch, 'profile.save', { profile: { ...TEST_PROFILE, staffCategory: 'regular' }, unit: { unitHasDisciplineBody: true } });
    const refused = await dispatch('profile.save', { profile: { ...TEST_PROFILE, staffCategory: 'contractor' }, unit: { unitHasDisciplineBody: true } });
    expect(refused).toMatchObject({ ok: false });
    if (refused.ok) return;
    expect(refused.error.message).toContain('请选择人员类别');
    expect((await call(dispatch, 'profile.get', {})).profile).toMatchObject({ staffCategory: 'regular' });
  });
});
