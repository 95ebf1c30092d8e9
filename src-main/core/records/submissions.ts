import { z } from 'zod';
import { latenessSchema } from '../../shared/form/lateness.ts';
import type { VaultService } from '../vault/vault-service.ts';

const SUBMISSIONS_SLOT = 'submissions';

// 报送: the handler hands the sealed form over; the app cannot see that happen, so the handler says so. The
// date is kept per record with the version that was handed over; a later amendment must be handed over again.
// The date is checked by the channel that takes it; the stored form stays lenient, because an earlier version
// stored dates such as 2026-11-31 unchecked and the records screen must still show them to be corrected.
export const submissionSchema = z
  .object({
    version: z.number().int().positive(),
    submittedOn: z.string(),
    // The first report's lateness, kept when an amendment is handed over later (an amendment is never late itself).
    lateness: latenessSchema.optional(),
  })
  .strict();
export type Submission = z.infer<typeof submissionSchema>;

const submissionsSchema = z.record(z.string(), submissionSchema);

export function readSubmissions(vault: VaultService): Record<string, Submission> {
  return vault.readSingleton(SUBMISSIONS_SLOT, submissionsSchema) ?? {};
}

export function recordSubmission(vault: VaultService, recordId: string, submission: Submission): void {
  vault.writeSingletons({ [SUBMISSIONS_SLOT]: { ...readSubmissions(vault), [recordId]: submission } }, 'recordSubmitted');
}
