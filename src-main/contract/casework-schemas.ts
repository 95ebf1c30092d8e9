import { z } from 'zod';
import { ASSESSMENT_CONCLUSIONS, assessmentSchema } from '../shared/casework/assessment.ts';
import { caseFileSchema } from '../shared/casework/case-file.ts';
import { RECORD_ID_MAX_CHARS } from '../shared/casework/casework-limits.ts';
import { caseworkSettingsSchema } from '../shared/casework/casework-settings.ts';
import { DISPOSITION_STATUSES, dispositionStepSchema } from '../shared/casework/disposition.ts';
import { findingInputSchema, findingSchema } from '../shared/casework/findings.ts';
import { INTAKE_SOURCES, receivedOnChangeInputSchema } from '../shared/casework/inbox-entry.ts';
import { inboxFilterSchema } from '../shared/casework/inbox-rows.ts';
import { organisationKindSchema } from '../shared/form/organisation-kind.ts';
import { jurisdictionDecisionSchema } from '../shared/casework/jurisdiction.ts';
import { summaryRequestSchema } from '../shared/casework/summary-request.ts';
import { TIMELINESS_VERDICTS } from '../shared/casework/timeliness.ts';
import { MATTER_CATEGORIES } from '../shared/form/matter-category.ts';
import { recordSchema } from '../shared/form/record.ts';
import { ENTRIES_MAX_COUNT } from '../shared/form/field-limits.ts';

export { caseFileSchema, caseworkSettingsSchema, inboxFilterSchema };

export const caseRef = z.object({ recordId: z.string().min(1).max(RECORD_ID_MAX_CHARS) }).strict();

// The fingerprint as printed on the paper, typed in any grouping; null when the paper bears none.
export const keyInPaperInput = z.object({ record: recordSchema, paperFingerprint: z.string().max(200).nullable().optional() }).strict();
export const changeReceivedOnInput = caseRef.extend({ change: receivedOnChangeInputSchema }).strict();
export const classifyIntervenerOrgInput = caseRef
  .extend({ entryIndex: z.number().int().min(0).max(ENTRIES_MAX_COUNT - 1), orgKind: organisationKindSchema.nullable() })
  .strict();
export const assessInput = caseRef.extend({ assessment: assessmentSchema }).strict();
export const addStepInput = caseRef.extend({ step: dispositionStepSchema }).strict();
export const decideJurisdictionInput = caseRef.extend({ decision: jurisdictionDecisionSchema }).strict();

export const summaryInput = summaryRequestSchema;

const timelinessView = z.object({
  reportStart: z.string(),
  deadline: z.string(),
  receivedOn: z.string(),
  verdict: z.enum(TIMELINESS_VERDICTS),
  lateByWorkingDays: z.number().int().min(0),
  estimated: z.boolean(),
  explanation: z.string().optional(),
});

export const inboxRowView = z.object({
  recordId: z.string(),
  recordNumber: z.string(),
  source: z.enum(INTAKE_SOURCES),
  handlerName: z.string(),
  handlerUnit: z.string(),
  filedAt: z.string(),
  receivedOn: z.string(),
  timeliness: timelinessView,
  assessment: z.enum([...ASSESSMENT_CONCLUSIONS, 'notAssessed']),
  disposition: z.enum(DISPOSITION_STATUSES),
  reminder: z.string().nullable(),
  jurisdiction: z.object({ bureauLevel: z.boolean(), rankUnknown: z.boolean(), needsDecision: z.boolean(), toForward: z.boolean() }),
  matterCategories: z.array(z.enum(MATTER_CATEGORIES)),
  intervenerKeys: z.array(z.string()),
  intervenerNames: z.array(z.string()),
  repeatedIntervener: z.boolean(),
});

export const intervenerView = z.object({
  key: z.string(),
  keys: z.array(z.string()),
  name: z.string(),
  unit: z.string(),
  recordIds: z.array(z.string()),
  timeline: z.array(
    z.object({
      recordId: z.string(),
      entryIndex: z.number().int().min(0),
      occurredOn: z.string(),
      name: z.string(),
      unit: z.string(),
      post: z.string(),
      category: z.enum(MATTER_CATEGORIES),
      matterName: z.string(),
      handlerName: z.string(),
    }),
  ),
  byYear: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
  byMatterCategory: z.array(z.object({ category: z.enum(MATTER_CATEGORIES), label: z.string(), count: z.number().int() })),
  handlers: z.array(z.object({ name: z.string(), count: z.number().int() })),
  repeated: z.boolean(),
  mergeId: z.string().nullable(),
});

const findingWithId = z.object({ id: z.string(), finding: findingSchema });
export const findingView = findingWithId;
export const findingAddInput = z.object({ finding: findingInputSchema }).strict();
export const findingStepInput = z.object({ id: z.string().min(1).max(64), step: dispositionStepSchema }).strict();

export const intervenerMergeInput = z.object({ keys: z.array(z.string().max(400)).max(50) }).strict();
export const intervenerSplitInput = z.object({ mergeId: z.string().min(1).max(64) }).strict();

const countTableView = z.object({
  title: z.string(),
  counts: z.enum(['records', 'entries']),
  rows: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int().min(0) })),
});

// One row of a summary's 记录清单, as the body's and the office's pages show it.
export const summaryRecordView = z.object({
  recordNumber: z.string(),
  filedAt: z.string(),
  receivedOn: z.string(),
  source: z.string(),
  matters: z.string(),
  assessment: z.string(),
  disposition: z.string(),
  timeliness: z.string(),
  names: z.object({ handler: z.string(), interveners: z.array(z.string()) }).optional(),
});

export const annualSummaryView = z.object({
  year: z.number().int(),
  bodyName: z.string(),
  zeroReport: z.boolean(),
  recordCount: z.number().int().min(0),
  entryCount: z.number().int().min(0),
  tables: z.record(z.string(), countTableView),
  estimatedTimelinessCount: z.number().int().min(0),
  records: z.array(summaryRecordView),
  signOff: z.object({ role: z.string(), headName: z.string().nullable(), signedOn: z.string().nullable() }),
});

export const savedSummaryOutput = z.object({ done: z.boolean(), pdfPath: z.string().nullable(), xlsxPath: z.string().nullable() });
