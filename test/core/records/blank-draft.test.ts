import { describe, expect, it } from 'vitest';
import { blankDraft, entryHasContent } from '../../../src-main/core/records/blank-draft.ts';
import type { EntryDraft } from '../../../src-main/shared/form/record-draft.ts';

const EMPTY: EntryDraft = { learnedOn: null, methodNote: null, kinds: [] };

describe('an entry with nothing in it', () => {
  it('is the template entry, or what the editor writes back for fields nobody touched', () => {
    const [templateEntry] = blankDraft(null, '2026-09-30').entries;
    expect(templateEntry && entryHasContent(templateEntry)).toBe(false);
    expect(entryHasContent({ ...EMPTY, intervener: {}, matter: { item: null }, content: '', handling: '' })).toBe(false);
  });

  it.each<[string, EntryDraft]>([
    ['a date', { ...EMPTY, occurredAt: '2026-09-30' }],
    ['a day of 发现', { ...EMPTY, learnedOn: '2026-09-30' }],
    ['the intervener’s rung alone', { ...EMPTY, intervener: { level: 'unknown' } }],
    ['a method', { ...EMPTY, method: 'phone' }],
    ['a category', { ...EMPTY, matter: { category: 'construction', item: null } }],
    ['one 第六条 situation', { ...EMPTY, kinds: ['lobbying'] }],
    ['a space typed into 处置方式', { ...EMPTY, handling: ' ' }],
  ])('has content once it has %s', (_what, entry) => {
    expect(entryHasContent(entry)).toBe(true);
  });
});
