import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordVersions, StoredVersion } from '../../../src-main/core/records/record-versions.ts';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { fakeClock, type FakeClock, makeVault, recordsOf, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { expectUserError, thrownBy } from '../vault/vault-kit.ts';

// Records as versions: drafts change in place, finalized versions never change, an amendment is a new version
// that names the digest of the one it amends.

let temp: ReturnType<typeof makeTempDir>;
let clock: FakeClock;
let vault: VaultService;
let store: RecordVersions;

beforeEach(async () => {
  temp = makeTempDir('liuhen-records-');
  clock = fakeClock();
  vault = makeVault(temp.path, clock);
  await vault.create(TEST_PASSPHRASE);
  store = recordsOf(vault);
});
afterEach(() => {
  vault.lock();
  temp.remove();
});

async function reopen(): Promise<void> {
  vault.lock();
  await vault.unlock(TEST_PASSPHRASE);
  store = recordsOf(vault);
}

function finalizedRecord(content: unknown = { text: '原始内容' }): StoredVersion {
  const draft = store.createDraft(content);
  return store.finalize(draft.recordId);
}

describe('record versions', () => {
  it('creates a first draft with a random id, and saves drafts in place', async () => {
    const draft = store.createDraft({ text: '第一稿' });
    expect(draft).toMatchObject({ version: 1, status: 'draft', digest: null, amendsDigest: null, content: { text: '第一稿' } });
    expect(draft.recordId).toMatch(/^[0-9a-f]{32}$/);
    expect(store.createDraft({ text: '另一份' }).recordId).not.toBe(draft.recordId);

    clock.advanceMs(60_000);
    const saved = store.saveDraft(draft.recordId, { text: '第二稿' });
    expect(saved).toMatchObject({ version: 1, status: 'draft', content: { text: '第二稿' }, createdAt: draft.createdAt });
    expect(saved.savedAt).not.toBe(draft.savedAt);
    await reopen();
    expect(store.history(draft.recordId)).toEqual([saved]);
  });

  it('keeps a finalized version immutable: saving, finalizing again or deleting it is refused (RECORD_FINALIZED)', async () => {
    const finalized = finalizedRecord();
    expect(finalized).toMatchObject({ status: 'finalized', version: 1 });
    expect(finalized.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(finalized.finalizedAt).not.toBeNull();

    expectUserError(thrownBy(() => store.saveDraft(finalized.recordId, { text: '偷改' })), 'RECORD_FINALIZED');
    expectUserError(thrownBy(() => store.finalize(finalized.recordId)), 'RECORD_FINALIZED');
    expectUserError(thrownBy(() => store.deleteDraft(finalized.recordId)), 'RECORD_FINALIZED');
    await reopen();
    expect(store.get(finalized.recordId)).toEqual(finalized);
  });

  it('amends a finalized version into version + 1, linked to its digest, leaving the original untouched', async () => {
    const finalized = finalizedRecord({ text: '原始内容', items: [1, 2] });
    clock.advanceMs(60_000);
    const amendment = store.amend(finalized.recordId, '更正事项名称');
    expect(amendment).toMatchObject({
      recordId: finalized.recordId,
      version: 2,
      status: 'draft',
      amendsDigest: finalized.digest,
      amendmentReason: '更正事项名称',
      digest: null,
      finalizedAt: null,
      content: finalized.content,
    });

    store.saveDraft(finalized.recordId, { text: '更正后的内容', items: [1, 2] });
    const second = store.finalize(finalized.recordId);
    expect(second.digest).not.toBe(finalized.digest);
    const third = store.amend(finalized.recordId, '再次更正');
    expect(third).toMatchObject({ version: 3, amendsDigest: second.digest });

    await reopen();
    const history = store.history(finalized.recordId);
    expect(history.map((version) => [version.version, version.status])).toEqual([
      [1, 'finalized'],
      [2, 'finalized'],
      [3, 'draft'],
    ]);
    expect(history[0]).toEqual(finalized);
    expect(history[1]).toEqual(second);
    expect(store.get(finalized.recordId, 1)).toEqual(finalized);
    expect(store.get(finalized.recordId)).toEqual(third);
  });

  it('amends only a record whose latest version is finalized (RECORD_NOT_FINALIZED)', () => {
    const draft = store.createDraft({ text: '草稿' });
    expectUserError(thrownBy(() => store.amend(draft.recordId, '原因')), 'RECORD_NOT_FINALIZED');
    const finalized = finalizedRecord();
    store.amend(finalized.recordId, '第一次修订');
    expectUserError(thrownBy(() => store.amend(finalized.recordId, '第二次修订')), 'RECORD_NOT_FINALIZED');
    expect(store.history(finalized.recordId)).toHaveLength(2);
  });

  it('deletes only drafts: a first draft disappears, an amendment draft falls back to the finalized version', async () => {
    const draft = store.createDraft({ text: '要删除的草稿' });
    store.deleteDraft(draft.recordId);
    expectUserError(thrownBy(() => store.get(draft.recordId)), 'RECORD_NOT_FOUND');
    expectUserError(thrownBy(() => store.history(draft.recordId)), 'RECORD_NOT_FOUND');

    const finalized = finalizedRecord();
    store.amend(finalized.recordId, '修订');
    store.deleteDraft(finalized.recordId);
    expectUserError(thrownBy(() => store.deleteDraft(finalized.recordId)), 'RECORD_FINALIZED');
    await reopen();
    expect(store.listLatest()).toEqual([finalized]);
    expect(store.history(finalized.recordId)).toEqual([finalized]);
  });

  it('answers RECORD_NOT_FOUND for an unknown record or version', () => {
    const draft = store.createDraft({ text: '草稿' });
    expectUserError(thrownBy(() => store.get('0'.repeat(32))), 'RECORD_NOT_FOUND');
    expectUserError(thrownBy(() => store.get(draft.recordId, 2)), 'RECORD_NOT_FOUND');
    expectUserError(thrownBy(() => store.saveDraft('0'.repeat(32), {})), 'RECORD_NOT_FOUND');
  });

  it('lists the latest version of every record', async () => {
    const plain = store.createDraft({ text: '甲' });
    const finalized = finalizedRecord({ text: '乙' });
    const amended = finalizedRecord({ text: '丙' });
    const amendment = store.amend(amended.recordId, '修订');
    await reopen();
    const byId = new Map(store.listLatest().map((version) => [version.recordId, version]));
    expect(byId.size).toBe(3);
    expect(byId.get(plain.recordId)).toEqual(plain);
    expect(byId.get(finalized.recordId)).toEqual(finalized);
    expect(byId.get(amended.recordId)).toEqual(amendment);
  });
});

describe('record digests', () => {
  it('is the digest finalize stored, recomputable from what is read back', async () => {
    const finalized = finalizedRecord({ text: '内容', nested: { b: 2, a: 1 } });
    await reopen();
    const readBack = store.get(finalized.recordId);
    expect(store.digestOf(readBack)).toBe(finalized.digest);
  });

  it('is deterministic for equal content, whatever the key order and timestamps', () => {
    const draft = store.createDraft({ a: 1, b: { y: [1, 2], x: '值' } });
    const same: StoredVersion = {
      ...draft,
      content: { b: { x: '值', y: [1, 2] }, a: 1 },
      createdAt: '2030-01-01T00:00:00.000Z',
      savedAt: '2030-01-01T00:00:00.000Z',
    };
    expect(store.digestOf(same)).toBe(store.digestOf(draft));
    expect(store.digestOf({ ...draft })).toBe(store.digestOf(draft));
  });

  it('changes with the content, the version, the record, the amended digest and the reason', () => {
    const draft = store.createDraft({ a: 1 });
    const base = store.digestOf(draft);
    const variants: StoredVersion[] = [
      { ...draft, content: { a: 2 } },
      { ...draft, content: { a: '1' } },
      { ...draft, version: 2 },
      { ...draft, recordId: '1'.repeat(32) },
      { ...draft, amendsDigest: 'f'.repeat(64) },
      { ...draft, amendmentReason: '原因' },
    ];
    const digests = variants.map((variant) => store.digestOf(variant));
    expect(new Set([base, ...digests]).size).toBe(variants.length + 1);
  });
});
