import type { InstallationRole } from '../shared/installation-role.ts';

export interface RoleSource {
  role(): InstallationRole | null;
  status(): { unlocked: boolean };
  recoveryKeyConfirmed(): boolean;
}

// The role the page's window is to be opened with: the vault's, once it names one. The window is replaced to
// change it (the preload reads its role once, before the page runs), and never while setup shows a recovery key
// that exists nowhere else: that page stays until the key is confirmed, and the next window resumes after it.
export function windowRoleFor(vault: RoleSource, current: InstallationRole | null): InstallationRole | null {
  const installed = vault.role();
  if (installed === current) return current;
  if (vault.status().unlocked && !vault.recoveryKeyConfirmed()) return current;
  return installed;
}
