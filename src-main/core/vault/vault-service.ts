import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { Clock, RandomBytes } from '../clock.ts';
import type { Database } from 'better-sqlite3';
import { UserError } from '../../shared/errors.ts';
import type { InstallationRole } from '../../shared/installation-role.ts';
import type { DecodedHeader, VaultHeader } from './header.ts';
import { requireAcceptedCost } from './kdf-policy.ts';
import { readHeader } from './header-row.ts';
import { type AuditAction, type AuditEntry, type AuditEvent } from '../../shared/audit-event.ts';
import { COUNTER_KEY_SLOT } from './commit-counter.ts';
import { lostSavesOf, watchCommits, type CounterOptions } from './commit-watch.ts';
import { DEFAULT_KDF_COST, type KdfCost } from './crypto-params.ts';
import { checkPassphrase } from '../../shared/passphrase-policy.ts';
import { moveIntoPlace, removeVaultFiles, replaceVaultFile, stageCopy, verifyBackupCopy, writeBackup } from './vault-backup.ts';
import { EncryptedTable } from './encrypted-table.ts';
import { FullVerification, type VerificationStatus } from './full-verification.ts';
import { drainPendingEvents, recordPendingEvent } from './pending-audit.ts';
import type { StoredKind } from './stored-kind.ts';
import { RecordRows, type DescribeVersion } from './record-rows.ts';
import { parseRecoveryKey, type RecoveryKey } from './recovery-key.ts';
import { addAccount, confirmRecoveryKey, issueRecoveryKey, recoverFirstAccount, removeAccount, replacePassphrase, type KeyContext } from './key-management.ts';
import { isRecoveryKeyConfirmed, markRecoveryKeyPending, RECOVERY_KEY_PENDING_SLOT } from './recovery-key-state.ts';
import { loadSodium, type Sodium } from './sodium.ts';
import { UnlockThrottle, writeFailures } from './throttle.ts';
import { migrateOnOpen } from './migrate-on-open.ts';
import { asVaultCorrupt, openDatabase, VAULT_FILE_NAME } from './vault-file.ts';
import {
  asVersion2,
  AUDIT_KEYPAIR_SLOT,
  createVaultIn,
  openSession,
  openWithPassphrase,
  openWithRecovery,
  upgradedHeader,
  type OpeningContext,
} from './vault-opening.ts';
import type { AuditEntrySigner, VaultSession } from './vault-session.ts';
import { DEFAULT_VAULT_SETTINGS, SETTINGS_SLOT, vaultSettingsSchema, type VaultSettings } from '../../shared/vault-settings.ts';

// The contract's input keeps `currentPassphrase` absent or undefined alike: both mean "not given".
export interface RestoreCredentials {
  backupPassphrase: string;
  currentPassphrase?: string | undefined;
}

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

// What an audit entry may say besides its action: the record it concerns, and a note.
export type AuditAbout = Pick<AuditEntry, 'target' | 'note'>;

export interface VaultServiceOptions {
  dataDir: string;
  clock: Clock;
  random: RandomBytes;
  // Argon2id cost for new vaults and new passphrases; a header may ask for it or for the default, nothing else.
  kdfCost?: KdfCost;
  // Every kind the typed tables may hold (the app passes `STORED_KINDS`); `table()` refuses any other.
  kinds?: readonly StoredKind[];
}

// What a change records in the audit trail; the time and the actor are the vault's to fill in.
export type ChangeAudit = Omit<AuditEvent, 'at' | 'actor' | 'unverified'>;

export interface VaultStatus {
  exists: boolean;
  unlocked: boolean;
  autoLockMinutes: number | null;
  // How long until the idle lock by this service's clock (0 once run out); null while locked.
  idleLockInMs: number | null;
}

interface Unlocked {
  session: VaultSession;
  verification: FullVerification;
  settings: VaultSettings;
  lastActivityMs: number;
  // When main's own checks first found the idle time run out: the grace period starts there.
  idleNoticedAtMs?: number;
}

// Slots the vault manages itself; writing them through the generic path would break it.
const RESERVED_SLOTS: readonly string[] = [AUDIT_KEYPAIR_SLOT, SETTINGS_SLOT, RECOVERY_KEY_PENDING_SLOT, COUNTER_KEY_SLOT];

const keyPairSchema = z.object({ publicKey: z.string(), privateKey: z.string() }).strict();

