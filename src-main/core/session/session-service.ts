import { AUDIT_ACTIONS, type AuditEntry } from '../../shared/audit-event.ts';
import type { InstallationRole } from '../../shared/installation-role.ts';
import type { ExchangeKeyService } from '../exchange/exchange-key-service.ts';
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
  // Null while locked, like setupComplete: the page needs it only to show the workspace of an open vault.
  role: InstallationRole | null;
}

export interface AuditEntryView extends AuditEntry {
  actionLabel: string;
}

// The vault as the page sees it: every change of lock state answers with the status the page then shows.
export class SessionService {
  private readonly vault: VaultService;
  private readonly profile: ProfileService;
  private readonly exchangeKeys: ExchangeKeyService;

  constructor(vault: VaultService, profile: ProfileService, exchangeKeys: ExchangeKeyService) {
    this.vault = vault;
    this.profile = profile;
    this.exchangeKeys = exchangeKeys;
  }

  status(): SessionStatus {
    const { exists, unlocked, autoLockMinutes, idleLockInMs } = this.vault.status();
    if (!unlocked) {
      return { exists, unlocked, autoLockMinutes, idleLockInMs, setupComplete: null, recoveryKeyConfirmed: null, role: null };
    }
    // Setup is complete only with the recovery key confirmed as well as the role's own step done, in whatever
    // order: a handler's profile, a discipline body's name and keys.
    const recoveryKeyConfirmed = this.vault.recoveryKeyConfirmed();
    const role = this.vault.role() ?? 'handler';
    const roleStepDone = role === 'handler' ? this.profile.isSetupComplete() : this.exchangeKeys.hasBodyKeys();
    return {
      exists,
      unlocked,
      autoLockMinutes,
      idleLockInMs,
      setupComplete: recoveryKeyConfirmed && roleStepDone,
      recoveryKeyConfirmed,
      role,
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
