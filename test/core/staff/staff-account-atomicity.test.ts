import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../src-main/core/services.ts';
import { staffMemberKind } from '../../../src-main/core/staff/staff-kinds.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeServices } from '../../support/test-services.ts';
import { fakeClock, TEST_PASSPHRASE } from '../../support/test-vault.ts';

const OFFICER_SUN = '孙某的口令 officer sun 2026';

// A staff member is an account (a passphrase slot in the header) and a row naming its holder. Written in two
// transactions, a crash between them would leave an account nobody is named for: it opens the vault, and the
// work done with it is attributed to no one.
describe('adding a staff member', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: Services;

  beforeEach(async () => {
    dir = makeTempDir();
    services = makeServices(dir.path, fakeClock('2026-12-28T10:00:00+08:00'));
    await services.vault.create(TEST_PASSPHRASE, 'disciplineBody');
    await services.staff.registerFirst({ name: '赵某', role: 'officer' });
  });
  afterEach(() => dir.remove());

  const commits = () => services.vault.require().session.commits;

  it('writes the account and its holder in one transaction', async () => {
    const before = commits();
    const accountsBefore = await services.vault.accounts();
    await services.staff.add({ name: '孙某', role: 'officer' }, OFFICER_SUN);
    expect(commits()).toBe(before + 1);
    const added = (await services.vault.accounts()).filter((slotId) => !accountsBefore.includes(slotId));
    expect(added).toHaveLength(1);
    const rows = services.vault.table(staffMemberKind).list();
    expect(rows.find(({ value }) => value.name === '孙某')?.value.slotId).toBe(added[0]);
    const trail = services.vault.auditTrail().slice(-2);
    expect(trail.map((entry) => entry.action)).toEqual(['accountAdded', 'staffAdded']);
  });

  it('adds no account when writing its holder fails', async () => {
    const accountsBefore = await services.vault.accounts();
    const seqBefore = services.vault.auditTrail().length;
    const invalidHolder = { name: '', role: 'officer', slotId: 'x', signSeed: 'not hex', signPublicKey: '', addedAt: 'today', removedAt: null };
    const adding = services.vault.addAccount(OFFICER_SUN, () => {
      services.vault.table(staffMemberKind).put('half-added', invalidHolder as never);
      return { action: 'staffAdded' };
    });
    await expect(adding).rejects.toThrow();
    expect(await services.vault.accounts()).toEqual(accountsBefore);
    expect(services.vault.table(staffMemberKind).has('half-added')).toBe(false);
    expect(services.vault.auditTrail()).toHaveLength(seqBefore);
    services.vault.lock();
    await expect(services.vault.unlock(OFFICER_SUN)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });
});
