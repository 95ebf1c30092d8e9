import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { Clock, RandomBytes } from '../clock.ts';
import { UserError } from '../../shared/errors.ts';
import { type AuditAction, type AuditEntry } from '../../shared/audit-event.ts';
import { DEFAULT_KDF_COST, type KdfCost } from './crypto-params.ts';
import { checkPassphrase } from '../../shared/passphrase-policy.ts';
import { moveIntoPlace, removeVaultFiles, replaceVaultFile, stageCopy, verifyBackupCopy, writeBackup } from './vault-backup.ts';
import { drainPendingEvents, recordPendingEvent } from './pending-audit.ts';
import { RecordStore } from './record-store.ts';
import { parseRecoveryKey, type RecoveryKey } from './recovery-key.ts';
import { confirmRecoveryKey, issueRecoveryKey } from './recovery-key-rotation.ts';
import { clearRecoveryKeyPending, isRecoveryKeyConfirmed, RECOVERY_KEY_PENDING_SLOT } from './recovery-key-state.ts';
import { loadSodium, type Sodium } from './sodium.ts';
import { UnlockThrottle, writeFailures } from './throttle.ts';
import { openDatabase, VAULT_FILE_NAME } from './vault-file.ts';
import {
  AUDIT_KEYPAIR_SLOT,
  createVaultIn,
  openSession,
  readHeader,
  unwrapWithPassphrase,
  unwrapWithRecovery,
  wrapWithPassphrase,
  writeHeader,
  writeSingleton,
  type OpeningContext,
} from './vault-opening.ts';
import { MANIFEST_SLOT, type VaultSession } from './vault-session.ts';
import { DEFAULT_VAULT_SETTINGS, SETTINGS_SLOT, vaultSettingsSchema, type VaultSettings } from '../../shared/vault-settings.ts';

const MS_PER_MINUTE = 60_000;
// Once the idle time has run out, main's own checks still wait this long before they lock, counted from when they
// first notice: the page uses it to save the open draft and lock (lockIfIdle). Counting from the notice, not from
// the idle deadline, keeps it when the machine wakes from hours of sleep and main's timer and the page's pending
// save fire at the same moment.
export const IDLE_LOCK_GRACE_MS = 30_000;
// Only the person who owns the vault may list or open its folder (POSIX; Windows keeps the profile's ACL).
const DATA_FOLDER_MODE = 0o700;

function ensureDataFolder(vaultPath: string): void {
  mkdirSync(dirname(vaultPath), { recursive: true, mode: DATA_FOLDER_MODE });
}

export interface VaultServiceOptions {
  dataDir: string;
  clock: Clock;
  random: RandomBytes;
  // Cost for new vaults and new passphrases, and the floor below which a header is refused.
  kdfCost?: KdfCost;
  kdfFloor?: KdfCost;
}

export interface VaultStatus {
  exists: boolean;
  unlocked: boolean;
  autoLockMinutes: number | null;
  // How long until the idle lock by this service's clock (0 once run out); null while locked.
  idleLockInMs: number | null;
}

interface Unlocked {
  session: VaultSession;
  records: RecordStore;
  settings: VaultSettings;
  lastActivityMs: number;
  // When main's own checks first found the idle time run out: the grace period starts there.
  idleNoticedAtMs?: number;
}

// Slots the vault manages itself; writing them through the generic path would break it.
const RESERVED_SLOTS: readonly string[] = [MANIFEST_SLOT, AUDIT_KEYPAIR_SLOT, SETTINGS_SLOT, RECOVERY_KEY_PENDING_SLOT];

const keyPairSchema = z.object({ publicKey: z.string(), privateKey: z.string() }).strict();

// One vault file per data folder. Holds the unlocked session, the idle timer and the unlock throttle.
export class VaultService {
  readonly path: string;
  private readonly clock: Clock;
  private readonly random: RandomBytes;
  private readonly kdfCost: KdfCost;
  private readonly kdfFloor: KdfCost;
  private sodium: Sodium | undefined;
  private unlocked: Unlocked | undefined;
  private readonly throttle: UnlockThrottle;
  private busy = 0;

