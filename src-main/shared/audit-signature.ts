import type { AuditEntry } from './audit-event.ts';
import { canonicalJson } from './canonical-json.ts';

// Names what the bytes are, so a signature over an audit entry can never be taken for one over anything else the
// same key signs (the annual summary's 签批, a future format).
export const AUDIT_SIGNATURE_PURPOSE = 'liuhen/audit-entry/v1';

const encoder = new TextEncoder();

// The bytes a staff member's Ed25519 key signs for one audit entry: every field as stored (seq, time, actor, action,
// target, note, unverified, by) but the signature itself, in RFC 8785 canonical JSON, which leaves out fields
// whose value is undefined just as the stored JSON does.
export function auditSignedBytes(entry: AuditEntry): Uint8Array {
  return encoder.encode(canonicalJson({ purpose: AUDIT_SIGNATURE_PURPOSE, entry: { ...entry, signature: undefined } }));
}
