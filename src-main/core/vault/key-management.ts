import { UserError } from '../../shared/errors.ts';
import { VAULT_KEY_BYTES, type KdfCost } from './crypto-params.ts';
import type { DecodedHeader, KeySlot, VaultHeader } from './header.ts';
import { newKdfParams, passphraseKey, passphraseSlot, recoverySlot, sealSlot, type OpenableSlot, type UnsealedSlot } from './key-slots.ts';
import { generateRecoveryKey, parseRecoveryKey, type RecoveryKey } from './recovery-key.ts';
import { clearRecoveryKeyPending, isRecoveryKeyConfirmed, markRecoveryKeyPending, RECOVERY_KEY_PENDING_SLOT } from './recovery-key-state.ts';
import { openWithRecovery, type OpeningContext } from './vault-opening.ts';
import type { VaultSession } from './vault-session.ts';

// Every change of who can open the vault. Adding a way in only seals the current vault key to a new slot; taking
// one away (a passphrase replaced, an account removed, a recovery key used or replaced) rotates the vault key, so
// the way taken away, and any copy of an older header, opens nothing in the file any more.
export interface KeyContext extends OpeningContext {
  kdfCost: KdfCost;
  onProgress?: (done: number, total: number) => void;
}

function rotate(
  session: VaultSession,
  context: KeyContext,
  header: VaultHeader,
  keep: (slot: KeySlot) => boolean,
  added: UnsealedSlot[],
  alsoWrite: () => void,
  replacing: readonly string[] = [],
): void {
  const { sodium } = context;
  const vaultKey = context.random(VAULT_KEY_BYTES);
  // A version 1 recovery wrap holds the old key and cannot be re-sealed without the recovery key: it goes.
  const kept = header.slots.filter((slot): slot is OpenableSlot => keep(slot) && slot.kind !== 'legacyRecovery');
  const slots = [...kept, ...added].map((slot) => sealSlot(sodium, slot, vaultKey));
  session.rotate(
    vaultKey,
    () => {
      session.writeHeader({ ...header, slots });
      if (!slots.some((slot) => slot.kind === 'recovery') && !session.hasSingleton(RECOVERY_KEY_PENDING_SLOT)) markRecoveryKeyPending(session);
      alsoWrite();
    },
    context.onProgress,
    replacing,
  );
  // The old ciphertexts leave the WAL now rather than at the next lock.
  session.db.pragma('wal_checkpoint(TRUNCATE)');
}

function audit(session: VaultSession, action: 'passphraseChanged' | 'recoveryKeyIssued' | 'accountRemoved'): void {
  session.appendAudit({ at: session.now(), actor: 'owner', action });
}

// A new passphrase slot: its Argon2id key is derived off the main thread before anything is written.
async function newPassphraseSlot(context: KeyContext, header: VaultHeader, passphrase: string, id?: string): Promise<UnsealedSlot> {
  const kdf = newKdfParams(context, context.kdfCost);
  return passphraseSlot(context, header, await passphraseKey(context.sodium, passphrase, kdf), kdf, id);
}

// The account keeps its slot id, so a discipline body's officer is still known as themselves after the change.
export async function replacePassphrase(session: VaultSession, context: KeyContext, header: VaultHeader, slotId: string, next: string): Promise<void> {
  const slot = await newPassphraseSlot(context, header, next, slotId);
  rotate(session, context, header, (kept) => kept.id !== slotId, [slot], () => audit(session, 'passphraseChanged'));
}

// The recovery key stood in for the first account's passphrase: that passphrase and every recovery slot go (the
// key was typed, perhaps seen), and the app asks for a new recovery key to be issued and confirmed. The account
// keeps its slot id, so on a discipline body's installation its officer is still known as themselves.
// Answers that account's slot id: the session the recovery opens is that account's.
export async function recoverFirstAccount(session: VaultSession, context: KeyContext, header: VaultHeader, newPassphrase: string): Promise<string> {
  const first = header.slots.find((slot) => slot.kind === 'passphrase');
  const slot = await newPassphraseSlot(context, header, newPassphrase, first?.id);
  rotate(session, context, header, (kept) => kept.kind === 'passphrase' && kept.id !== first?.id, [slot], () => undefined);
  return slot.id;
}

// A key that was shown but never confirmed may be lost: it is replaced, and the vault key with it. A confirmed key
// is never replaced: the person keeps it sealed on paper.
export function issueRecoveryKey(session: VaultSession, context: KeyContext, header: VaultHeader): RecoveryKey {
  if (isRecoveryKeyConfirmed(session)) throw new UserError('RECOVERY_KEY_ALREADY_CONFIRMED');
  const recoveryKey = generateRecoveryKey(context.sodium, context.random);
  const pendingAgain = () => {
    markRecoveryKeyPending(session);
    audit(session, 'recoveryKeyIssued');
  };
  const slot = recoverySlot(context, header, recoveryKey.bytes);
  rotate(session, context, header, (kept) => kept.kind === 'passphrase', [slot], pendingAgain, [RECOVERY_KEY_PENDING_SLOT]);
  return recoveryKey;
}

// The retyped key must open the vault from the header: that, not a comparison of two strings, is what proves the
// person can recover the vault with what they wrote down. Answers false for a well-formed key that does not.
export function confirmRecoveryKey(session: VaultSession, context: OpeningContext, decoded: DecodedHeader, typed: string): boolean {
  const opened = openWithRecovery(context, decoded, parseRecoveryKey(context.sodium, typed));
  const matches = opened !== undefined && context.sodium.memcmp(opened.vaultKey, session.key);
  if (opened) context.sodium.memzero(opened.vaultKey);
  if (!matches) return false;
  session.change(() => {
    clearRecoveryKeyPending(session);
    session.appendAudit({ at: session.now(), actor: 'owner', action: 'recoveryKeyConfirmed' });
  });
  return true;
}

// Another account (a discipline body's officer): a slot of its own, sealed to the current vault key. `alsoWrite`
// stores what a feature keeps about the account's holder in the same transaction, so no account exists without
// its holder, nor a holder without their account.
export async function addAccount(
  session: VaultSession,
  context: KeyContext,
  header: VaultHeader,
  passphrase: string,
  alsoWrite: (slotId: string) => void = () => undefined,
): Promise<string> {
  const slot = await newPassphraseSlot(context, header, passphrase);
  session.change(() => {
    session.writeHeader({ ...header, slots: [...header.slots, sealSlot(context.sodium, slot, session.key)] });
    session.appendAudit({ at: session.now(), actor: 'owner', action: 'accountAdded' });
    alsoWrite(slot.id);
  });
  return slot.id;
}

export function removeAccount(session: VaultSession, context: KeyContext, header: VaultHeader, slotId: string, alsoWrite: () => void = () => undefined): void {
  const accounts = header.slots.filter((slot) => slot.kind === 'passphrase');
  if (!accounts.some((slot) => slot.id === slotId)) throw new UserError('ACCOUNT_NOT_FOUND');
  if (accounts.length === 1) throw new UserError('LAST_ACCOUNT');
  rotate(session, context, header, (slot) => slot.id !== slotId, [], () => {
    audit(session, 'accountRemoved');
    alsoWrite();
  });
}