  constructor(options: VaultServiceOptions) {
    this.path = join(options.dataDir, VAULT_FILE_NAME);
    this.clock = options.clock;
    this.random = options.random;
    this.throttle = new UnlockThrottle(options.clock);
    this.kdfCost = options.kdfCost ?? DEFAULT_KDF_COST;
    this.kdfFloor = options.kdfFloor ?? DEFAULT_KDF_COST;
  }

  status(): VaultStatus {
    return {
      exists: existsSync(this.path),
      unlocked: this.unlocked !== undefined,
      autoLockMinutes: this.unlocked?.settings.autoLockMinutes ?? null,
      idleLockInMs: this.unlocked ? this.idleLockInMs(this.unlocked) : null,
    };
  }

  // Built in a staging file and renamed into place only when complete: a crash half-way leaves no vault (and a
  // stale staging file that the next attempt removes), never one that can neither be opened nor created again.
  async create(passphrase: string): Promise<{ recoveryKey: string; checkDigits: string }> {
    checkPassphrase(passphrase);
    if (existsSync(this.path)) throw new UserError('VAULT_EXISTS');
    const context = await this.context();
    ensureDataFolder(this.path);
    const staging = `${this.path}.creating`;
    removeVaultFiles(staging);
    const db = openDatabase(staging, { create: true });
    let vaultKey: Uint8Array;
    let recoveryKey: RecoveryKey;
    try {
      const created = createVaultIn(db, context, passphrase, this.kdfCost);
      vaultKey = new Uint8Array(created.session.key);
      recoveryKey = created.recoveryKey;
      created.session.close();
    } catch (error) {
      if (db.open) db.close();
      removeVaultFiles(staging);
      throw error;
    }
    moveIntoPlace(staging, this.path);
    const live = this.openExisting();
    try {
      this.enter(openSession(live, context, readHeader(live, context.sodium, this.kdfFloor), vaultKey), context.sodium);
    } catch (error) {
      live.close();
      throw error;
    }
    return { recoveryKey: recoveryKey.display, checkDigits: recoveryKey.checkDigits };
  }

  async unlock(passphrase: string): Promise<void> {
    if (this.unlocked) throw new UserError('VAULT_ALREADY_UNLOCKED');
    const context = await this.context();
    const db = this.openExisting();
    try {
      const decoded = readHeader(db, context.sodium, this.kdfFloor);
      this.throttle.enforce(db);
      const vaultKey = unwrapWithPassphrase(context, decoded, passphrase);
      if (!vaultKey) {
        const message = this.throttle.fail(db);
        recordPendingEvent(db, context.sodium, decoded.header.auditPublicKey, {
          at: this.clock.now().toISOString(),
          actor: 'unknown',
          action: 'unlockFailed',
        });
        throw new UserError('WRONG_PASSPHRASE', message);
      }
      const session = openSession(db, context, decoded, vaultKey);
      this.enter(session, context.sodium, 'unlocked');
    } catch (error) {
      if (!this.unlocked) db.close();
      throw error;
    }
  }

  // The recovery key replaces a forgotten passphrase: the vault key is re-wrapped, no record is re-encrypted.
  async recover(typedRecoveryKey: string, newPassphrase: string): Promise<void> {
    if (this.unlocked) throw new UserError('VAULT_ALREADY_UNLOCKED');
    checkPassphrase(newPassphrase);
    const context = await this.context();
    const recoveryBytes = parseRecoveryKey(context.sodium, typedRecoveryKey);
    const db = this.openExisting();
    try {
      const decoded = readHeader(db, context.sodium, this.kdfFloor);
      const vaultKey = unwrapWithRecovery(context, decoded, recoveryBytes);
      if (!vaultKey) throw new UserError('WRONG_RECOVERY_KEY');
      const session = openSession(db, context, decoded, vaultKey);
      const rewrapped = wrapWithPassphrase(context, vaultKey, decoded.header.vaultId, newPassphrase, this.kdfCost);
      // Using the key proves it is held, which is what confirming it during setup asks for.
      this.enter(session, context.sodium, 'recoveryUsed', () => {
        writeHeader(db, context.sodium, { ...decoded.header, ...rewrapped });
        clearRecoveryKeyPending(session);
      });
    } catch (error) {
      if (!this.unlocked) db.close();
      throw error;
    }
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    const unlocked = this.require();
    checkPassphrase(next);
    const context = await this.context();
    const decoded = readHeader(unlocked.session.db, context.sodium, this.kdfFloor);
    const vaultKey = unwrapWithPassphrase(context, decoded, current);
    if (!vaultKey || !context.sodium.memcmp(vaultKey, unlocked.session.key)) throw new UserError('WRONG_PASSPHRASE');
    context.sodium.memzero(vaultKey);
    const rewrapped = wrapWithPassphrase(context, unlocked.session.key, decoded.header.vaultId, next, this.kdfCost);
    unlocked.session.change(() => {
      writeHeader(unlocked.session.db, context.sodium, { ...decoded.header, ...rewrapped });
      unlocked.session.appendAudit({ at: unlocked.session.now(), actor: 'owner', action: 'passphraseChanged' });
    });
  }

