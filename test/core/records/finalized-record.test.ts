import { describe, expect, it } from 'vitest';
import { finalizedRecord, recordOfVersion } from '../../../src-main/core/records/finalized-record.ts';
import { validRecord } from '../../shared/support/valid-record.ts';

// The one way from a stored version to the finished 记录表, behind finalizing, printing and the CLI.
describe('the finalized record of a version', () => {
  function storedVersion() {
    const { filedAt, filer, handler, entries } = validRecord();
    const content = { filedAt, filer, handler, entries };
    return { recordId: 'a'.repeat(32), content, status: 'finalized', version: 1, amendsDigest: null, amendmentReason: null };
  }

  it('puts the content and its place in the amendment chain together, and checks it whole', () => {
    const result = finalizedRecord(recordOfVersion(storedVersion()));
    if (!result.ok) throw new Error(result.problems.join('；'));
    expect(result.record).toMatchObject({ status: 'finalized', version: 1, amendsDigest: null, filer: storedVersion().content.filer });
  });

  it('refuses a draft, saying why', () => {
    expect(finalizedRecord(recordOfVersion({ ...storedVersion(), status: 'draft' }))).toEqual({
      ok: false,
      problems: [expect.stringContaining('尚未完成填报')],
    });
  });

  it('names each problem once, in the rule’s words, with the error it came from', () => {
    const result = finalizedRecord(recordOfVersion({ ...storedVersion(), version: 2 }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(['第2版记录表须注明所修订版本的摘要', '第2版记录表须填写修订原因']);
    expect(result.invalid?.issues).toHaveLength(2);
  });
});
