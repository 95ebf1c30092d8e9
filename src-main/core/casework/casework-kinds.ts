import { caseFileSchema } from '../../shared/casework/case-file.ts';
import { inboxEntrySchema } from '../../shared/casework/inbox-entry.ts';
import { caseworkSettingsSchema } from '../../shared/casework/casework-settings.ts';
import { findingSchema } from '../../shared/casework/findings.ts';
import { identityMergeSchema } from '../../shared/casework/intervener-identity.ts';
import { z } from 'zod';
import { finishedRecordSchema } from '../records/finalized-record.ts';
import { storedKind } from '../vault/stored-kind.ts';

// One row per received record, its id the record's id. Every rule of a case file holds for the row; only a record
// checked already (see finishedRecordSchema) is not checked a second time.
export const caseFileKind = storedKind({
  name: 'case-files',
  label: '案卷',
  schema: caseFileSchema.safeExtend({ entry: inboxEntrySchema.safeExtend({ record: finishedRecordSchema }) }),
});

// One row, SETTINGS_ROW_ID: the body's list of disposition steps and its reminder period.
export const caseworkSettingsKind = storedKind({ name: 'casework-settings', label: '案件办理设置', schema: caseworkSettingsSchema });

// One row per merge of intervener identities the body made by hand, under a random id.
export const identityMergeKind = storedKind({ name: 'identity-merges', label: '同一插手干预人合并', schema: identityMergeSchema });

// One row per 第十条 or 第十一条 finding, with its disposition, under a random id.
export const findingKind = storedKind({ name: 'findings', label: '第十条、第十一条事项', schema: findingSchema });

// One row per year the head signed (签批, 第八条), its id the year: who, when, and their Ed25519 signature over the
// digest of the summary as it stood, so a later change to the records shows the signature no longer covers it.
export const summarySignOffKind = storedKind({
  name: 'summary-sign-offs',
  label: '年度汇总签批',
  schema: z.strictObject({
    year: z.number().int(),
    // What was signed, so the file sent to the office is that very summary (第八条 经…签批后报).
    bodyName: z.string(),
    includeNames: z.boolean(),
    headName: z.string(),
    signedOn: z.iso.date(),
    summaryDigest: z.string().regex(/^[0-9a-f]{64}$/),
    signature: z.string().regex(/^[0-9a-f]{128}$/),
    signPublicKey: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});
