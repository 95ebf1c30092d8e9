import type { StoredKind } from './vault/stored-kind.ts';

// Every kind of row the vault's typed tables hold, once (Bitwarden's state definitions): a kind missing here is
// refused by `VaultService.table`, and two kinds with one name stop the app at start. How to add one:
// docs/architecture.md, "Adding a stored kind".
export const STORED_KINDS: readonly StoredKind[] = [];
