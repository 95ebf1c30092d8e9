import type { VaultSession } from './vault-session.ts';

// While the recovery key the header holds has not been confirmed (retyped), this encrypted slot exists; confirming
// removes it. Presence is read from the manifest's index without decrypting, so a damaged row can never make an
// unlock that succeeded answer as a failure, and a vault made before the slot existed counts as confirmed.
export const RECOVERY_KEY_PENDING_SLOT = 'recovery-key-pending';

export interface RecoveryKeyPending {
  issuedAt: string;
}

// Inside a change: a key was shown (or none is held) and must be retyped before setup counts as complete.
export function markRecoveryKeyPending(session: VaultSession): void {
  session.writeSingleton(RECOVERY_KEY_PENDING_SLOT, { issuedAt: session.now() } satisfies RecoveryKeyPending);
}

export function isRecoveryKeyConfirmed(session: VaultSession): boolean {
  return !session.hasSingleton(RECOVERY_KEY_PENDING_SLOT);
}

// Inside a change: the row goes, and with it its entry in the manifest's row set.
export function clearRecoveryKeyPending(session: VaultSession): void {
  session.deleteSingleton(RECOVERY_KEY_PENDING_SLOT);
}