export type UnlockOptions = CounterOptions;

// A feature that knows who holds an account (core/staff) names the signer of the entries written while it is
// open. It reads its rows through the session being entered or locked, which `table()` cannot reach then.
export interface OpenAccount {
  slotId: string;
  sodium: Sodium;
  table: <S extends z.ZodType>(kind: StoredKind<S>) => EncryptedTable<S>;
}
export type AuditSignerSource = (account: OpenAccount) => AuditEntrySigner | undefined;

// One vault file per data folder. Holds the unlocked session, the idle timer and the unlock throttle.
export class VaultService {
  readonly path: string;
  private readonly clock: Clock;
  private readonly random: RandomBytes;
  private readonly kdfCost: KdfCost;
  private readonly kinds = new Map<string, StoredKind>();
  private readonly unlockedListeners: (() => void)[] = [];
  private readonly lockedListeners: (() => void)[] = [];
  private loadedSodium: Sodium | undefined;
  private unlocked: Unlocked | undefined;
  // The passphrase slot (account) that opened the vault this session; undefined after a recovery, which
  // replaces the first account's passphrase rather than naming an officer.
  private openedSlotId: string | undefined;
  private auditSignerSource: AuditSignerSource | undefined;
  // The role the header names, once read: it stays while locked, for the file is the same.
  private knownRole: InstallationRole | undefined;
  private readonly throttle: UnlockThrottle;
  private busy = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: VaultServiceOptions) {
    this.path = join(options.dataDir, VAULT_FILE_NAME);
    this.clock = options.clock;
    this.random = options.random;
    this.throttle = new UnlockThrottle(options.clock);
    this.kdfCost = options.kdfCost ?? DEFAULT_KDF_COST;
    for (const kind of options.kinds ?? []) {
      if (this.kinds.has(kind.name)) throw new Error(`two stored kinds are named ${kind.name}`);
      this.kinds.set(kind.name, kind);
    }
  }

  status(): VaultStatus {
    return {
      exists: existsSync(this.path),
      unlocked: this.unlocked !== undefined,
      autoLockMinutes: this.unlocked?.settings.autoLockMinutes ?? null,
      idleLockInMs: this.unlocked ? this.idleLockInMs(this.unlocked) : null,
    };
  }

  // Who this installation serves, as its header says; null before a vault exists or before its header was read.
  role(): InstallationRole | null {
    return this.knownRole ?? null;
  }

  // Reads the role from the header without unlocking (the header is the vault's only plaintext part). A version 1
  // header predates roles: every vault then was a handler's.
  readRole(): Promise<InstallationRole | null> {
    return this.exclusive(async () => {
      if (!existsSync(this.path)) return null;
      if (this.knownRole) return this.knownRole;
      const context = await this.context();
      const db = this.openExisting();
      try {
        const decoded = this.readHeader(db, context);
        this.knownRole = roleOfHeader(decoded);
        return this.knownRole;
      } finally {
        db.close();
      }
    });
  }

  // Built in a staging file and renamed into place only when complete: a crash half-way leaves no vault (and a
  // stale staging file that the next attempt removes), never one that can neither be opened nor created again.
  create(passphrase: string, role: InstallationRole = 'handler'): Promise<{ recoveryKey: string; checkDigits: string }> {
    return this.exclusive(() => this.createNow(passphrase, role));
  }

  private async createNow(passphrase: string, role: InstallationRole): Promise<{ recoveryKey: string; checkDigits: string }> {
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
      const created = await createVaultIn(db, context, passphrase, this.kdfCost, role);
      vaultKey = new Uint8Array(created.session.key);
      recoveryKey = created.recoveryKey;
      created.session.change(() => markRecoveryKeyPending(created.session));
      created.session.close();
    } catch (error) {
      if (db.open) db.close();
      removeVaultFiles(staging);
      throw error;
    }
    moveIntoPlace(staging, this.path);
    const live = this.openExisting();
    try {
      const decoded = this.readHeader(live, context);
      this.openedSlotId = 'slots' in decoded.header ? decoded.header.slots.find((slot) => slot.kind === 'passphrase')?.id : undefined;
      this.enter(openSession(live, context, decoded, vaultKey), context.sodium);
    } catch (error) {
      live.close();
      throw error;
    }
    return { recoveryKey: recoveryKey.display, checkDigits: recoveryKey.checkDigits };
  }

  // `acceptRollback`: the person read that recent saves may be lost and chose to open the vault as it is.
  unlock(passphrase: string, options: UnlockOptions = {}): Promise<void> {
    return this.exclusive(() => this.unlockNow(passphrase, options));
  }

  private async unlockNow(passphrase: string, options: UnlockOptions = {}): Promise<void> {
    if (this.unlocked) throw new UserError('VAULT_ALREADY_UNLOCKED');
    const context = await this.context();
    const db = this.openExisting();
    let session: VaultSession | undefined;
    try {
      const decoded = this.readHeader(db, context);
      this.throttle.enforce(db);
      const opened = await openWithPassphrase(context, decoded, passphrase);
      if (!opened) this.failedAttempt(db, context, decoded, 'unlockFailed', 'WRONG_PASSPHRASE');
      // A vault of the older layout is checked for lost saves before its rows are moved, which writes to it.
      let lostSaves: UserError | undefined;
      let moved = false;
      const live = openSession(db, context, decoded, opened.vaultKey, (legacy) => {
        lostSaves = lostSavesOf(legacy, context.sodium, this.path, options);
        moved = true;
      });
      session = live;
      if (!moved) lostSaves = lostSavesOf(live, context.sodium, this.path, options);
      const upgraded = await upgradedHeader(context, decoded, opened.vaultKey, passphrase);
      this.openedSlotId = upgraded ? upgraded.slots.find((slot) => slot.kind === 'passphrase')?.id : opened.slotId;
      this.enter(live, context.sodium, 'unlocked', () => {
        if (upgraded) {
          live.writeHeader(upgraded);
          live.appendAudit({ at: live.now(), actor: 'system', action: 'vaultUpgraded' });
        }
        if (lostSaves) live.appendAudit({ at: live.now(), actor: 'owner', action: 'rollbackAccepted', note: lostSaves.message });
      });
    } catch (error) {
      if (!this.unlocked) closeRefused(db, session);
      throw error;
    }
  }

  // The recovery key replaces a forgotten passphrase. It has been typed (perhaps seen), so it is used up: the vault
  // key is rotated, the passphrase replaced, and a new recovery key must be issued and confirmed.
  recover(typedRecoveryKey: string, newPassphrase: string): Promise<void> {
    return this.exclusive(() => this.recoverNow(typedRecoveryKey, newPassphrase));
  }

  private async recoverNow(typedRecoveryKey: string, newPassphrase: string): Promise<void> {
    if (this.unlocked) throw new UserError('VAULT_ALREADY_UNLOCKED');
    checkPassphrase(newPassphrase);
    const context = await this.context();
    const recoveryBytes = parseRecoveryKey(context.sodium, typedRecoveryKey);
    const db = this.openExisting();
    let session: VaultSession | undefined;
    try {
      const decoded = this.readHeader(db, context);
      this.throttle.enforce(db);
      const opened = openWithRecovery(context, decoded, recoveryBytes);
      if (!opened) this.failedAttempt(db, context, decoded, 'recoveryFailed', 'WRONG_RECOVERY_KEY');
      const live = openSession(db, context, decoded, opened.vaultKey);
      session = live;
      this.openedSlotId = await recoverFirstAccount(live, this.keyContext(context), asVersion2(context, decoded), newPassphrase);
      this.enter(live, context.sodium, 'recoveryUsed');
    } catch (error) {
      if (!this.unlocked) closeRefused(db, session);
      throw error;
    }
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.exclusive(() => this.changePassphraseNow(current, next));
  }

  private async changePassphraseNow(current: string, next: string): Promise<void> {
    checkPassphrase(next);
    const { session, header, slotId } = await this.checkPassphraseWhileUnlocked(current);
    await replacePassphrase(session, this.keyContext(await this.context()), header, slotId, next);
  }

  recoveryKeyConfirmed(): boolean {
    return isRecoveryKeyConfirmed(this.require().session);
  }

  issueRecoveryKey(): Promise<{ recoveryKey: string; checkDigits: string }> {
    return this.exclusive(() => this.issueRecoveryKeyNow());
  }

  private async issueRecoveryKeyNow(): Promise<{ recoveryKey: string; checkDigits: string }> {
    const context = await this.context();
    const { session } = this.require();
    const issued = issueRecoveryKey(session, this.keyContext(context), this.currentHeader(session, context));
    return { recoveryKey: issued.display, checkDigits: issued.checkDigits };
  }

  confirmRecoveryKey(typed: string): Promise<void> {
    return this.exclusive(() => this.confirmRecoveryKeyNow(typed));
  }

  private async confirmRecoveryKeyNow(typed: string): Promise<void> {
    const context = await this.context();
    const { session } = this.require();
    this.throttle.enforce(session.db);
    const decoded = this.readHeader(session.db, context);
    if (!confirmRecoveryKey(session, context, decoded, typed)) {
      const message = this.throttle.fail(session.db);
      this.recordFailure(session, 'recoveryFailed');
      throw new UserError('WRONG_RECOVERY_KEY', `与本次显示的恢复密钥不一致，请对照抄写件逐组核对。此前显示过的恢复密钥已经作废。${waitNote(message)}`);
    }
    this.throttle.reset();
  }

  // Accounts are passphrase slots; the handler's installation has one, a discipline body's one per officer.
  // `holder` writes, through `table()`, what a feature keeps about the person the account is for, and answers the
  // audit entry for it: both land in the transaction that adds the slot, or neither does.
  addAccount(passphrase: string, holder?: (slotId: string) => ChangeAudit): Promise<string> {
    return this.exclusive(() => this.addAccountNow(passphrase, holder));
  }

  private async addAccountNow(passphrase: string, holder?: (slotId: string) => ChangeAudit): Promise<string> {
    checkPassphrase(passphrase);
    const context = await this.context();
    const { session } = this.require();
    const alsoWrite = holder && ((slotId: string) => session.appendAudit({ at: session.now(), actor: 'owner', ...holder(slotId) }));
    return addAccount(session, this.keyContext(context), this.currentHeader(session, context), passphrase, alsoWrite);
  }

  // `holder`, as for addAccount, inside the transaction that removes the slot and rotates the vault key.
  removeAccount(slotId: string, holder?: () => ChangeAudit): Promise<void> {
    return this.exclusive(() => this.removeAccountNow(slotId, holder));
  }

  private async removeAccountNow(slotId: string, holder?: () => ChangeAudit): Promise<void> {
    const context = await this.context();
    const { session } = this.require();
    const alsoWrite = holder && (() => session.appendAudit({ at: session.now(), actor: 'owner', ...holder() }));
    removeAccount(session, this.keyContext(context), this.currentHeader(session, context), slotId, alsoWrite);
  }

  // Which account (passphrase slot) opened the vault this session, for a feature that attributes work to people.
  openedAccount(): string | undefined {
    this.require();
    return this.openedSlotId;
  }

  async accounts(): Promise<string[]> {
    const context = await this.context();
    const { session } = this.require();
    return this.currentHeader(session, context).slots.flatMap((slot) => (slot.kind === 'passphrase' ? [slot.id] : []));
  }

  lock(reason: 'manual' | 'idle' = 'manual'): void {
    const unlocked = this.unlocked;
    if (!unlocked) return;
    this.unlocked = undefined;
    for (const listener of this.lockedListeners) listener();
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

  // The records table, for the records lifecycle (records/record-versions.ts), which owns what may change.
  recordRows<S extends z.ZodType>(schema: S, describe: DescribeVersion): RecordRows<S> {
    return new RecordRows(() => this.require().session, schema, describe);
  }

  // The libsodium the open vault uses, for features that hash with it (a record's fingerprint).
  sodium(): Sodium {
    return this.require().session.sodium;
  }

  // The vault's clock, as written into rows and the audit trail.
  now(): string {
    return this.require().session.now();
  }

  settings(): VaultSettings {
    return { ...this.require().settings };
  }

  saveSettings(settings: VaultSettings): VaultSettings {
    const unlocked = this.require();
    const valid = vaultSettingsSchema.parse(settings);
    unlocked.session.change(() => {
      unlocked.session.writeSingleton(SETTINGS_SLOT, valid);
      unlocked.session.appendAudit({ at: unlocked.session.now(), actor: 'owner', action: 'settingsChanged' });
    });
    unlocked.settings = valid;
    return { ...valid };
  }

  readSingleton<S extends z.ZodType>(slot: string, schema: S): z.output<S> | undefined {
    return this.require().session.readSingleton(slot, schema);
  }

  // A registered kind's rows. The handle follows the vault through locks and unlocks: each call uses the session
  // open at that moment, and answers VAULT_LOCKED while there is none.
  table<S extends z.ZodType>(kind: StoredKind<S>): EncryptedTable<S> {
    if (this.kinds.get(kind.name) !== kind) throw new Error(`stored kind not registered: ${kind.name}`);
    return new EncryptedTable(() => this.require().session, kind);
  }

  // Every entry the person causes from then on (unlock, saves, the lock itself) is signed by the signer it names.
  signAuditEntriesWith(source: AuditSignerSource): void {
    this.auditSignerSource = source;
  }

  private auditSignerFor(session: VaultSession): AuditEntrySigner | undefined {
    const slotId = this.openedSlotId;
    if (!this.auditSignerSource || slotId === undefined) return undefined;
    return this.auditSignerSource({
      slotId,
      sodium: session.sodium,
      table: (kind) => {
        if (this.kinds.get(kind.name) !== kind) throw new Error(`stored kind not registered: ${kind.name}`);
        return new EncryptedTable(() => session, kind);
      },
    });
  }

  // The full verification started at unlock: how far it has come and what it found. Polled by the page.
  verification(): VerificationStatus {
    const { status } = this.require().verification;
    return { ...status, problems: [...status.problems] };
  }

  // Settles when the verification started at the last unlock has finished (or its session was closed).
  verificationDone(): Promise<VerificationStatus> {
    return this.require().verification.done;
  }

  // Told after every unlock, once the typed tables' content is current: the records lifecycle brings its own
  // rows' content to the current version there.
  onUnlocked(listener: () => void): void {
    this.unlockedListeners.push(listener);
  }

  // Told as the vault locks, so a feature can drop whatever decrypted content it keeps in memory.
  onLocked(listener: () => void): void {
    this.lockedListeners.push(listener);
  }

  // Writes to typed tables, in one transaction with one audit entry and the manifest: all of them land or none.
  change<T>(audit: ChangeAudit, work: () => T): T {
    const { session } = this.require();
    return session.change(() => {
      const done = work();
      session.appendAudit({ at: session.now(), actor: 'owner', ...audit });
      return done;
    });
  }

  hasSingleton(slot: string): boolean {
    return this.require().session.hasSingleton(slot);
  }

  // Several slots in one transaction and one audit entry: what the person saved together is stored together.
  // `about` names the record the change concerns, and why, on that entry.
  writeSingletons(values: Record<string, unknown>, action: AuditAction, about: AuditAbout = {}): void {
    const reserved = Object.keys(values).filter((slot) => RESERVED_SLOTS.includes(slot));
    if (reserved.length > 0) throw new Error(`slots reserved for the vault itself: ${reserved.join(', ')}`);
    const { session } = this.require();
    session.change(() => {
      for (const [slot, value] of Object.entries(values)) session.writeSingleton(slot, value);
      session.appendAudit({ at: session.now(), actor: 'owner', action, ...about });
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

  // Restoring replaces the live vault with an older state: a rollback, so it needs the current vault's passphrase
  // (checked through the same throttle as an unlock) and is logged. The candidate is copied next to the vault and
  // verified in full, with the passphrase it was made with, before the live file is touched.
  restore(source: string, credentials: RestoreCredentials): Promise<void> {
    return this.exclusive(() => this.restoreNow(source, credentials));
  }

  private async restoreNow(source: string, credentials: RestoreCredentials): Promise<void> {
    const context = await this.context();
    if (existsSync(this.path)) await this.checkCurrentPassphrase(context, credentials.currentPassphrase);
    ensureDataFolder(this.path);
    const staging = `${this.path}.restore`;
    stageCopy(source, staging);
    try {
      await verifyBackupCopy(staging, context, requireAcceptedCost(this.kdfCost), credentials.backupPassphrase);
    } catch (error) {
      removeVaultFiles(staging);
      if (error instanceof UserError && error.code === 'WRONG_PASSPHRASE' && existsSync(this.path)) this.countRestoreFailure(context, error);
      throw error;
    }
    this.lock();
    this.knownRole = undefined;
    const stamp = this.clock.now().toISOString().replace(/[:.]/g, '-');
    replaceVaultFile(staging, this.path, `${this.path}.before-restore-${stamp}`);
    this.throttle.reset();
    await this.unlockNow(credentials.backupPassphrase, { resetCounter: true });
    this.recordAction('backupRestored');
  }

  auditTrail(): AuditEntry[] {
    return this.require().session.readAudit();
  }

  require(): Unlocked {
    if (!this.unlocked) throw new UserError('VAULT_LOCKED');
    return this.unlocked;
  }

  // Key operations wait for each other and hold off auto-lock: each awaits Argon2id in a worker for about a second,
  // and a second unlock, or a lock closing the database, must not run in the middle of one.
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      this.busy += 1;
      try {
        return await work();
      } finally {
        this.busy -= 1;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  // Failed attempts waiting in pending_audit go into the trail first, so it never runs backwards in time; then
  // whatever the unlock itself changes (a re-wrapped key) and its own entry, all in one transaction.
  private enter(session: VaultSession, sodium: Sodium, action?: 'unlocked' | 'recoveryUsed', alsoWrite?: () => void): void {
    session.signAuditWith(() => this.auditSignerFor(session));
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
    this.knownRole = roleOfHeader(readHeader(session.db, sodium, requireAcceptedCost(this.kdfCost)));
    watchCommits(session, sodium, this.path, this.random);
    this.unlocked = {
      session,
      verification: new FullVerification(session, () => this.unlocked?.session === session),
      settings,
      lastActivityMs: this.clock.now().getTime(),
    };
    this.upgradeStoredContent();
  }

  // Content migrations, after unlock: rows written at an older content version are rewritten at the current one,
  // in one change with one audit entry. Reads already bring such rows up in memory, so a migration that cannot be
  // written now (a full disk, a busy file) loses nothing and is tried again at the next unlock.
  private upgradeStoredContent(): void {
    try {
      this.upgradeTypedContent();
      for (const listener of this.unlockedListeners) listener();
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
    }
  }

  private upgradeTypedContent(): void {
    const { session } = this.require();
    const kinds = [...this.kinds.values()].filter((kind) => kind.contentVersion > 1 && session.typedIds(kind.name).length > 0);
    if (kinds.length === 0) return;
    try {
      this.change({ action: 'contentMigrated' }, () => {
        const upgraded = kinds.reduce((sum, kind) => sum + this.table(kind).upgradeStoredContent(), 0);
        if (upgraded === 0) throw new NothingToUpgrade();
      });
    } catch (error) {
      if (!(error instanceof NothingToUpgrade)) throw error;
    }
  }

  // A wrong passphrase or recovery key, wherever it was typed: counted by the one throttle and left in the trail
  // (sealed to the audit key while locked, so it is there at the next unlock).
  private failedAttempt(db: Database, context: OpeningContext, decoded: DecodedHeader, action: 'unlockFailed' | 'recoveryFailed' | 'passphraseCheckFailed', code: 'WRONG_PASSPHRASE' | 'WRONG_RECOVERY_KEY'): never {
    const message = this.throttle.fail(db);
    recordPendingEvent(db, context.sodium, decoded.header.auditPublicKey, { at: this.clock.now().toISOString(), actor: 'unknown', action });
    throw new UserError(code, code === 'WRONG_PASSPHRASE' ? message : `恢复密钥与本数据库不匹配。${waitNote(message)}`);
  }

  private recordFailure(session: VaultSession, action: 'recoveryFailed' | 'passphraseCheckFailed'): void {
    session.change(() => session.appendAudit({ at: session.now(), actor: 'unknown', action }));
  }

  // The current passphrase, while unlocked (changing it): it must open a slot, and the slot must hold this key.
  private async checkPassphraseWhileUnlocked(passphrase: string): Promise<{ session: VaultSession; header: VaultHeader; slotId: string }> {
    const context = await this.context();
    const { session } = this.require();
    this.throttle.enforce(session.db);
    const decoded = this.readHeader(session.db, context);
    const opened = await openWithPassphrase(context, decoded, passphrase);
    const matches = opened !== undefined && context.sodium.memcmp(opened.vaultKey, session.key);
    if (opened) context.sodium.memzero(opened.vaultKey);
    if (!matches || decoded.version !== 2) {
      const message = this.throttle.fail(session.db);
      this.recordFailure(session, 'passphraseCheckFailed');
      throw new UserError('WRONG_PASSPHRASE', message);
    }
    this.throttle.reset();
    return { session, header: decoded.header, slotId: opened.slotId };
  }

  // The current passphrase or recovery key, before a restore replaces the vault. A vault whose file can no longer
  // be read at all has nothing to roll back, so it may be replaced without one.
  private async checkCurrentPassphrase(context: OpeningContext, secret: string | undefined): Promise<void> {
    if (this.unlocked) {
      if (secret === undefined) throw new UserError('CURRENT_PASSPHRASE_REQUIRED');
      await this.checkPassphraseWhileUnlocked(secret);
      return;
    }
    let db;
    try {
      db = this.openExisting();
    } catch (error) {
      if (isUnreadable(error)) return;
      throw error;
    }
    try {
      let decoded: DecodedHeader;
      try {
        decoded = this.readHeader(db, context);
      } catch (error) {
        if (isUnreadable(error)) return;
        throw error;
      }
      if (secret === undefined) throw new UserError('CURRENT_PASSPHRASE_REQUIRED');
      this.throttle.enforce(db);
      const recoveryBytes = looksLikeRecoveryKey(context.sodium, secret);
      const opened = recoveryBytes ? openWithRecovery(context, decoded, recoveryBytes) : await openWithPassphrase(context, decoded, secret);
      if (!opened) this.failedAttempt(db, context, decoded, 'passphraseCheckFailed', 'WRONG_PASSPHRASE');
      context.sodium.memzero(opened.vaultKey);
    } finally {
      db.close();
    }
  }

  // A wrong backup passphrase is a guess too, counted against the live vault the restore would replace.
  private countRestoreFailure(context: OpeningContext, error: UserError): void {
    if (this.unlocked) {
      this.throttle.fail(this.unlocked.session.db);
      this.recordFailure(this.unlocked.session, 'passphraseCheckFailed');
      return;
    }
    const db = this.openExisting();
    try {
      const decoded = this.readHeader(db, context);
      this.throttle.fail(db);
      recordPendingEvent(db, context.sodium, decoded.header.auditPublicKey, { at: this.clock.now().toISOString(), actor: 'unknown', action: 'passphraseCheckFailed', note: error.code });
    } finally {
      db.close();
    }
  }

  private readHeader(db: Database, context: OpeningContext): DecodedHeader {
    return readHeader(db, context.sodium, requireAcceptedCost(this.kdfCost));
  }

  // The header of an unlocked vault, upgraded at its unlock: always version 2.
  private currentHeader(session: VaultSession, context: OpeningContext): VaultHeader {
    const decoded = this.readHeader(session.db, context);
    if (decoded.version !== 2) throw new UserError('HEADER_CORRUPT');
    return decoded.header;
  }

  private keyContext(context: OpeningContext): KeyContext {
    return { ...context, kdfCost: this.kdfCost };
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
    const db = openDatabase(this.path, { create: false });
    try {
      asVaultCorrupt(() => migrateOnOpen(db, this.path, this.clock.now().toISOString().replace(/[:.]/g, '-')));
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  }

  private async context(): Promise<OpeningContext> {
    this.loadedSodium ??= await loadSodium();
    return { sodium: this.loadedSodium, clock: this.clock, random: this.random };
  }
}

// Rolls back a content migration that found every row current, so it leaves no audit entry.
class NothingToUpgrade extends Error {}

// The throttle's wait, as the sentence after a refusal.
function waitNote(throttleMessage: string): string {
  const wait = /请等待 \d+ 秒后再试/.exec(throttleMessage);
  return wait ? `为防止猜测，${wait[0]}。` : '';
}

function isUnreadable(error: unknown): boolean {
  return error instanceof UserError && ['VAULT_CORRUPT', 'HEADER_CORRUPT', 'FILE_UNREADABLE'].includes(error.code);
}

function looksLikeRecoveryKey(sodium: Sodium, text: string): Uint8Array | undefined {
  try {
    return parseRecoveryKey(sodium, text);
  } catch {
    return undefined;
  }
}

// An unlock that failed after the keys were known wipes them; either way the file is left as it was found.
function closeRefused(db: Database, session: VaultSession | undefined): void {
  if (session) session.discard();
  else if (db.open) db.close();
}

function roleOfHeader(decoded: DecodedHeader): InstallationRole {
  return decoded.version === 2 ? decoded.header.role : 'handler';
}
