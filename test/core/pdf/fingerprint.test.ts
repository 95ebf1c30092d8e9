import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordFingerprint } from '../../../src-main/core/records/record-fingerprint.ts';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeVault, recordsOf, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { finalizedRecord } from './support/records.ts';

let temp: ReturnType<typeof makeTempDir>;
let vault: VaultService;

beforeEach(async () => {
  temp = makeTempDir('liuhen-fingerprint-');
  vault = makeVault(temp.path);
  await vault.create(TEST_PASSPHRASE);
});
afterEach(() => {
  vault.lock();
  temp.remove();
});

describe('recordFingerprint', () => {
  it('equals the digest the vault seals a finalized version and its amendment with', () => {
    const record = finalizedRecord();
    const { filedAt, filer, handler, entries } = record;
    const store = recordsOf(vault);
    const draft = store.createDraft({});
    const first = store.finalize(draft.recordId, { filedAt, filer, handler, entries });
    expect(recordFingerprint(first.recordId, record)).toBe(first.digest);

    store.amend(first.recordId, '更正处置方式。');
    const changed = { filedAt, filer, handler, entries: [{ ...entries[0]!, handling: '当场拒绝并报告。' }] };
    const second = store.finalize(first.recordId, changed);
    const amended = { ...record, ...changed, version: 2, amendsDigest: first.digest, amendmentReason: '更正处置方式。' };
    expect(recordFingerprint(first.recordId, amended)).toBe(second.digest);
    expect(second.digest).not.toBe(first.digest);
  });

  it('ignores status, which the vault does not digest', () => {
    const record = finalizedRecord();
    expect(recordFingerprint('a'.repeat(32), { ...record, status: 'draft' })).toBe(recordFingerprint('a'.repeat(32), record));
  });
});
