import { describe, expect, it } from 'vitest';
import {
  changeReceivedOn,
  classifyIntervenerOrg,
  inboxEntrySchema,
  newInboxEntry,
} from '../../../src-main/shared/casework/inbox-entry.ts';
import { validRecord } from '../support/valid-record.ts';
import { issuesOf } from '../support/zod-issues.ts';
import { finalizedRecord, receivedEntry } from './support/casework-fixtures.ts';

const change = { to: '2026-10-09', reason: '纸质件于10月9日送达，文件晚于纸质件导入。', changedBy: '赵某' };
const TODAY = '2026-10-12';

describe('a new inbox entry', () => {
  it('starts with the import day as its received date, no changes and every intervener unclassified', () => {
    const record = finalizedRecord({ entries: [{}, { occurredAt: '2026-09-29T09:00' }] });
    const made = newInboxEntry({ recordId: 'R0001', source: 'paperEntry', record, importedOn: '2026-10-12' });
    expect(made).toEqual({
      ok: true,
      value: {
        recordId: 'R0001',
        source: 'paperEntry',
        record,
        importedOn: '2026-10-12',
        receivedOn: '2026-10-12',
        receivedOnChanges: [],
        intervenerOrgKinds: [null, null],
        paperFingerprint: null,
        file: null,
      },
    });
  });

  it('reads an entry stored before files and paper were linked, and keeps a printed fingerprint to paper forms', () => {
    const record = finalizedRecord({});
    const made = newInboxEntry({ recordId: 'R0001', source: 'importedFile', record, importedOn: '2026-10-12' });
    if (!made.ok) throw new Error(made.message);
    const older = Object.fromEntries(Object.entries(made.value).filter(([key]) => key !== 'paperFingerprint' && key !== 'file'));
    expect(inboxEntrySchema.safeParse(older).success).toBe(true);
    const misplaced = inboxEntrySchema.safeParse({ ...made.value, paperFingerprint: 'a'.repeat(64) });
    expect(misplaced.error?.issues[0]?.message).toBe('只有纸质记录表录入才记录纸质件上的指纹');
  });

  it.each([
    ['a draft', { ...validRecord(), status: 'draft' }, 'R0001', '只有已完成填报的记录表才能收件登记'],
    ['a record id with punctuation', { ...validRecord(), status: 'finalized' }, 'R-1', '记录编号应为1至64位字母或数字'],
  ])('refuses %s', (_label, record, recordId, message) => {
    const made = newInboxEntry({ recordId, source: 'importedFile', record: record as never, importedOn: '2026-10-12' });
    expect(made).toEqual({ ok: false, message });
  });
});

describe('changing the received date', () => {
  const entry = receivedEntry(finalizedRecord(), '2026-10-12');

  it('keeps the old date, the reason, who and when, and chains further changes', () => {
    const first = changeReceivedOn(entry, change, TODAY);
    if (!first.ok) throw new Error(first.message);
    expect(first.value.receivedOn).toBe('2026-10-09');
    expect(first.value.receivedOnChanges).toEqual([{ from: '2026-10-12', ...change, changedOn: TODAY }]);
    const second = changeReceivedOn(first.value, { ...change, to: '2026-10-08', reason: '核对登记簿后更正。' }, '2026-10-13');
    if (!second.ok) throw new Error(second.message);
    expect(second.value.receivedOnChanges.map((each) => [each.from, each.to])).toEqual([
      ['2026-10-12', '2026-10-09'],
      ['2026-10-09', '2026-10-08'],
    ]);
    expect(inboxEntrySchema.safeParse(second.value).success).toBe(true);
    expect(entry.receivedOn).toBe('2026-10-12');
  });

  it.each([
    ['the same date', { to: '2026-10-12' }, '收到日期已是2026年10月12日，无需更改'],
    ['a date after today', { to: '2026-10-13' }, '收到日期不能晚于今天（2026年10月12日）'],
    ['a date before 填报时间', { to: '2026-09-29' }, '收到日期不能早于记录表的填报时间（2026年9月30日）'],
    ['no reason', { reason: '  ' }, '请填写更改收到日期的原因'],
    ['no name', { changedBy: '' }, '请填写更改人'],
    ['a date that does not exist', { to: '2026-02-30' }, '新收到日期“2026-02-30”不是有效日期：2026年2月只有28天'],
  ])('refuses %s and changes nothing', (_label, overrides, message) => {
    expect(changeReceivedOn(entry, { ...change, ...overrides }, TODAY)).toEqual({ ok: false, message });
    expect(entry.receivedOnChanges).toEqual([]);
  });
});

describe('a stored inbox entry', () => {
  const entry = receivedEntry(finalizedRecord(), '2026-10-12');

  it.each([
    ['a received date no change led to', { receivedOn: '2026-10-09' }, 'receivedOn', '收到日期与其更改记录不相符'],
    [
      'a change chain with a gap',
      {
        receivedOn: '2026-10-09',
        receivedOnChanges: [{ from: '2026-10-11', ...change, changedOn: TODAY }],
      },
      'receivedOnChanges.0.from',
      '收到日期的第1次更改与此前的收到日期（2026-10-12）不相符',
    ],
    [
      'org kinds that do not match the entries',
      { intervenerOrgKinds: [null, null] },
      'intervenerOrgKinds',
      '插手干预人单位类别应逐项对应记录表的1项干预具体情况',
    ],
  ])('is refused with %s', (_label, overrides, path, message) => {
    expect(issuesOf(inboxEntrySchema.safeParse({ ...entry, ...overrides }))).toEqual({ [path]: [message] });
  });
});

describe('classifying an intervener’s organisation', () => {
  const entry = receivedEntry(finalizedRecord({ entries: [{}, {}] }), '2026-10-12');

  it('sets one entry and leaves the others', () => {
    const classified = classifyIntervenerOrg(entry, 1, 'ministryAffiliate');
    expect(classified.ok && classified.value.intervenerOrgKinds).toEqual([null, 'ministryAffiliate']);
  });

  it.each([
    [2, 'outsideSystem', '记录表共有2项干预具体情况，没有第3项'],
    [-1, 'outsideSystem', '干预具体情况的序号有误'],
    [0.5, 'outsideSystem', '干预具体情况的序号有误'],
    [0, 'ministry', '请选择插手干预人所在单位类别；不属于第二条所列单位的，请选择“本系统以外”'],
  ])('refuses entry %s as %s', (index, kind, message) => {
    expect(classifyIntervenerOrg(entry, index, kind as never)).toEqual({ ok: false, message });
  });
});
