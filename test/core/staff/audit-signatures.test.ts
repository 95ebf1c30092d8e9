import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../src-main/core/services.ts';
import { staffMemberKind } from '../../../src-main/core/staff/staff-kinds.ts';
import { auditSignatureStatus } from '../../../src-main/core/staff/audit-signature-check.ts';
import { loadSodium } from '../../../src-main/core/vault/sodium.ts';
import type { AuditEntry } from '../../../src-main/shared/audit-event.ts';
import { PERSON_NAME_MAX_CHARS } from '../../../src-main/shared/form/field-limits.ts';
import { auditSignedBytes } from '../../../src-main/shared/audit-signature.ts';
import type { Dispatch } from '../../../src-main/dispatch/index.ts';
import { call, createHandlerVault, paperRecordFor } from '../../support/dispatch-fixtures.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { HEAD, OFFICER_LI, OFFICER_SUN, staffedBody, type StaffedBody } from '../../support/staffed-body.ts';
import { dispatchWithOutputCheck, makeServices } from '../../support/test-services.ts';
import { fakeClock, TEST_PASSPHRASE } from '../../support/test-vault.ts';

// Debian's python3 with python3-nacl: a verifier that shares no code with the app, built from docs/vault-format.md.
const PYTHON = '/usr/bin/python3';
const INDEPENDENT_VERIFIER = `
import json, sys
from nacl.signing import VerifyKey
from nacl.exceptions import BadSignatureError
given = json.load(sys.stdin)
entry = dict(given['entry'])
signature = bytes.fromhex(entry.pop('signature'))
signed = json.dumps({'purpose': 'liuhen/audit-entry/v1', 'entry': entry}, sort_keys=True, separators=(',', ':'), ensure_ascii=False)
try:
    VerifyKey(bytes.fromhex(given['publicKey'])).verify(signed.encode('utf-8'), signature)
    print('valid')
except BadSignatureError:
    print('invalid')
`;

function verifiedIndependently(entry: AuditEntry, publicKey: string): string {
  return execFileSync(PYTHON, ['-c', INDEPENDENT_VERIFIER], { input: JSON.stringify({ entry, publicKey }), encoding: 'utf8' }).trim();
}

const paper = paperRecordFor('divisionPrincipal');

