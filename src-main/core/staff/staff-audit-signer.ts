import type { AuditEntrySigner } from '../vault/vault-session.ts';
import type { OpenAccount } from '../vault/vault-service.ts';
import { staffMemberKind } from './staff-kinds.ts';

// The member whose account is open signs the entries they cause, with their own Ed25519 key. A staff row that
// cannot be read signs nothing rather than refusing the unlock or the lock: the full verification names that row.
export function staffAuditSigner({ slotId, sodium, table }: OpenAccount): AuditEntrySigner | undefined {
  const row = table(staffMemberKind)
    .read()
    .rows.find(({ value }) => value.slotId === slotId && value.removedAt === null);
  const signSeed = row?.value.signSeed;
  if (!row || signSeed === null || signSeed === undefined) return undefined;
  const { name } = row.value;
  return {
    by: { memberId: row.id, name },
    sign: (message) => {
      const keys = sodium.crypto_sign_seed_keypair(sodium.from_hex(signSeed));
      try {
        return sodium.to_hex(sodium.crypto_sign_detached(message, keys.privateKey));
      } finally {
        sodium.memzero(keys.privateKey);
      }
    },
  };
}
