import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordContentVersions } from '../../../src-main/core/records/record-content-versions.ts';
import { recordListKind } from '../../../src-main/core/records/record-list-index.ts';
import { RecordVersions, type StoredVersion } from '../../../src-main/core/records/record-versions.ts';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeVault, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { expectUserError, readRowAt, recordStorageId, thrownBy, vaultFile } from '../vault/vault-kit.ts';

// Issue 10, item 9: the content inside a record version carries its version. After unlock, drafts written at an
// older version are rewritten at the current one; a finalized version keeps the content its fingerprint covers.

interface ContentV1 {
  text: string;
}

// A second content version as a later release would add one: the single text becomes a list of paragraphs.
const V1: RecordContentVersions = { current: 1, upgrades: [] };
const V2: RecordContentVersions = {
  current: 2,
  upgrades: [(content) => ({ paragraphs: (content as ContentV1).text.split('\n') })],
};

let temp: ReturnType<typeof makeTempDir>;
let vault: VaultService;

function versionsAt(content: RecordContentVersions): RecordVersions {
  return new RecordVersions(vault, (length) => new Uint8Array(randomBytes(length)), content);
}


beforeEach(async () => {
  temp = makeTempDir('liuhen-content-');
  vault = makeVault(temp.path);
  await vault.create(TEST_PASSPHRASE);
});
afterEach(() => {
  vault.lock();
  temp.remove();
});

describe('record content versions', () => {
  let draft: StoredVersion;
  let finalized: StoredVersion;
  let at: { draft: Buffer; finalized: Buffer };

  beforeEach(() => {
    const v1 = versionsAt(V1);
    draft = v1.createDraft({ text: '第一段\n第二段' });
    const sealed = v1.createDraft({ text: '定稿的内容\n第二行' });
    finalized = v1.finalize(sealed.recordId);
    at = { draft: recordStorageId(vault, draft.recordId, 1), finalized: recordStorageId(vault, finalized.recordId, 1) };
    vault.lock();
  });

  it('rewrites drafts at the new version after unlock, once, and leaves finalized versions byte for byte', async () => {
    const before = { draft: readRowAt(vaultFile(temp.path), at.draft), finalized: readRowAt(vaultFile(temp.path), at.finalized) };
    const v2 = versionsAt(V2);
    vault.onUnlocked(() => v2.upgradeDrafts());
    await vault.unlock(TEST_PASSPHRASE);
    // The list index named the one old draft: the finalized version was not even decrypted.
    expect(vault.require().session.decryptedRows('records')).toBe(1);

    expect(readRowAt(vaultFile(temp.path), at.draft).ciphertext.equals(before.draft.ciphertext)).toBe(false);
    expect(readRowAt(vaultFile(temp.path), at.finalized)).toEqual(before.finalized);
    const trail = vault.auditTrail();
    expect(trail.slice(-2).map((entry) => [entry.action, entry.note])).toEqual([
      ['unlocked', undefined],
      ['contentMigrated', '1 份草稿'],
    ]);

    expect(v2.get(draft.recordId)).toMatchObject({ status: 'draft', contentVersion: 2, content: { paragraphs: ['第一段', '第二段'] } });
    // The rewritten row is read as it is, not upgraded again.
    expect(versionsAt(V2).history(draft.recordId)).toHaveLength(1);

    vault.lock();
    await vault.unlock(TEST_PASSPHRASE);
    expect(vault.auditTrail().filter((entry) => entry.action === 'contentMigrated')).toHaveLength(1);
  });

  it('keeps every finalized version verifying against its printed fingerprint, and amends from upgraded content', async () => {
    await vault.unlock(TEST_PASSPHRASE);
    const v2 = versionsAt(V2);
    const read = v2.get(finalized.recordId);
    expect(read).toEqual(finalized);
    expect(v2.digestOf({ ...read, digest: null })).toBe(finalized.digest);

    const amendment = v2.amend(finalized.recordId, '改为分段');
    expect(amendment).toMatchObject({ version: 2, contentVersion: 2, amendsDigest: finalized.digest, content: { paragraphs: ['定稿的内容', '第二行'] } });
    expect(v2.get(finalized.recordId, 1)).toEqual(finalized);
  });

  it('takes a list index entry written before entries kept the content version as version 1', async () => {
    await vault.unlock(TEST_PASSPHRASE);
    const index = vault.table(recordListKind);
    const entry = index.get(draft.recordId);
    if (!entry) throw new Error('the draft has no list index entry');
    expect(entry.contentVersion).toBe(1);
    const older: Partial<typeof entry> = { ...entry };
    delete older.contentVersion;
    vault.change({ action: 'contentMigrated' }, () => index.put(draft.recordId, older as typeof entry));
    vault.lock();

    const v2 = versionsAt(V2);
    vault.onUnlocked(() => v2.upgradeDrafts());
    await vault.unlock(TEST_PASSPHRASE);
    expect(vault.auditTrail().at(-1)).toMatchObject({ action: 'contentMigrated', note: '1 份草稿' });
    expect(vault.table(recordListKind).get(draft.recordId)?.contentVersion).toBe(2);
    expect(v2.get(draft.recordId)).toMatchObject({ contentVersion: 2, content: { paragraphs: ['第一段', '第二段'] } });
  });

  it('reads a draft of an older version upgraded even before it is rewritten', async () => {
    const written = readRowAt(vaultFile(temp.path), at.draft).ciphertext;
    await vault.unlock(TEST_PASSPHRASE);
    expect(versionsAt(V2).readLatest().versions.find((version) => version.recordId === draft.recordId)).toMatchObject({
      contentVersion: 2,
      content: { paragraphs: ['第一段', '第二段'] },
    });
    expect(readRowAt(vaultFile(temp.path), at.draft).ciphertext.equals(written)).toBe(true);
  });

  it('names content newer than the program as unreadable, and an upgrade that fails on old content too', async () => {
    await vault.unlock(TEST_PASSPHRASE);
    versionsAt(V2).saveDraft(draft.recordId, { paragraphs: ['新格式'] });
    const older = versionsAt(V1);
    const error = thrownBy(() => older.get(draft.recordId));
    expectUserError(error, 'ROW_UNREADABLE');
    expect((error as Error).message).toContain('记录表（编号');
    expect(older.readLatest().unreadable.map((entry) => entry.recordId)).toEqual([draft.recordId]);

    const breaking: RecordContentVersions = { current: 3, upgrades: [...V2.upgrades, () => { throw new Error('cannot'); }] };
    expectUserError(thrownBy(() => versionsAt(breaking).get(draft.recordId)), 'ROW_UNREADABLE');
    expect(versionsAt(breaking).get(finalized.recordId)).toEqual(finalized);
  });
});