  recoveryKeyConfirmed(): boolean {
    return isRecoveryKeyConfirmed(this.require().session);
  }

  async issueRecoveryKey(): Promise<{ recoveryKey: string; checkDigits: string }> {
    const context = await this.context();
    const { session } = this.require();
    const issued = issueRecoveryKey(session, context, readHeader(session.db, context.sodium, this.kdfFloor));
    return { recoveryKey: issued.display, checkDigits: issued.checkDigits };
  }

  async confirmRecoveryKey(typed: string): Promise<void> {
    const context = await this.context();
    const { session } = this.require();
    confirmRecoveryKey(session, context, readHeader(session.db, context.sodium, this.kdfFloor), typed);
  }

  lock(reason: 'manual' | 'idle' = 'manual'): void {
    const unlocked = this.unlocked;
    if (!unlocked) return;
    this.unlocked = undefined;
    try {
      unlocked.session.change(() =>
        unlocked.session.appendAudit({
          at: unlocked.session.now(),
          actor: reason === 'idle' ? 'system' : 'owner',
          action: reason === 'idle' ? 'autoLocked' : 'locked',
        }),
      );
    } finally {
      unlocked.session.close();
    }
  }

  // The page's own auto-lock, once it has saved the open draft: locks as soon as the idle time has run out.
  lockIfIdle(): boolean {
    const unlocked = this.unlocked;
    if (!unlocked || this.busy > 0 || this.idleLockInMs(unlocked) > 0) return false;
    this.lock('idle');
    return true;
  }

  // Called on a timer by the shell and before every request, so the keys leave memory even if the page never
  // locks: locks once the idle time has run out and the grace period after it has passed.
  lockIfIdleAfterGrace(): boolean {
    const unlocked = this.unlocked;
    if (!unlocked || this.busy > 0 || this.idleLockInMs(unlocked) > 0) return false;
    const nowMs = this.clock.now().getTime();
    unlocked.idleNoticedAtMs ??= nowMs;
    if (nowMs - unlocked.idleNoticedAtMs < IDLE_LOCK_GRACE_MS) return false;
    this.lock('idle');
    return true;
  }

  // Activity after the idle time has run out does not revive the session: the page is saving and locking.
  touch(): void {
    const unlocked = this.unlocked;
    if (unlocked && this.idleLockInMs(unlocked) > 0) unlocked.lastActivityMs = this.clock.now().getTime();
  }

  records(): RecordStore {
    return this.require().records;
  }

  settings(): VaultSettings {
    return { ...this.require().settings };
  }

  saveSettings(settings: VaultSettings): VaultSettings {
    const unlocked = this.require();
    const valid = vaultSettingsSchema.parse(settings);
    unlocked.session.change(() => {
      writeSingleton(unlocked.session, SETTINGS_SLOT, valid);
      unlocked.session.appendAudit({ at: unlocked.session.now(), actor: 'owner', action: 'settingsChanged' });
    });
    unlocked.settings = valid;
    return { ...valid };
  }

  readSingleton<S extends z.ZodType>(slot: string, schema: S): z.output<S> | undefined {
    return this.require().session.readSingleton(slot, schema);
  }

  hasSingleton(slot: string): boolean {
    return this.require().session.hasSingleton(slot);
  }

