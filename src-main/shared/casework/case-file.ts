import { z } from 'zod';
import { strictObject } from '../form/strict-object.ts';
import { assessmentSchema } from './assessment.ts';
import { dispositionStepSchema } from './disposition.ts';
import { inboxEntrySchema } from './inbox-entry.ts';
import { jurisdictionDecisionSchema } from './jurisdiction.ts';

// Everything the body keeps about one received record: how it arrived, every 研判 (oldest first), every
// disposition step, and the jurisdiction decision once made.
export const caseFileSchema = strictObject('案卷', {
  entry: inboxEntrySchema,
  assessments: z.array(assessmentSchema),
  disposition: z.array(dispositionStepSchema),
  jurisdiction: jurisdictionDecisionSchema.nullable(),
});
export type CaseFile = z.infer<typeof caseFileSchema>;