// Real vault files in a temp folder, real libsodium: what the audit view shows is what main checked.
describe('audit entries signed by the staff member who caused them', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: Services;
  let dispatch: Dispatch;

  let signInAs: StaffedBody['signInAs'];

  beforeEach(async () => {
    dir = makeTempDir();
    ({ services, dispatch, signInAs } = await staffedBody(dir.path));
  });
  afterEach(() => dir.remove());

  function memberId(name: string): string {
    const row = services.vault.table(staffMemberKind).list().find(({ value }) => value.name === name);
    if (!row) throw new Error(`no staff member named ${name}`);
    return row.id;
  }

  function publicKeys(): Map<string, string> {
    return new Map(services.vault.table(staffMemberKind).list().map(({ id, value }) => [id, value.signPublicKey]));
  }

  function rawEntry(action: AuditEntry['action']): AuditEntry {
    const entry = services.vault.auditTrail().findLast((each) => each.action === action);
    if (!entry) throw new Error(`no ${action} entry`);
    return entry;
  }

  it('names the officer or head who did each thing, and each signature verifies', async () => {
    const { entry } = await call(dispatch, 'casework.keyInPaper', { record: paper, paperFingerprint: null });
    await signInAs(OFFICER_SUN);
    await call(dispatch, 'casework.get', { recordId: entry.recordId });
    await signInAs(OFFICER_LI);
    await call(dispatch, 'casework.get', { recordId: entry.recordId });
    await signInAs(HEAD);
    await call(dispatch, 'casework.get', { recordId: entry.recordId });

    const trail = await call(dispatch, 'audit.list', {});
    const opened = trail.filter((each) => each.action === 'caseOpened');
    expect(opened.map((each) => [each.by, each.signatureStatus])).toEqual([
      [{ memberId: memberId('孙某'), name: '孙某' }, 'valid'],
      [{ memberId: memberId('李某'), name: '李某' }, 'valid'],
      [{ memberId: memberId('王某'), name: '王某' }, 'valid'],
    ]);
    expect(trail.find((each) => each.action === 'paperEntryKeyedIn')).toMatchObject({ by: { name: '赵某' }, signatureStatus: 'valid' });
    // The unlock and the lock are the member's own acts too.
    const unlocks = trail.filter((each) => each.action === 'unlocked').map((each) => each.by?.name);
    expect(unlocks).toEqual(['孙某', '李某', '王某']);
    expect(trail.filter((each) => each.action === 'locked').map((each) => each.by?.name)).toEqual(['赵某', '孙某', '李某']);
    // Adding an account and naming its holder were the adder's acts, signed by them.
    expect(trail.filter((each) => each.action === 'staffAdded').map((each) => [each.by?.name, each.note])).toEqual([
      ['赵某', '登记纪检干部赵某'],
      ['赵某', '纪检干部赵某增加纪检干部孙某'],
      ['赵某', '纪检干部赵某增加纪检干部李某'],
      ['赵某', '纪检干部赵某增加纪检组织主要负责人王某'],
    ]);
    expect(trail.every((each) => each.signatureStatus !== 'invalid')).toBe(true);
    // The signature stays in main: the page learns only whether it verifies.
    expect(trail.some((each) => 'signature' in each)).toBe(false);
  });

  it('an entry altered after signing, or signed with another member’s key, does not verify', async () => {
    const { entry } = await call(dispatch, 'casework.keyInPaper', { record: paper, paperFingerprint: null });
    await signInAs(OFFICER_SUN);
    await call(dispatch, 'casework.get', { recordId: entry.recordId });
    const sodium = await loadSodium();
    const signed = rawEntry('caseOpened');
    expect(signed.by?.name).toBe('孙某');
    expect(auditSignatureStatus(signed, publicKeys(), sodium)).toBe('valid');

    const sunKey = publicKeys().get(memberId('孙某')) ?? '';
    expect(verifiedIndependently(signed, sunKey)).toBe('valid');
    expect(verifiedIndependently({ ...signed, note: '补记' }, sunKey)).toBe('invalid');

    // The same entry made to name 李某: the signature is 孙某's over 孙某's name.
    const asLi = { ...signed, by: { memberId: memberId('李某'), name: '李某' } };
    expect(auditSignatureStatus(asLi, publicKeys(), sodium)).toBe('invalid');
    // Each signed field counts: the time, the record, the note, the place in the chain.
    expect(auditSignatureStatus({ ...signed, at: '2026-12-29T02:00:00.000Z' }, publicKeys(), sodium)).toBe('invalid');
    expect(auditSignatureStatus({ ...signed, target: { recordId: entry.recordId, version: 2 } }, publicKeys(), sodium)).toBe('invalid');
    expect(auditSignatureStatus({ ...signed, note: '补记' }, publicKeys(), sodium)).toBe('invalid');
    expect(auditSignatureStatus({ ...signed, seq: signed.seq + 1 }, publicKeys(), sodium)).toBe('invalid');
    expect(auditSignatureStatus({ ...signed, signature: undefined }, publicKeys(), sodium)).toBe('invalid');

    // Re-signed with 孙某's key while naming 李某: the wrong key for the member named.
    const sunSeed = services.vault.table(staffMemberKind).get(memberId('孙某'))?.signSeed ?? '';
    const sunKeys = sodium.crypto_sign_seed_keypair(sodium.from_hex(sunSeed));
    const forged = { ...asLi, signature: sodium.to_hex(sodium.crypto_sign_detached(auditSignedBytes(asLi), sunKeys.privateKey)) };
    expect(auditSignatureStatus(forged, publicKeys(), sodium)).toBe('invalid');
    // The same bytes under 李某's own key would verify: the check is the key, not the shape.
    const liSeed = services.vault.table(staffMemberKind).get(memberId('李某'))?.signSeed ?? '';
    const liKeys = sodium.crypto_sign_seed_keypair(sodium.from_hex(liSeed));
    const byLi = { ...asLi, signature: sodium.to_hex(sodium.crypto_sign_detached(auditSignedBytes(asLi), liKeys.privateKey)) };
    expect(auditSignatureStatus(byLi, publicKeys(), sodium)).toBe('valid');

    // A member this installation never registered: no key to check against.
    const stranger = { ...signed, by: { memberId: 'f'.repeat(32), name: '孙某' } };
    expect(auditSignatureStatus(stranger, publicKeys(), sodium)).toBe('invalid');
  });

  // Someone holding the vault key rewrites 孙某's registered key through the vault's own API, to sign as 孙某 from
  // now on: every entry 孙某 signed before stops verifying, and the audit view says so.
  it('a member’s key replaced behind their back shows on every entry they signed', async () => {
    const { entry } = await call(dispatch, 'casework.keyInPaper', { record: paper, paperFingerprint: null });
    await signInAs(OFFICER_SUN);
    await call(dispatch, 'casework.get', { recordId: entry.recordId });
    await signInAs(OFFICER_LI);
    const sodium = await loadSodium();
    const sunId = memberId('孙某');
    const sun = services.vault.table(staffMemberKind).get(sunId);
    if (!sun) throw new Error('孙某 is not registered');
    const swapped = sodium.crypto_sign_keypair();
    services.vault.change({ action: 'settingsChanged' }, () =>
      services.vault.table(staffMemberKind).put(sunId, { ...sun, signSeed: sodium.to_hex(swapped.privateKey.slice(0, 32)), signPublicKey: sodium.to_hex(swapped.publicKey) }),
    );

    const trail = await call(dispatch, 'audit.list', {});
    const bySun = trail.filter((each) => each.by?.name === '孙某');
    expect(bySun.map((each) => each.action)).toEqual(['unlocked', 'caseOpened', 'locked']);
    expect(bySun.map((each) => each.signatureStatus)).toEqual(['invalid', 'invalid', 'invalid']);
    expect(trail.filter((each) => each.by?.name === '李某').every((each) => each.signatureStatus === 'valid')).toBe(true);
  });

  it('a removed officer’s past entries still verify against the key they had', async () => {
    const { entry } = await call(dispatch, 'casework.keyInPaper', { record: paper, paperFingerprint: null });
    await signInAs(OFFICER_LI);
    await call(dispatch, 'casework.get', { recordId: entry.recordId });
    await signInAs(HEAD);
    const liId = memberId('李某');
    await call(dispatch, 'staff.remove', { id: liId });
    // Nobody can sign as 李某 again: the seed is gone, the public key stays.
    const li = services.vault.table(staffMemberKind).get(liId);
    expect(li?.signSeed).toBeNull();
    expect(li?.signPublicKey).toMatch(/^[0-9a-f]{64}$/);

    const trail = await call(dispatch, 'audit.list', {});
    expect(trail.find((each) => each.action === 'caseOpened')).toMatchObject({ by: { name: '李某' }, signatureStatus: 'valid' });
    // Removing the account, rotating the key and marking the row removed were one act of the head's.
    const removal = trail.filter((each) => each.action === 'accountRemoved' || each.action === 'staffRemoved');
    expect(removal.map((each) => [each.action, each.by?.name, each.signatureStatus])).toEqual([
      ['accountRemoved', '王某', 'valid'],
      ['staffRemoved', '王某', 'valid'],
    ]);
  });

  it('signs nothing on a vault without staff, and nothing the app or a locked-out guess did', async () => {
    await call(dispatch, 'vault.lock', {});
    expect(await dispatch('vault.unlock', { passphrase: '错误的口令 wrong guess 0000' })).toMatchObject({ ok: false });
    await call(dispatch, 'vault.unlock', { passphrase: OFFICER_SUN });
    const trail = await call(dispatch, 'audit.list', {});
    const failed = trail.find((each) => each.action === 'unlockFailed');
    expect(failed).toMatchObject({ unverified: true });
    expect(failed?.by).toBeUndefined();
    expect(failed?.signatureStatus).toBeUndefined();
    // Before anyone was registered (creating the vault) there was no one to sign.
    expect(trail.find((each) => each.action === 'vaultCreated')?.by).toBeUndefined();
  });
});

