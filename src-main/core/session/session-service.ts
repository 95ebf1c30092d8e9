import { AUDIT_ACTIONS, type AuditEntry } from '../../shared/audit-event.ts';
import type { InstallationRole } from '../../shared/installation-role.ts';
import type { ExchangeKeyService } from '../exchange/exchange-key-service.ts';
import type { ProfileService } from '../profile/profile-service.ts';
import type { AuditSignatureStatus } from '../staff/audit-signature-check.ts';
import type { StaffService } from '../staff/staff-service.ts';
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

// The signature itself stays in main: the page is told whether it verifies against the member's registered key.
export interface AuditEntryView extends Omit<AuditEntry, 'signature'> {
  actionLabel: string;
  signatureStatus?: AuditSignatureStatus;
}

// The vault as the page sees it: every change of lock state answers with the status the page then shows.
export class SessionService {
  private readonly vault: VaultService;
  private readonly profile: ProfileService;
  private readonly exchangeKeys: ExchangeKeyService;
  private readonly staff: Pick<StaffService, 'auditSignatures'>;

  constructor(vault: VaultService, profile: ProfileService, exchangeKeys: ExchangeKeyService, staff: Pick<StaffService, 'auditSignatures'>) {
    this.vault = vault;
    this.profile = profile;
    this.exchangeKeys = exchangeKeys;
    this.staff = staff;
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
    const entries = this.vault.auditTrail();
    const statuses = this.staff.auditSignatures(entries);
    return entries.map(({ signature: _signature, ...entry }, index) => {
      const signatureStatus = statuses[index];
      return { ...entry, actionLabel: AUDIT_ACTIONS[entry.action], ...(signatureStatus === undefined ? {} : { signatureStatus }) };
    });
  }
}
