import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../../src-main/core/calendar/built-in-calendar.ts';
import { annualSummary, type CountTable } from '../../../src-main/shared/casework/annual-summary.ts';
import { INTERVENTION_ELEMENTS, assessmentSchema } from '../../../src-main/shared/casework/assessment.ts';
import { caseFileSchema, type CaseFile } from '../../../src-main/shared/casework/case-file.ts';
import { DEFAULT_DISPOSITION_STEP_KINDS } from '../../../src-main/shared/casework/disposition.ts';
import { INTERVENER_ORG_KINDS } from '../../../src-main/shared/casework/intervener-org-kind.ts';
import { validEntry } from '../support/valid-record.ts';
import { finalizedRecord, receivedEntry } from './support/casework-fixtures.ts';

const calendar = builtInCalendar();
const CATEGORIES = ['personnel', 'projectArrangement', 'construction', 'disciplineSupervision', 'other'] as const;
const FIRST_ITEM = { personnel: 'cadreSelection', projectArrangement: 'fundAllocation', construction: 'bidding', disciplineSupervision: 'inspection', other: null };
const METHODS = ['inPerson', 'phone', 'wechat', 'sms', 'other'] as const;
const KINDS = ['overridingProcedure', 'lobbying', 'brokering', 'probing', 'refusingRecusal', 'otherInterference'] as const;
const LEVELS = ['departmentDeputy', 'divisionPrincipal', 'unknown', 'secondInspector'] as const;
const CONCLUSIONS = [null, 'problemClue', 'intervention', 'normalConsultation'] as const;

// What each generated record is made of, kept beside it so the test counts from the plan, not from the summary.
interface Plan {
  year: number;
  entries: { category: string; item: string | null; method: string; kinds: string[]; level: string; orgKind: string | null }[];
  conclusion: string | null;
  steps: string[];
  directReport: boolean;
  late: boolean;
}

function planOf(index: number): Plan {
  const year = index % 10 === 0 ? 2025 : index % 10 === 1 ? 2027 : 2026;
  const entries = Array.from({ length: index % 3 === 0 ? 2 : 1 }, (_, position) => {
    const category = CATEGORIES[(index + position) % CATEGORIES.length] ?? 'other';
    const kind = KINDS[index % KINDS.length] ?? 'lobbying';
    return {
      category,
      item: index % 4 === 0 ? null : FIRST_ITEM[category],
      method: METHODS[(index + 2 * position) % METHODS.length] ?? 'phone',
      kinds: index % 5 === 0 && kind !== 'lobbying' ? [kind, 'lobbying'] : [kind],
      level: LEVELS[(index + position) % LEVELS.length] ?? 'unknown',
      orgKind: index % 7 === 0 ? null : (INTERVENER_ORG_KINDS[index % INTERVENER_ORG_KINDS.length] ?? null),
    };
  });
  return {
    year,
    entries,
    conclusion: CONCLUSIONS[index % CONCLUSIONS.length] ?? null,
    steps: [[], ['registration'], ['registration', 'closure']][index % 3] ?? [],
    directReport: index % 5 === 0,
    late: index % 2 === 0,
  };
}

const assessmentFor = (conclusion: string, assessedOn: string) =>
  assessmentSchema.parse({
    conclusion,
    elementsPresent: conclusion === 'intervention' ? [...INTERVENTION_ELEMENTS] : [],
    reasons: '依据记录内容研判。',
    assessor: '赵某',
    assessedOn,
    outcome: null,
    outcomeNote: null,
  });

function caseOf(plan: Plan, index: number): CaseFile {
  // Mid-month in a month with no holiday near day 5: 5 working days after the 5th always falls before the 20th.
  const month = String((index % 6) + 3).padStart(2, '0');
  const filedAt = `${plan.year}-${month}-05`;
  const record = finalizedRecord({
    filedAt,
    entries: plan.entries.map((entry) => ({
      occurredAt: `${filedAt}T09:00`,
      intervener: { ...validEntry().intervener, level: entry.level },
      method: entry.method,
      methodNote: entry.method === 'other' ? '托人转达' : null,
      matter: { category: entry.category, item: entry.item, name: '某事项' },
      kinds: entry.kinds,
    })),
  });
  const receivedOn = plan.late ? `${plan.year}-${month}-28` : filedAt;
  const entry = { ...receivedEntry(record, receivedOn, `R${String(index).padStart(4, '0')}`), intervenerOrgKinds: plan.entries.map((each) => each.orgKind) };
  // A record re-assessed keeps both; only the last one counts.
  const assessments = plan.conclusion === null ? [] : [assessmentFor('workSuggestion', receivedOn), assessmentFor(plan.conclusion, receivedOn)];
  return caseFileSchema.parse({
    entry,
    assessments,
    disposition: plan.steps.map((kind) => ({ kind, by: '赵某', on: receivedOn, what: '已办理。', notes: null })),
    jurisdiction: plan.directReport
      ? { decision: 'directReport', otherBodyName: null, reason: '涉及司局级。', decidedBy: '赵某', decidedOn: receivedOn }
      : null,
  });
}

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
      [...INTERVENER_ORG_KINDS, 'unclassified'],
      (key: string) => entries.filter((entry) => (entry.orgKind ?? 'unclassified') === key).length,
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
