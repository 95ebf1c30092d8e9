import { describe, expect, it } from 'vitest';
import { caseFileSchema, type CaseFile } from '../../../src-main/shared/casework/case-file.ts';
import { identityMergeSchema, intervenerIdentities, intervenerKey, repeatedIntervenerKeys } from '../../../src-main/shared/casework/intervener-identity.ts';
import { validEntry } from '../support/valid-record.ts';
import { issuesOf } from '../support/zod-issues.ts';
import { finalizedRecord, receivedEntry } from './support/casework-fixtures.ts';

function caseWith(recordId: string, occurredAt: string, interveners: { name: string; unit: string }[], category = 'construction'): CaseFile {
  const record = finalizedRecord({
    filedAt: occurredAt.slice(0, 10),
    entries: interveners.map((intervener) => ({
      occurredAt,
      intervener: { ...validEntry().intervener, ...intervener },
      matter: { category, item: null, name: '某事项' },
    })),
  });
  return caseFileSchema.parse({ entry: receivedEntry(record, occurredAt.slice(0, 10), recordId), assessments: [], disposition: [], jurisdiction: null });
}

describe('recognising the same intervener', () => {
  it.each([
    ['full-width and half-width brackets', { name: '王某某', unit: '某省通信管理局（网络处）' }, { name: '王某某', unit: '某省通信管理局(网络处)' }],
    ['spaces inside a name, including the ideographic space', { name: '王 某\u3000某', unit: '某局' }, { name: '王某某', unit: '某局' }],
    ['full-width Latin letters', { name: 'ＡＢ', unit: '某局' }, { name: 'ab', unit: '某局' }],
  ])('treats %s as one key', (_label, a, b) => {
    expect(intervenerKey(a)).toBe(intervenerKey(b));
  });

  it.each([
    ['another unit', { name: '王某某', unit: '某省通信管理局' }, { name: '王某某', unit: '某市通信管理局' }],
    ['a similar name', { name: '王某某', unit: '某局' }, { name: '汪某某', unit: '某局' }],
  ])('never guesses across %s', (_label, a, b) => {
    expect(intervenerKey(a)).not.toBe(intervenerKey(b));
  });
});

describe('intervener identities across records', () => {
  const cases = [
    caseWith('R1', '2025-11-03T10:00', [{ name: '王某某', unit: '某局' }]),
    caseWith('R2', '2026-03-03T10:00', [{ name: '王某某', unit: '某局' }, { name: '张某', unit: '某公司' }], 'personnel'),
    caseWith('R3', '2026-05-06T10:00', [{ name: '王 某某', unit: '某局' }]),
    caseWith('R4', '2026-06-01T10:00', [{ name: '王某某', unit: '某市分局' }]),
  ];

  it('groups by key with counts by year, matters and handlers, and a timeline, repeated interveners first', () => {
    const [first, ...others] = intervenerIdentities(cases, []);
    expect(first).toMatchObject({
      key: '王某某|某局',
      recordIds: ['R1', 'R2', 'R3'],
      byYear: [{ year: 2025, count: 1 }, { year: 2026, count: 2 }],
      byMatterCategory: [{ category: 'construction', label: '工程建设', count: 2 }, { category: 'personnel', label: '干部人事', count: 1 }],
      handlers: [{ name: '李某', count: 3 }],
      repeated: true,
      name: '王 某某',
    });
    expect(first?.timeline.map((appearance) => appearance.occurredOn)).toEqual(['2025-11-03', '2026-03-03', '2026-05-06']);
    expect(others.map((identity) => [identity.key, identity.repeated])).toEqual([
      ['张某|某公司', false],
      ['王某某|某市分局', false],
    ]);
  });

  it('merges identities the body knows to be one person, and splits them again when the merge is removed', () => {
    const merge = identityMergeSchema.parse({ keys: ['王某某|某局', '王某某|某市分局'] });
    const merged = intervenerIdentities(cases, [merge]);
    expect(merged[0]).toMatchObject({ key: '王某某|某局', keys: ['王某某|某局', '王某某|某市分局'], recordIds: ['R1', 'R2', 'R3', 'R4'], unit: '某市分局' });
    expect(merged).toHaveLength(2);
    expect([...repeatedIntervenerKeys(merged)].sort()).toEqual(['王某某|某局', '王某某|某市分局']);
    expect([...repeatedIntervenerKeys(intervenerIdentities(cases, []))]).toEqual(['王某某|某局']);
    expect(intervenerIdentities(cases, [])).toHaveLength(3);
  });

  it.each([
    [{ keys: ['王某某|某局'] }, '合并至少需要两个插手干预人'],
    [{ keys: ['王某某|某局', '王某某|某局'] }, '同一插手干预人不能重复合并'],
  ])('refuses a merge of %j', (merge, message) => {
    expect(issuesOf(identityMergeSchema.safeParse(merge))).toEqual({ keys: [message] });
  });
});