  // Several slots in one transaction and one audit entry: what the person saved together is stored together.
  writeSingletons(values: Record<string, unknown>, action: AuditAction): void {
    const reserved = Object.keys(values).filter((slot) => RESERVED_SLOTS.includes(slot));
    if (reserved.length > 0) throw new Error(`slots reserved for the vault itself: ${reserved.join(', ')}`);
    const { session } = this.require();
    session.change(() => {
      for (const [slot, value] of Object.entries(values)) writeSingleton(session, slot, value);
      session.appendAudit({ at: session.now(), actor: 'owner', action });
    });
  }

  // For actions that happen outside the vault (print, export, import): the trail must still show them.
  recordAction(action: AuditAction, target?: { recordId: string; version: number }, note?: string): void {
    const { session } = this.require();
    session.change(() =>
      session.appendAudit({
        at: session.now(),
        actor: 'owner',
        action,
        ...(target ? { target } : {}),
        ...(note === undefined ? {} : { note }),
      }),
    );
  }

  // Auto-lock waits while a backup runs: closing the database under it would only make the backup fail.
  async backup(destination: string): Promise<void> {
    const unlocked = this.require();
    this.busy += 1;
    try {
      await writeBackup(unlocked.session.db, destination);
    } finally {
      this.busy -= 1;
    }
    this.recordAction('backupCreated');
  }

  // The candidate is copied next to the vault and verified in full before the live file is touched.
  async restore(source: string, passphrase: string): Promise<void> {
    const context = await this.context();
    ensureDataFolder(this.path);
    const staging = `${this.path}.restore`;
    stageCopy(source, staging);
    try {
      verifyBackupCopy(staging, context, this.kdfFloor, passphrase);
    } catch (error) {
      removeVaultFiles(staging);
      throw error;
    }
    this.lock();
    const stamp = this.clock.now().toISOString().replace(/[:.]/g, '-');
    replaceVaultFile(staging, this.path, `${this.path}.before-restore-${stamp}`);
    this.throttle.reset();
    await this.unlock(passphrase);
    this.recordAction('backupRestored');
  }

  auditTrail(): AuditEntry[] {
    return this.require().session.readAudit();
  }

  require(): Unlocked {
    if (!this.unlocked) throw new UserError('VAULT_LOCKED');
    return this.unlocked;
  }

  // Failed attempts waiting in pending_audit go into the trail first, so it never runs backwards in time; then
  // whatever the unlock itself changes (a re-wrapped key) and its own entry, all in one transaction.
  private enter(session: VaultSession, sodium: Sodium, action?: 'unlocked' | 'recoveryUsed', alsoWrite?: () => void): void {
    const settings = this.loadSettings(session);
    if (action) {
      const keyPair = session.readSingleton(AUDIT_KEYPAIR_SLOT, keyPairSchema);
      if (!keyPair) throw new UserError('ROW_TAMPERED');
      session.change(() => {
        drainPendingEvents(session, sodium, keyPair);
        writeFailures(session.db, 0);
        alsoWrite?.();
        session.appendAudit({ at: session.now(), actor: 'owner', action });
      });
    }
    this.throttle.reset();
    this.unlocked = {
      session,
      records: new RecordStore(session, sodium, this.random),
      settings,
      lastActivityMs: this.clock.now().getTime(),
    };
  }

  private idleLockInMs(unlocked: Unlocked): number {
    const idleMs = this.clock.now().getTime() - unlocked.lastActivityMs;
    return Math.max(0, unlocked.settings.autoLockMinutes * MS_PER_MINUTE - idleMs);
  }

  private loadSettings(session: VaultSession): VaultSettings {
    return session.readSingleton(SETTINGS_SLOT, vaultSettingsSchema) ?? DEFAULT_VAULT_SETTINGS;
  }

  private openExisting() {
    if (!existsSync(this.path)) throw new UserError('VAULT_NOT_FOUND');
    return openDatabase(this.path, { create: false });
  }

  private async context(): Promise<OpeningContext> {
    this.sodium ??= await loadSodium();
    return { sodium: this.sodium, clock: this.clock, random: this.random };
  }
}
