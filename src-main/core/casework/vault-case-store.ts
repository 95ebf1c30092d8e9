import type { CaseFile } from '../../shared/casework/case-file.ts';
import { DEFAULT_CASEWORK_SETTINGS, type CaseworkSettings } from '../../shared/casework/casework-settings.ts';
import type { VaultService } from '../vault/vault-service.ts';
import type { CaseAudit, CaseStore } from './case-store.ts';
import { caseFileKind, caseworkSettingsKind, findingKind, identityMergeKind, summarySignOffKind } from './casework-kinds.ts';

const SETTINGS_ROW_ID = 'current';

// Case files in the vault's encrypted tables: each save is one transaction with its audit entry, which names the
// record and version it concerns. Who did it, the vault adds and the staff member signs (core/staff).
export function vaultCaseStore(vault: VaultService): CaseStore {
  const change = <T>(audit: CaseAudit, work: () => T): T => vault.change(audit, work);
  const cases = () => vault.table(caseFileKind);
  const settings = () => vault.table(caseworkSettingsKind);
  const merges = () => vault.table(identityMergeKind);
  const findings = () => vault.table(findingKind);
  return {
    list: () => cases().list().map((row) => row.value),
    get: (recordId) => (cases().has(recordId) ? cases().get(recordId) : undefined),
    save: (caseFile: CaseFile, audit: CaseAudit) => {
      const target = { recordId: caseFile.entry.recordId, version: caseFile.entry.record.version };
      change({ ...audit, target }, () => cases().put(caseFile.entry.recordId, caseFile));
    },
    putWithinChange: (caseFile: CaseFile) => cases().put(caseFile.entry.recordId, caseFile),
    settings: () => settings().get(SETTINGS_ROW_ID) ?? DEFAULT_CASEWORK_SETTINGS,
    saveSettings: (value: CaseworkSettings, audit: CaseAudit) => {
      change(audit, () => settings().put(SETTINGS_ROW_ID, value));
    },
    merges: () => merges().list().map((row) => ({ id: row.id, merge: row.value })),
    saveMerge: (id, merge, audit) => {
      change(audit, () => merges().put(id, merge));
    },
    deleteMerge: (id, audit) => (merges().has(id) ? change(audit, () => merges().delete(id)) : false),
    findings: () => findings().list().map((row) => ({ id: row.id, finding: row.value })),
    saveFinding: (id, finding, audit) => {
      change(audit, () => findings().put(id, finding));
    },
    signOff: (year) => (vault.table(summarySignOffKind).has(String(year)) ? vault.table(summarySignOffKind).get(String(year)) : undefined),
    saveSignOff: (signOff, audit) => {
      change(audit, () => vault.table(summarySignOffKind).put(String(signOff.year), signOff));
    },
    recordAction: ({ action, target, note }: CaseAudit) => {
      vault.recordAction(action, target, note);
    },
  };
}
