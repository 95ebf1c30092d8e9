import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../../src-main/core/calendar/built-in-calendar.ts';
import { annualSummary, type CountTable } from '../../../src-main/shared/casework/annual-summary.ts';
import { caseFileSchema } from '../../../src-main/shared/casework/case-file.ts';
import { DEFAULT_DISPOSITION_STEP_KINDS } from '../../../src-main/shared/casework/disposition.ts';
import { ORGANISATION_KINDS } from '../../../src-main/shared/form/organisation-kind.ts';
import { finalizedRecord, receivedEntry } from './support/casework-fixtures.ts';
import { CATEGORIES, KINDS, LEVELS, METHODS, caseOf, planOf } from './support/generated-cases.ts';

const calendar = builtInCalendar();
const plans = Array.from({ length: 60 }, (_, index) => planOf(index));
const cases = plans.map(caseOf);
const input = { year: 2026, bodyName: '某局纪委', cases, calendar, stepKinds: DEFAULT_DISPOSITION_STEP_KINDS, signOff: null, includeNames: false };

const countOf = (table: CountTable, key: string) => {
  const row = table.rows.find((each) => each.key === key);
  if (!row) throw new Error(`no row ${key} in ${table.title}`);
  return row.count;
};

describe('the annual summary (第八条) against counts taken from the records themselves', () => {
  const summary = annualSummary(input);
  const inYear = plans.filter((plan) => plan.year === 2026);
  const entries = inYear.flatMap((plan) => plan.entries);

  it('takes exactly the records whose 填报时间 falls in the year', () => {
    expect(inYear).toHaveLength(48);
    expect([summary.zeroReport, summary.recordCount, summary.entryCount]).toEqual([false, inYear.length, entries.length]);
    expect(summary.records.every((row) => row.filedAt.startsWith('2026-'))).toBe(true);
    expect(summary.records.map((row) => row.filedAt)).toEqual(summary.records.map((row) => row.filedAt).toSorted());
  });

  it.each([
    ['matterCategory', CATEGORIES, (key: string) => entries.filter((entry) => entry.category === key).length],
    ['method', METHODS, (key: string) => entries.filter((entry) => entry.method === key).length],
    ['interventionKind', KINDS, (key: string) => entries.filter((entry) => entry.kinds.includes(key)).length],
    ['intervenerLevel', LEVELS, (key: string) => entries.filter((entry) => entry.level === key).length],
    [
      'intervenerOrgKind',
      [...ORGANISATION_KINDS, 'unclassified'],
      (key: string) => entries.filter((entry) => (entry.orgKind ?? entry.recordedOrgKind ?? 'unclassified') === key).length,
    ],
    [
      'assessment',
      ['problemClue', 'intervention', 'normalConsultation', 'workSuggestion', 'notAssessed'],
      (key: string) => inYear.filter((plan) => (plan.conclusion ?? 'notAssessed') === key).length,
    ],
    [
      'dispositionStatus',
      ['notStarted', 'inProgress', 'closed'],
      (key: string) => inYear.filter((plan) => ['notStarted', 'inProgress', 'closed'][plan.steps.length] === key).length,
    ],
    ['dispositionStep', ['registration', 'closure', 'writtenInquiry'], (key: string) => inYear.filter((plan) => plan.steps.includes(key)).length],
    ['jurisdiction', ['directReport', 'undecided', 'ownBody'], (key: string) => inYear.filter((plan) => (plan.directReport ? 'directReport' : 'undecided') === key).length],
    ['timeliness', ['onTime', 'late'], (key: string) => inYear.filter((plan) => (plan.late ? 'late' : 'onTime') === key).length],
  ] as const)('counts by %s', (table, keys, expected) => {
    for (const key of keys) expect([key, countOf(summary.tables[table], key)]).toEqual([key, expected(key)]);
    const total = summary.tables[table].rows.reduce((sum, row) => sum + row.count, 0);
    if (table === 'interventionKind') expect(total).toBe(entries.reduce((sum, entry) => sum + entry.kinds.length, 0));
    else if (table === 'dispositionStep') expect(total).toBe(inYear.reduce((sum, plan) => sum + plan.steps.length, 0));
    else expect(total).toBe(summary.tables[table].counts === 'entries' ? entries.length : inYear.length);
  });

  it('counts by matter item, with the entries that named no item on their own line', () => {
    const table = summary.tables.matterItem;
    expect(countOf(table, 'construction.bidding')).toBe(entries.filter((entry) => entry.item === 'bidding').length);
    expect(countOf(table, 'personnel.none')).toBe(entries.filter((entry) => entry.category === 'personnel' && entry.item === null).length);
    expect(countOf(table, 'other.none')).toBe(entries.filter((entry) => entry.category === 'other').length);
    expect(countOf(table, 'personnel.recruitment')).toBe(0);
    expect(table.rows.find((row) => row.key === 'personnel.none')?.label).toBe('干部人事：未列明具体事项');
  });

  it('lists record numbers, not names, unless the unit chooses to include them', () => {
    expect(summary.records[0]).not.toHaveProperty('names');
    expect(summary.records.map((row) => row.recordNumber)).toContain('R000-2');
    const named = annualSummary({ ...input, includeNames: true });
    expect(named.records[0]?.names).toEqual({ handler: '李某', interveners: expect.arrayContaining(['王某某']) as string[] });
  });

  it('carries the 签批 block, blank until the head signs', () => {
    expect(summary.signOff).toEqual({ role: '纪检组织主要负责人', headName: null, signedOn: null });
    const signed = annualSummary({ ...input, signOff: { headName: '周某', signedOn: '2027-01-15' } });
    expect(signed.signOff).toEqual({ role: '纪检组织主要负责人', headName: '周某', signedOn: '2027-01-15' });
  });
});

describe('a year with no record', () => {
  it('is a 零报告 with every table present and at zero', () => {
    const summary = annualSummary({ ...input, year: 2024 });
    expect([summary.zeroReport, summary.recordCount, summary.entryCount, summary.records]).toEqual([true, 0, 0, []]);
    for (const table of Object.values(summary.tables)) {
      expect(table.rows.length).toBeGreaterThan(0);
      expect(table.rows.every((row) => row.count === 0)).toBe(true);
    }
  });
});

describe('a record reported across a holiday', () => {
  // Learned 2026-09-30: 国庆 runs 10-1 to 10-7 and 10-10 is a 调休 Saturday, so the deadline is 10-13.
  const across = (receivedOn: string, recordId: string) =>
    caseFileSchema.parse({
      entry: receivedEntry(finalizedRecord({ filedAt: '2026-09-30', entries: [{ occurredAt: '2026-09-30T10:00' }] }), receivedOn, recordId),
      assessments: [],
      disposition: [],
      jurisdiction: null,
    });

  it.each([
    ['on time when it arrives on the last working day, 13 calendar days on', '2026-10-13', 'onTime', '5个工作日内报告'],
    ['on time the day after 国庆, though 8 calendar days on', '2026-10-08', 'onTime', '5个工作日内报告'],
    ['late the working day after', '2026-10-14', 'late', '逾期1个工作日'],
  ])('is %s', (_label, receivedOn, verdict, label) => {
    const summary = annualSummary({ ...input, cases: [across(receivedOn, 'H0001')] });
    expect(countOf(summary.tables.timeliness, verdict)).toBe(1);
    expect(summary.records[0]?.timeliness).toBe(label);
  });
});
