import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../src-main/core/services.ts';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { formatRecordNumber } from '../../src-main/shared/form/record-number.ts';
import { flipByte, recordStorageId, withRawDb, vaultFile } from '../core/vault/vault-kit.ts';
import { call, completeEntry as entry, createHandlerVault, draftWithEntries } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices } from '../support/test-services.ts';
import { fakeClock, type FakeClock, TEST_PASSPHRASE } from '../support/test-vault.ts';

// Issue 10, item 8: the records list pages and searches over its encrypted index, and the full verification
// after unlock is a channel the page can poll.

let dir: ReturnType<typeof makeTempDir>;
let clock: FakeClock;
let services: Services;
let dispatch: Dispatch;

beforeEach(async () => {
  dir = makeTempDir();
  clock = fakeClock('2026-11-30T10:00:00+08:00');
  services = makeServices(dir.path, clock);
  dispatch = dispatchWithOutputCheck(services);
  await createHandlerVault(dispatch);
});
afterEach(async () => {
  await dispatch('vault.lock', {});
  dir.remove();
});

// Five records, saved a minute apart, the intervener's name saying which.
async function fiveRecords(): Promise<string[]> {
  const ids: string[] = [];
  for (const name of ['赵一', '钱二', '孙三', '李四', '周五']) {
    ids.push(await draftWithEntries(dispatch, [entry('divisionPrincipal', { intervener: { name, unit: '某局', post: '处长', organisationKind: 'telecomAdministration', level: 'divisionPrincipal', tenure: 'serving' } })]));
    clock.advanceMs(60_000);
  }
  return ids;
}

describe('record.list', () => {
  it('answers a page, newest save first, with how many match', async () => {
    const ids = await fiveRecords();
    const first = await call(dispatch, 'record.list', { limit: 2 });
    expect(first.total).toBe(5);
    expect(first.records.map((record) => record.recordId)).toEqual([ids[4], ids[3]]);
    expect(first.records[0]?.assessment.routing).not.toBeNull();
    const last = await call(dispatch, 'record.list', { offset: 4, limit: 2 });
    expect(last.records.map((record) => record.recordId)).toEqual([ids[0]]);
    expect((await call(dispatch, 'record.list', {})).records).toHaveLength(5);
  });

  it('finds records by intervener, matter and 编号, and refuses a page it cannot answer in Chinese', async () => {
    const ids = await fiveRecords();
    const byName = await call(dispatch, 'record.list', { query: '孙三' });
    expect([byName.total, byName.records.map((record) => record.recordId)]).toEqual([1, [ids[2]]]);
    expect((await call(dispatch, 'record.list', { query: '数据中心' })).total).toBe(5);
    const number = formatRecordNumber(ids[1] ?? '');
    expect((await call(dispatch, 'record.list', { query: number })).records.map((record) => record.recordId)).toEqual([ids[1]]);
    expect((await call(dispatch, 'record.list', { query: number.replaceAll('-', '').toLowerCase() })).total).toBe(1);
    expect((await call(dispatch, 'record.list', { query: '无此人' })).total).toBe(0);
    const refused = await dispatch('record.list', { limit: 0 });
    expect(refused.ok ? undefined : refused.error.message).toContain('每页条数');
  });

  it('lists from the index the same summary the form gives, through amendments and deleted drafts', async () => {
    const [kept = '', amended = ''] = await fiveRecords();
    await call(dispatch, 'record.finalize', { recordId: amended });
    await call(dispatch, 'record.amend', { recordId: amended, reason: '补充' });
    await call(dispatch, 'record.deleteDraft', { recordId: amended });
    await call(dispatch, 'record.deleteDraft', { recordId: kept });
    const listing = await call(dispatch, 'record.list', {});
    expect(listing.total).toBe(4);
    expect(listing.records.find((record) => record.recordId === amended)).toMatchObject({ version: 1, status: 'finalized', interveners: ['钱二'] });
    expect(listing.records.some((record) => record.recordId === kept)).toBe(false);
  });
});

describe('vault.verification', () => {
  it('reports the full verification after unlock: every row checked, nothing found', async () => {
    await fiveRecords();
    await call(dispatch, 'vault.lock', {});
    await call(dispatch, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
    await services.vault.verificationDone();
    const result = await call(dispatch, 'vault.verification', {});
    expect(result).toMatchObject({ state: 'passed', problems: [] });
    expect(result.checkedRows).toBe(result.totalRows);
    expect(result.totalRows).toBeGreaterThan(10);
  });

  it('names a record whose ciphertext was changed at rest, which the unlock itself does not decrypt', async () => {
    const ids = await fiveRecords();
    const at = recordStorageId(services.vault, ids[3] ?? '', 1);
    await call(dispatch, 'vault.lock', {});
    withRawDb(vaultFile(dir.path), (db) => {
      const row = db.prepare('SELECT ciphertext FROM sealed_rows WHERE storage_id = ?').get(at) as { ciphertext: Buffer };
      db.prepare('UPDATE sealed_rows SET ciphertext = ? WHERE storage_id = ?').run(flipByte(row.ciphertext, 20), at);
    });
    await call(dispatch, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
    await services.vault.verificationDone();
    const result = await call(dispatch, 'vault.verification', {});
    expect(result.state).toBe('failed');
    expect(result.problems.map((problem) => problem.code)).toEqual(['ROW_TAMPERED']);
    expect(result.problems[0]?.message).toContain(formatRecordNumber(ids[3] ?? ''));
    const listing = await call(dispatch, 'record.list', {});
    expect(listing.total).toBe(4);
    expect(listing.unreadable.map((row) => [row.recordId, row.code])).toEqual([[ids[3], 'ROW_TAMPERED']]);
  });

  it('needs the vault unlocked', async () => {
    await call(dispatch, 'vault.lock', {});
    const locked = await dispatch('vault.verification', {});
    expect(locked.ok ? undefined : locked.error.code).toBe('VAULT_LOCKED');
  });
});