describe('audit entries on a handler’s installation', () => {
  it('carry no member and no signature, as before', async () => {
    const dir = makeTempDir();
    try {
      const dispatch = dispatchWithOutputCheck(makeServices(dir.path), 'handler');
      await createHandlerVault(dispatch);
      const trail = await call(dispatch, 'audit.list', {});
      expect(trail.filter((each) => each.actor === 'owner').length).toBeGreaterThan(1);
      expect(trail.filter((each) => each.by !== undefined || each.signatureStatus !== undefined)).toEqual([]);
    } finally {
      dir.remove();
    }
  });
});

describe('a staff member who changes their passphrase', () => {
  it('is still the same member, and keeps signing', async () => {
    const dir = makeTempDir();
    try {
      const services = makeServices(dir.path, fakeClock('2026-12-28T10:00:00+08:00'));
      const dispatch = dispatchWithOutputCheck(services, 'disciplineBody');
      await call(dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
      await call(dispatch, 'staff.registerFirst', { member: { name: '赵某', role: 'officer' } });
      await call(dispatch, 'staff.add', { member: { name: '孙某', role: 'officer' }, passphrase: OFFICER_SUN });
      await call(dispatch, 'vault.lock', {});
      await call(dispatch, 'vault.unlock', { passphrase: OFFICER_SUN });
      const renewed = '孙某的新口令 officer sun 2027';
      await call(dispatch, 'vault.changePassphrase', { current: OFFICER_SUN, next: renewed });
      await call(dispatch, 'vault.lock', {});
      await call(dispatch, 'vault.unlock', { passphrase: renewed });
      expect((await call(dispatch, 'staff.list', {})).find((member) => member.current)?.name).toBe('孙某');
      const trail = await call(dispatch, 'audit.list', {});
      expect(trail.filter((each) => each.action === 'passphraseChanged' || each.action === 'unlocked').map((each) => [each.action, each.by?.name, each.signatureStatus])).toEqual([
        ['unlocked', '孙某', 'valid'],
        ['passphraseChanged', '孙某', 'valid'],
        ['unlocked', '孙某', 'valid'],
      ]);
    } finally {
      dir.remove();
    }
  });
});

describe('a staff member whose name uses characters outside the BMP', () => {
  it('signs entries that still read back, however long a name the staff form accepts', async () => {
    const dir = makeTempDir();
    try {
      const dispatch = dispatchWithOutputCheck(makeServices(dir.path), 'disciplineBody');
      await call(dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
      // 50 characters of CJK Extension B: 100 UTF-16 units.
      const name = '𠀀'.repeat(PERSON_NAME_MAX_CHARS);
      await call(dispatch, 'staff.registerFirst', { member: { name, role: 'head' } });
      const trail = await call(dispatch, 'audit.list', {});
      expect(trail.at(-1)).toMatchObject({ action: 'staffAdded', by: { name }, signatureStatus: 'valid' });
    } finally {
      dir.remove();
    }
  });
});
