import { UserError } from '../../shared/errors.ts';
import type { DecodedHeader } from './header.ts';
import { parseRecoveryKey, type RecoveryKey } from './recovery-key.ts';
import {
  clearRecoveryKeyPending,
  isRecoveryKeyConfirmed,
  RECOVERY_KEY_PENDING_SLOT,
  type RecoveryKeyPending,
} from './recovery-key-state.ts';
import { unwrapWithRecovery, wrapWithNewRecoveryKey, writeHeader, writeSingleton, type OpeningContext } from './vault-opening.ts';
import type { VaultSession } from './vault-session.ts';

// A key that was shown but never confirmed may be lost: it is replaced by a new one, and the header's recovery
// wrap with it, in the same transaction as the audit entry, so the old key stops opening the vault. A confirmed key
// is never replaced: the person keeps it sealed on paper.
export function issueRecoveryKey(session: VaultSession, context: OpeningContext, decoded: DecodedHeader): RecoveryKey {
  if (isRecoveryKeyConfirmed(session)) throw new UserError('RECOVERY_KEY_ALREADY_CONFIRMED');
  const { recoveryKey, recoveryWrap } = wrapWithNewRecoveryKey(context, session.key, decoded.vaultId, decoded.header.vaultId);
  session.change(() => {
    writeHeader(session.db, context.sodium, { ...decoded.header, recoveryWrap });
    writeSingleton(session, RECOVERY_KEY_PENDING_SLOT, { issuedAt: session.now() } satisfies RecoveryKeyPending);
    session.appendAudit({ at: session.now(), actor: 'owner', action: 'recoveryKeyIssued' });
  });
  return recoveryKey;
}

// The retyped key must unwrap the vault key from the header: that, not a comparison of two strings, is what proves
// the person can recover the vault with what they wrote down.
export function confirmRecoveryKey(session: VaultSession, context: OpeningContext, decoded: DecodedHeader, typed: string): void {
  const { sodium } = context;
  const recoveryBytes = parseRecoveryKey(sodium, typed);
  const vaultKey = unwrapWithRecovery(context, decoded, recoveryBytes);
  const matches = vaultKey !== undefined && sodium.memcmp(vaultKey, session.key);
  if (vaultKey) sodium.memzero(vaultKey);
  if (!matches) {
    throw new UserError('WRONG_RECOVERY_KEY', '与本次显示的恢复密钥不一致，请对照抄写件逐组核对。此前显示过的恢复密钥已经作废。');
  }
  session.change(() => {
    clearRecoveryKeyPending(session);
    session.appendAudit({ at: session.now(), actor: 'owner', action: 'recoveryKeyConfirmed' });
  });
}
