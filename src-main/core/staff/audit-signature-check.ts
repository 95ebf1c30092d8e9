import type { AuditEntry } from '../../shared/audit-event.ts';
import { auditSignedBytes } from '../../shared/audit-signature.ts';
import type { Sodium } from '../vault/sodium.ts';

export type AuditSignatureStatus = 'valid' | 'invalid';

const SIGNATURE_BYTES = 64;

// Checks an entry's signature against the public key registered for the member it names (removed members keep
// theirs, so their past entries still check). Undefined for an entry nobody signed: a handler's installation, or
// an entry written before staff accounts signed. Naming a member and bearing no signature, or one that does not
// verify, or naming a member this installation never registered, is 'invalid'.
export function auditSignatureStatus(entry: AuditEntry, publicKeys: ReadonlyMap<string, string>, sodium: Sodium): AuditSignatureStatus | undefined {
  if (entry.by === undefined && entry.signature === undefined) return undefined;
  const publicKey = entry.by === undefined ? undefined : publicKeys.get(entry.by.memberId);
  if (publicKey === undefined || entry.signature === undefined) return 'invalid';
  const signature = sodium.from_hex(entry.signature);
  if (signature.length !== SIGNATURE_BYTES) return 'invalid';
  return sodium.crypto_sign_verify_detached(signature, auditSignedBytes(entry), sodium.from_hex(publicKey)) ? 'valid' : 'invalid';
}
