import type { ContentUpgrade } from '../vault/stored-kind.ts';

// The versions of a record version's content (the filled-in form). A draft written at an older version is
// rewritten at the current one after unlock and read upgraded meanwhile. A finalized version is a sealed
// document: its content stays exactly as it was finalized, at its own version, because that is what its printed
// fingerprint covers; whoever reads finalized content reads every version that was ever current.
export interface RecordContentVersions {
  current: number;
  // upgrades[n - 1] turns content of version n into n + 1.
  upgrades: readonly ContentUpgrade[];
}

export const RECORD_CONTENT_VERSIONS: RecordContentVersions = { current: 1, upgrades: [] };
