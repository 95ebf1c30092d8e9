import { AUDIT_ACTIONS, type AuditEntry } from '../../shared/audit-event.ts';
import type { ProfileService } from '../profile/profile-service.ts';
import type { VaultService } from '../vault/vault-service.ts';

export interface SessionStatus {
  exists: boolean;
  unlocked: boolean;
  autoLockMinutes: number | null;
  idleLockInMs: number | null;
  // Null while locked: whether setup has been finished is itself inside the vault.
  setupComplete: boolean | null;
  recoveryKeyConfirmed: boolean | null;
}

export interface AuditEntryView extends AuditEntry {
  actionLabel: string;
}

// The vault as the page sees it: every change of lock state answers with the status the page then shows.
export class SessionService {
  private readonly vault: VaultService;
  private readonly profile: ProfileService;

  constructor(vault: VaultService, profile: ProfileService) {
    this.vault = vault;
    this.profile = profile;
  }

  status(): SessionStatus {
    const { exists, unlocked, autoLockMinutes, idleLockInMs } = this.vault.status();
    if (!unlocked) return { exists, unlocked, autoLockMinutes, idleLockInMs, setupComplete: null, recoveryKeyConfirmed: null };
    // Setup is complete only with the recovery key confirmed as well as the profile saved, in whatever order.
    const recoveryKeyConfirmed = this.vault.recoveryKeyConfirmed();
    return {
      exists,
      unlocked,
      autoLockMinutes,
      idleLockInMs,
      setupComplete: recoveryKeyConfirmed && this.profile.isSetupComplete(),
      recoveryKeyConfirmed,
    };
  }

  // acceptRollback: the person read that recent saves may have been lost and opens the vault anyway.
  async unlock(passphrase: string, acceptRollback?: boolean): Promise<SessionStatus> {
    await this.vault.unlock(passphrase, acceptRollback === undefined ? {} : { acceptRollback });
    return this.status();
  }

  lock(): SessionStatus {
    this.vault.lock();
    return this.status();
  }

  // The page asks once it has saved the open draft; main still decides whether the idle time has run out.
  autoLock(): SessionStatus {
    this.vault.lockIfIdle();
    return this.status();
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<SessionStatus> {
    await this.vault.recover(recoveryKey, newPassphrase);
    return this.status();
  }

  auditTrail(): AuditEntryView[] {
    return this.vault.auditTrail().map((entry) => ({ ...entry, actionLabel: AUDIT_ACTIONS[entry.action] }));
  }
}
