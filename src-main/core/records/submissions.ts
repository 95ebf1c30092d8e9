import { z } from 'zod';
import type { AuditAction } from '../../shared/audit-event.ts';
import { latenessSchema } from '../../shared/form/lateness.ts';
import type { VaultService } from '../vault/vault-service.ts';

const SUBMISSIONS_SLOT = 'submissions';

// 报送: the handler hands the sealed form over; the app cannot see that happen, so the handler says so. The
// date is kept per record with the version that was handed over; a later amendment must be handed over again.
// The date is checked by the channel that takes it; the stored form stays lenient, because an earlier version
// stored dates such as 2026-11-31 unchecked and the records screen must still show them to be corrected.
// `markedAt` is the instant the handler said so (absent in marks stored before it was kept): a mark can be
// withdrawn only on the day it was made.
export const submissionSchema = z
  .object({
    version: z.number().int().positive(),
    submittedOn: z.string(),
    markedAt: z.string().optional(),
    // The first report's lateness, kept when an amendment is handed over later (an amendment is never late itself).
    lateness: latenessSchema.optional(),
  })
  .strict();
export type Submission = z.infer<typeof submissionSchema>;

// Every version handed over, oldest first, so the version history shows each one's date. Earlier vaults kept only
// the last mark per record, as a single object; it reads as a history of one.
const storedSubmissionsSchema = z.record(z.string(), z.union([submissionSchema, z.array(submissionSchema)]));
export type Submissions = Record<string, Submission[]>;

export function readSubmissions(vault: VaultService): Submissions {
  const stored = vault.readSingleton(SUBMISSIONS_SLOT, storedSubmissionsSchema) ?? {};
  return Object.fromEntries(Object.entries(stored).map(([recordId, marks]) => [recordId, Array.isArray(marks) ? marks : [marks]]));
}

export function submissionOf(submissions: Submissions, recordId: string, version: number): Submission | undefined {
  return submissions[recordId]?.findLast((mark) => mark.version === version);
}

export function recordSubmission(vault: VaultService, recordId: string, submission: Submission): void {
  const submissions = readSubmissions(vault);
  const earlier = (submissions[recordId] ?? []).filter((mark) => mark.version !== submission.version);
  write(vault, { ...submissions, [recordId]: [...earlier, submission] }, 'recordSubmitted', recordId, submission);
}

export function withdrawSubmission(vault: VaultService, recordId: string, withdrawn: Submission, note: string): void {
  const submissions = readSubmissions(vault);
  const kept = (submissions[recordId] ?? []).filter((mark) => mark.version !== withdrawn.version);
  write(vault, { ...submissions, [recordId]: kept }, 'submissionWithdrawn', recordId, withdrawn, note);
}

function write(vault: VaultService, submissions: Submissions, action: AuditAction, recordId: string, mark: Submission, note?: string): void {
  vault.writeSingletons({ [SUBMISSIONS_SLOT]: submissions }, action, {
    target: { recordId, version: mark.version },
    ...(note === undefined ? {} : { note }),
  });
}
