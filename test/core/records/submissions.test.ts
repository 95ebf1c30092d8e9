import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSubmissions, recordSubmission, submissionOf } from '../../../src-main/core/records/submissions.ts';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeVault, TEST_PASSPHRASE } from '../../support/test-vault.ts';

const RECORD_ID = 'a'.repeat(32);

describe('the stored 已报送 marks', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let vault: VaultService;
  beforeEach(async () => {
    dir = makeTempDir();
    vault = makeVault(dir.path);
    await vault.create(TEST_PASSPHRASE);
  });
  afterEach(() => {
    vault.lock();
    dir.remove();
  });

  it('reads a mark stored by an earlier version (one object per record) as a history of one', () => {
    vault.writeSingletons({ submissions: { [RECORD_ID]: { version: 1, submittedOn: '2026-09-30' } } }, 'recordSubmitted');
    expect(readSubmissions(vault)).toEqual({ [RECORD_ID]: [{ version: 1, submittedOn: '2026-09-30' }] });
    recordSubmission(vault, RECORD_ID, { version: 2, submittedOn: '2026-10-09', markedAt: '2026-10-09T02:00:00.000Z' });
    expect(submissionOf(readSubmissions(vault), RECORD_ID, 1)?.submittedOn).toBe('2026-09-30');
    expect(submissionOf(readSubmissions(vault), RECORD_ID, 2)?.submittedOn).toBe('2026-10-09');
  });
});
