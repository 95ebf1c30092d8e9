import type { Calendar } from '../calendar/calendar.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import { yearOf } from '../calendar/iso-date.ts';
import { CADRE_LEVELS, CADRE_LEVEL_LABELS } from '../form/cadre-level.ts';
import { INTERVENTION_KINDS, INTERVENTION_KIND_INFO } from '../form/intervention-kind.ts';
import { INTERVENTION_METHODS, INTERVENTION_METHOD_LABELS } from '../form/intervention-method.ts';
import { MATTER_CATEGORIES, MATTER_CATEGORY_INFO, MATTER_ITEM_LABELS } from '../form/matter-category.ts';
import { formatRecordNumber } from '../form/record-number.ts';
import { ASSESSMENT_CONCLUSIONS, ASSESSMENT_CONCLUSION_LABELS, NOT_ASSESSED_LABEL, currentAssessment } from './assessment.ts';
import type { CaseFile } from './case-file.ts';
import {
  DISPOSITION_STATUSES,
  DISPOSITION_STATUS_LABELS,
  dispositionState,
  stepLabel,
  type DispositionStepKind,
} from './disposition.ts';
import { INTAKE_SOURCE_LABELS } from './inbox-entry.ts';
import { ORGANISATION_KINDS, ORGANISATION_KIND_LABELS } from '../form/organisation-kind.ts';
import { JURISDICTION_DECISIONS, JURISDICTION_DECISION_LABELS } from './jurisdiction.ts';
import { TIMELINESS_VERDICTS, TIMELINESS_VERDICT_LABELS, timelinessLabel, timelinessOf } from './timeliness.ts';

// One line of a count table. Every table lists all its rows, zeros included, so summaries of different units
// and years line up row for row when the 领导小组办公室 adds them up.
export interface CountRow {
  key: string;
  label: string;
  count: number;
}

export interface CountTable {
  title: string;
  // What one unit of `count` is: a record, or one 干预具体情况 row of a record.
  counts: 'records' | 'entries';
  rows: CountRow[];
}

export interface SummaryRecordRow {
  recordNumber: string;
  filedAt: IsoDate;
  receivedOn: IsoDate;
  source: string;
  matters: string;
  assessment: string;
  disposition: string;
  timeliness: string;
  // Only when the unit chooses to name people in its summary (issue 15, item 8).
  names?: { handler: string; interveners: string[] };
}

export interface SignOffBlock {
  // 第八条: 经本单位纪检组织主要负责人签批.
  role: string;
  headName: string | null;
  signedOn: IsoDate | null;
}

export interface AnnualSummary {
  year: number;
  bodyName: string;
  // 第八条 asks for a summary every year; a year with no record is reported as a 零报告, not skipped.
  zeroReport: boolean;
  recordCount: number;
  entryCount: number;
  tables: {
    matterCategory: CountTable;
    matterItem: CountTable;
    method: CountTable;
    interventionKind: CountTable;
    intervenerLevel: CountTable;
    intervenerOrgKind: CountTable;
    assessment: CountTable;
    dispositionStatus: CountTable;
    dispositionStep: CountTable;
    jurisdiction: CountTable;
    timeliness: CountTable;
  };
  // Records whose timeliness could only be estimated (a year's holiday schedule not loaded).
  estimatedTimelinessCount: number;
  records: SummaryRecordRow[];
  signOff: SignOffBlock;
}

export interface AnnualSummaryInput {
  year: number;
  bodyName: string;
  cases: readonly CaseFile[];
  calendar: Calendar;
  stepKinds: readonly DispositionStepKind[];
  signOff: { headName: string; signedOn: IsoDate } | null;
  includeNames: boolean;
}

export const SIGN_OFF_ROLE = '纪检组织主要负责人';
export const NO_ITEM_LABEL = '未列明具体事项';
const UNDECIDED_JURISDICTION_LABEL = '尚未作出管辖判断';

