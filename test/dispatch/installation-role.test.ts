import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { call } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import type { Services } from '../../src-main/core/services.ts';
import { dispatchWithOutputCheck, makeServices } from '../support/test-services.ts';
import { fakeClock, TEST_PASSPHRASE } from '../support/test-vault.ts';

const UNIT_BODY = { kind: '单位纪检组织', unit: '某省通信管理局', name: '纪检组' } as const;

// The role is chosen once, at vault.create; from then on the header decides which channels the installation has.
describe('the installation role chosen at setup', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: Services;
  let dispatch: Dispatch;

  beforeEach(() => {
    dir = makeTempDir('liuhen-role-');
    services = makeServices(dir.path, fakeClock());
    dispatch = dispatchWithOutputCheck(services, 'installed');
  });
  afterEach(async () => {
    await dispatch('vault.lock', {});
    dir.remove();
  });

  it('allows only the common channels before any vault exists', async () => {
    expect(await dispatch('body.status', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: '尚未设置本机用途，不提供该请求通道：body.status' } });
    expect(await dispatch('record.list', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await dispatch('vault.status', {})).toMatchObject({ ok: true, value: { exists: false, role: null } });
  });

  it('makes a discipline body’s installation, whose setup ends with its name and keys', async () => {
    const { recoveryKey } = await call(dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE, role: 'disciplineBody' });
    expect(await call(dispatch, 'vault.status', {})).toMatchObject({ role: 'disciplineBody', setupComplete: false });
    expect(await dispatch('record.list', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: '纪检组织版不提供该请求通道：record.list' } });
    await call(dispatch, 'setup.confirmRecoveryKey', { recoveryKey });
    expect(await call(dispatch, 'vault.status', {})).toMatchObject({ setupComplete: false, recoveryKeyConfirmed: true });
    await call(dispatch, 'body.setUp', { identity: UNIT_BODY });
    expect(await call(dispatch, 'vault.status', {})).toMatchObject({ role: 'disciplineBody', setupComplete: true });
  });

  it('keeps the role across a lock, and reads it from the header of a vault not yet opened', async () => {
    await call(dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE, role: 'disciplineBody' });
    await call(dispatch, 'vault.lock', {});
    expect(await call(dispatch, 'vault.status', {})).toMatchObject({ unlocked: false, role: null });
    expect(await dispatch('body.status', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });

    const fresh = makeServices(dir.path, fakeClock());
    expect(fresh.vault.role()).toBeNull();
    expect(await fresh.vault.readRole()).toBe('disciplineBody');
    expect(fresh.vault.role()).toBe('disciplineBody');
  });

  it('makes a handler’s installation when no role is named, as before roles were chosen', async () => {
    await call(dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
    expect(await call(dispatch, 'vault.status', {})).toMatchObject({ role: 'handler' });
    expect(await dispatch('body.status', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('refuses an unknown role with a Chinese message and creates nothing', async () => {
    expect(await dispatch('vault.create', { passphrase: TEST_PASSPHRASE, role: 'auditor' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('本机用途应为') as unknown },
    });
    expect(await call(dispatch, 'vault.status', {})).toMatchObject({ exists: false });
  });
});
