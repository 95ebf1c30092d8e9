import type { VaultSession } from './vault-session.ts';

// While the recovery key the header holds has not been confirmed (retyped), this encrypted slot exists; confirming
// removes it. Presence is read from the manifest's index without decrypting, so a damaged row can never make an
// unlock that succeeded answer as a failure, and a vault made before the slot existed counts as confirmed.
export const RECOVERY_KEY_PENDING_SLOT = 'recovery-key-pending';

export interface RecoveryKeyPending {
  issuedAt: string;
}

const PENDING_REF = { table: 'singletons', id: RECOVERY_KEY_PENDING_SLOT, version: 1 } as const;

export function isRecoveryKeyConfirmed(session: VaultSession): boolean {
  return !session.hasSingleton(RECOVERY_KEY_PENDING_SLOT);
}

// Inside a change: the row goes, and with it its entry in the manifest's row set.
export function clearRecoveryKeyPending(session: VaultSession): void {
  if (isRecoveryKeyConfirmed(session)) return;
  session.db.prepare('DELETE FROM singletons WHERE slot = ?').run(RECOVERY_KEY_PENDING_SLOT);
  session.forgetRow(PENDING_REF);
}