function tally<K extends string>(keys: readonly K[], labelOf: (key: K) => string, counted: readonly K[]): CountRow[] {
  const counts = new Map<K, number>(keys.map((key) => [key, 0]));
  for (const key of counted) counts.set(key, (counts.get(key) ?? 0) + 1);
  return keys.map((key) => ({ key, label: labelOf(key), count: counts.get(key) ?? 0 }));
}

// 第八条: the body's summary of a year's records and their disposition. A record belongs to the year of its
// 填报时间, whenever it happened or arrived.

const UNCLASSIFIED_ORG_KIND_LABEL = '尚未分类';

export function annualSummary(input: AnnualSummaryInput): AnnualSummary {
  const cases = input.cases
    .filter((caseFile) => yearOf(caseFile.entry.record.filedAt) === input.year)
    .toSorted((a, b) => a.entry.record.filedAt.localeCompare(b.entry.record.filedAt) || a.entry.recordId.localeCompare(b.entry.recordId));
  const entries = cases.flatMap((caseFile) =>
    // The body's own classification, else what the handler recorded on the form (records made before the field
    // existed have none).
    caseFile.entry.record.entries.map((entry, index) => ({
      entry,
      orgKind: caseFile.entry.intervenerOrgKinds[index] ?? entry.intervener.organisationKind ?? null,
    })),
  );
  const timeliness = cases.map((caseFile) =>
    timelinessOf({ record: caseFile.entry.record, receivedOn: caseFile.entry.receivedOn, calendar: input.calendar }),
  );
  const states = cases.map((caseFile) => dispositionState(caseFile.disposition, input.stepKinds));

  const itemKeys = MATTER_CATEGORIES.flatMap((category) => [
    ...MATTER_CATEGORY_INFO[category].items.map((item) => `${category}.${item}`),
    `${category}.none`,
  ]);
  const itemLabel = (key: string) => {
    const [category, item] = key.split('.') as [keyof typeof MATTER_CATEGORY_INFO, string];
    const itemText = item === 'none' ? NO_ITEM_LABEL : MATTER_ITEM_LABELS[item as keyof typeof MATTER_ITEM_LABELS];
    return `${MATTER_CATEGORY_INFO[category].label}：${itemText}`;
  };
  const stepKeys = [...new Set([...input.stepKinds.map((kind) => kind.key), ...cases.flatMap((c) => c.disposition.map((step) => step.kind))])];

  return {
    year: input.year,
    bodyName: input.bodyName,
    zeroReport: cases.length === 0,
    recordCount: cases.length,
    entryCount: entries.length,
    tables: {
      matterCategory: {
        title: '按重大事项类别（第四条）',
        counts: 'entries',
        rows: tally(MATTER_CATEGORIES, (key) => MATTER_CATEGORY_INFO[key].label, entries.map(({ entry }) => entry.matter.category)),
      },
      matterItem: {
        title: '按重大事项具体事项（第四条）',
        counts: 'entries',
        rows: tally(itemKeys, itemLabel, entries.map(({ entry }) => `${entry.matter.category}.${entry.matter.item ?? 'none'}`)),
      },
      method: {
        title: '按插手干预方式',
        counts: 'entries',
        rows: tally(INTERVENTION_METHODS, (key) => INTERVENTION_METHOD_LABELS[key], entries.map(({ entry }) => entry.method)),
      },
      interventionKind: {
        title: '按第六条所列情形（一项干预可涉及多种情形）',
        counts: 'entries',
        rows: tally(
          INTERVENTION_KINDS,
          (key) => `${INTERVENTION_KIND_INFO[key].ordinal}${INTERVENTION_KIND_INFO[key].label}`,
          entries.flatMap(({ entry }) => entry.kinds),
        ),
      },
      intervenerLevel: {
        title: '按插手干预人职务职级',
        counts: 'entries',
        rows: tally(CADRE_LEVELS, (key) => CADRE_LEVEL_LABELS[key], entries.map(({ entry }) => entry.intervener.level)),
      },
      intervenerOrgKind: {
        title: '按插手干预人所在单位类别（第二条）',
        counts: 'entries',
        rows: tally(
          [...ORGANISATION_KINDS, 'unclassified'] as const,
          (key) => (key === 'unclassified' ? UNCLASSIFIED_ORG_KIND_LABEL : ORGANISATION_KIND_LABELS[key]),
          entries.map(({ orgKind }) => orgKind ?? 'unclassified'),
        ),
      },
      assessment: {
        title: '按分析研判结论（第九条）',
        counts: 'records',
        rows: tally(
          [...ASSESSMENT_CONCLUSIONS, 'notAssessed'] as const,
          (key) => (key === 'notAssessed' ? NOT_ASSESSED_LABEL : ASSESSMENT_CONCLUSION_LABELS[key]),
          cases.map((caseFile) => currentAssessment(caseFile.assessments)?.conclusion ?? 'notAssessed'),
        ),
      },
      dispositionStatus: {
        title: '按处置进展',
        counts: 'records',
        rows: tally(DISPOSITION_STATUSES, (key) => DISPOSITION_STATUS_LABELS[key], states.map((state) => state.status)),
      },
      dispositionStep: {
        title: '按已采取的处置步骤（一件记录可经多个步骤）',
        counts: 'records',
        rows: tally(
          stepKeys,
          (key) => stepLabel(input.stepKinds, key),
          cases.flatMap((caseFile) => [...new Set(caseFile.disposition.map((step) => step.kind))]),
        ),
      },
      jurisdiction: {
        title: '按管辖判断（第九条）',
        counts: 'records',
        rows: tally(
          [...JURISDICTION_DECISIONS, 'undecided'] as const,
          (key) => (key === 'undecided' ? UNDECIDED_JURISDICTION_LABEL : JURISDICTION_DECISION_LABELS[key]),
          cases.map((caseFile) => caseFile.jurisdiction?.decision ?? 'undecided'),
        ),
      },
      timeliness: {
        title: '按报告时限（第七条）',
        counts: 'records',
        rows: tally(TIMELINESS_VERDICTS, (key) => TIMELINESS_VERDICT_LABELS[key], timeliness.map((each) => each.verdict)),
      },
    },
    estimatedTimelinessCount: timeliness.filter((each) => each.estimated).length,
    records: cases.map((caseFile, index) => {
      const { entry } = caseFile;
      const assessment = currentAssessment(caseFile.assessments);
      const state = states[index];
      const reckoned = timeliness[index];
      if (state === undefined || reckoned === undefined) throw new RangeError('one state and timeliness per record');
      const row: SummaryRecordRow = {
        recordNumber: formatRecordNumber(entry.recordId),
        filedAt: entry.record.filedAt,
        receivedOn: entry.receivedOn,
        source: INTAKE_SOURCE_LABELS[entry.source],
        matters: [...new Set(entry.record.entries.map((each) => MATTER_CATEGORY_INFO[each.matter.category].label))].join('、'),
        assessment: assessment ? ASSESSMENT_CONCLUSION_LABELS[assessment.conclusion] : NOT_ASSESSED_LABEL,
        disposition: state.lastStep
          ? `${DISPOSITION_STATUS_LABELS[state.status]}（${stepLabel(input.stepKinds, state.lastStep.kind)}）`
          : DISPOSITION_STATUS_LABELS[state.status],
        timeliness: timelinessLabel(reckoned),
      };
      if (!input.includeNames) return row;
      return {
        ...row,
        names: { handler: entry.record.handler.name, interveners: entry.record.entries.map((each) => each.intervener.name) },
      };
    }),
    signOff: {
      role: SIGN_OFF_ROLE,
      headName: input.signOff?.headName ?? null,
      signedOn: input.signOff?.signedOn ?? null,
    },
  };
}
