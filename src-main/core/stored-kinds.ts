import { caseFileKind, caseworkSettingsKind, findingKind, identityMergeKind, summarySignOffKind } from './casework/casework-kinds.ts';
import { staffMemberKind } from './staff/staff-kinds.ts';
import { EXCHANGE_KINDS } from './exchange/exchange-kinds.ts';
import { receivedSummaryKind } from './office/office-kinds.ts';
import { recordListKind } from './records/record-list-index.ts';
import type { StoredKind } from './vault/stored-kind.ts';

// Every kind of row the vault's typed tables hold, once (Bitwarden's state definitions): a kind missing here is
// refused by `VaultService.table`, and two kinds with one name stop the app at start. How to add one:
// docs/architecture.md, "Adding a stored kind".
export const STORED_KINDS: readonly StoredKind[] = [
  recordListKind,
  ...EXCHANGE_KINDS,
  caseFileKind,
  caseworkSettingsKind,
  identityMergeKind,
  findingKind,
  receivedSummaryKind,
  summarySignOffKind,
  staffMemberKind,
];
