import { assessmentSchema, INTERVENTION_ELEMENTS } from '../../../../src-main/shared/casework/assessment.ts';
import { caseFileSchema, type CaseFile } from '../../../../src-main/shared/casework/case-file.ts';
import { ORGANISATION_KINDS } from '../../../../src-main/shared/form/organisation-kind.ts';
import { validEntry } from '../../support/valid-record.ts';
import { finalizedRecord, receivedEntry } from './casework-fixtures.ts';

export const CATEGORIES = ['personnel', 'projectArrangement', 'construction', 'disciplineSupervision', 'other'] as const;
const FIRST_ITEM = { personnel: 'cadreSelection', projectArrangement: 'fundAllocation', construction: 'bidding', disciplineSupervision: 'inspection', other: null };
export const METHODS = ['inPerson', 'phone', 'wechat', 'sms', 'other'] as const;
export const KINDS = ['overridingProcedure', 'lobbying', 'brokering', 'probing', 'refusingRecusal', 'otherInterference'] as const;
export const LEVELS = ['departmentDeputy', 'divisionPrincipal', 'unknown', 'secondInspector'] as const;
const CONCLUSIONS = [null, 'problemClue', 'intervention', 'normalConsultation'] as const;

// What each generated record is made of, kept beside it so the test counts from the plan, not from the summary.
export interface Plan {
  year: number;
  entries: {
    category: string;
    item: string | null;
    method: string;
    kinds: string[];
    level: string;
    orgKind: string | null;
    recordedOrgKind: string | undefined;
  }[];
  conclusion: string | null;
  steps: string[];
  directReport: boolean;
  late: boolean;
}

export function planOf(index: number): Plan {
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
      // The body's own classification, and what the handler recorded on the form (absent on records made before
      // the field existed): the body's wins; without either the entry is unclassified.
      orgKind: index % 7 === 0 ? null : (ORGANISATION_KINDS[index % ORGANISATION_KINDS.length] ?? null),
      recordedOrgKind: index % 2 === 0 ? undefined : ORGANISATION_KINDS[(index + 1) % ORGANISATION_KINDS.length],
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

export function caseOf(plan: Plan, index: number): CaseFile {
  // Mid-month in a month with no holiday near day 5: 5 working days after the 5th always falls before the 20th.
  const month = String((index % 6) + 3).padStart(2, '0');
  const filedAt = `${plan.year}-${month}-05`;
  const record = finalizedRecord({
    filedAt,
    entries: plan.entries.map((entry) => ({
      occurredAt: `${filedAt}T09:00`,
      intervener: { ...validEntry().intervener, level: entry.level, ...(entry.recordedOrgKind ? { organisationKind: entry.recordedOrgKind } : {}) },
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
