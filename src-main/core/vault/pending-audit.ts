import { fromUtf8, utf8 } from './bytes.ts';
import type { Database } from 'better-sqlite3';
import { auditEventSchema, type AuditEvent } from '../../shared/audit-event.ts';
import { padToBucket, unpad } from './padding.ts';
import type { Sodium } from './sodium.ts';
import type { VaultSession } from './vault-session.ts';

const MAX_PENDING_ENTRIES = 500;
// The only events written before any key is known: a wrong passphrase or recovery key, wherever it was typed.
const FAILED_ATTEMPTS: readonly AuditEvent['action'][] = ['unlockFailed', 'recoveryFailed', 'passphraseCheckFailed'];

// A failed unlock happens before any key is known: the event is padded (so its length does not say which kind
// of attempt failed), sealed to the vault's audit public key and moved into the hash-chained audit trail at the
// next successful unlock.
export function recordPendingEvent(db: Database, sodium: Sodium, auditPublicKey: string, event: AuditEvent): void {
  const sealed = sodium.crypto_box_seal(padToBucket(utf8(JSON.stringify(event))), sodium.from_base64(auditPublicKey));
  db.transaction(() => {
    db.prepare('INSERT INTO pending_audit (sealed) VALUES (?)').run(sealed);
    db.prepare(
      'DELETE FROM pending_audit WHERE id NOT IN (SELECT id FROM pending_audit ORDER BY id DESC LIMIT ?)',
    ).run(MAX_PENDING_ENTRIES);
  })();
}

// Runs inside the unlock's change: entries that do not open or do not parse are dropped, since anyone holding
// the file could have written them.
export function drainPendingEvents(session: VaultSession, sodium: Sodium, keyPair: { publicKey: string; privateKey: string }): void {
  const rows = session.db.prepare('SELECT id, sealed FROM pending_audit ORDER BY id').all() as { id: number; sealed: Uint8Array }[];
  const publicKey = sodium.from_base64(keyPair.publicKey);
  const privateKey = sodium.from_base64(keyPair.privateKey);
  for (const row of rows) {
    const event = openPending(sodium, row.sealed, publicKey, privateKey);
    if (event) session.appendAudit({ ...event, unverified: true });
  }
  sodium.memzero(privateKey);
  session.db.prepare('DELETE FROM pending_audit').run();
}

function openPending(sodium: Sodium, sealed: Uint8Array, publicKey: Uint8Array, privateKey: Uint8Array): AuditEvent | undefined {
  try {
    const opened = sodium.crypto_box_seal_open(sealed, publicKey, privateKey);
    // Entries written before padding end with the JSON's closing brace, which is no valid padding.
    const parsed = auditEventSchema.safeParse(JSON.parse(fromUtf8(unpad(opened) ?? opened)));
    return parsed.success && FAILED_ATTEMPTS.includes(parsed.data.action) ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
