import type { z } from 'zod';
import type { AuditAction } from '../../shared/audit-event.ts';
import type { summarySignOffKind } from './casework-kinds.ts';
import type { CaseFile } from '../../shared/casework/case-file.ts';
import type { CaseworkSettings } from '../../shared/casework/casework-settings.ts';
import type { Finding } from '../../shared/casework/findings.ts';
import type { IdentityMerge } from '../../shared/casework/intervener-identity.ts';

// What a change to the casework writes on the audit trail besides its record.
export interface CaseAudit {
  action: AuditAction;
  note?: string;
  target?: { recordId: string; version: number };
}

export type SummarySignOff = z.output<typeof summarySignOffKind.schema>;

// Where the body's case files and casework settings live: the vault's encrypted tables in the app. Each save is
// one transaction with its audit entry.
export interface CaseStore {
  list(): CaseFile[];
  get(recordId: string): CaseFile | undefined;
  save(caseFile: CaseFile, audit: CaseAudit): void;
  // Inside a change another feature has opened, on its audit entry: the intake's, for the files it stores.
  putWithinChange(caseFile: CaseFile): void;
  settings(): CaseworkSettings;
  saveSettings(settings: CaseworkSettings, audit: CaseAudit): void;
  merges(): { id: string; merge: IdentityMerge }[];
  saveMerge(id: string, merge: IdentityMerge, audit: CaseAudit): void;
  // Answers whether there was such a merge.
  deleteMerge(id: string, audit: CaseAudit): boolean;
  findings(): { id: string; finding: Finding }[];
  saveFinding(id: string, finding: Finding, audit: CaseAudit): void;
  signOff(year: number): SummarySignOff | undefined;
  saveSignOff(signOff: SummarySignOff, audit: CaseAudit): void;
  // An action that changes no stored row, such as saving the summary to a file or opening a record.
  recordAction(audit: CaseAudit): void;
}
