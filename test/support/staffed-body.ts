import type { Services } from '../../src-main/core/services.ts';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { call } from './dispatch-fixtures.ts';
import { dispatchWithOutputCheck, makeServices } from './test-services.ts';
import { fakeClock, TEST_PASSPHRASE } from './test-vault.ts';

export const OFFICER_SUN = '孙某的口令 officer sun 2026';
export const OFFICER_LI = '李某的口令 officer li 2026';
export const HEAD = '王组长的口令 head wang 2026';

export interface StaffedBody {
  services: Services;
  dispatch: Dispatch;
  // The recovery key the installation was created with (unconfirmed), which stands in for 赵某's passphrase.
  recoveryKey: string;
  // Locks and opens the vault again with this member's passphrase: from then on they are the one working.
  signInAs: (passphrase: string) => Promise<void>;
}

// A discipline body's installation with staff: whoever set it up registered as officer 赵某 (the test
// passphrase); officers 孙某 and 李某 and the head 王某 have accounts of their own.
export async function staffedBody(dataDir: string): Promise<StaffedBody> {
  const services = makeServices(dataDir, fakeClock('2026-12-28T10:00:00+08:00'));
  const dispatch = dispatchWithOutputCheck(services, 'disciplineBody');
  const { recoveryKey } = await call(dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
  await call(dispatch, 'staff.registerFirst', { member: { name: '赵某', role: 'officer' } });
  await call(dispatch, 'staff.add', { member: { name: '孙某', role: 'officer' }, passphrase: OFFICER_SUN });
  await call(dispatch, 'staff.add', { member: { name: '李某', role: 'officer' }, passphrase: OFFICER_LI });
  await call(dispatch, 'staff.add', { member: { name: '王某', role: 'head' }, passphrase: HEAD });
  return {
    services,
    dispatch,
    recoveryKey,
    signInAs: async (passphrase) => {
      await call(dispatch, 'vault.lock', {});
      await call(dispatch, 'vault.unlock', { passphrase });
    },
  };
}
