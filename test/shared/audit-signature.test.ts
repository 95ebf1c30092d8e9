import { describe, expect, it } from 'vitest';
import { auditEntrySchema, auditEventSchema } from '../../src-main/shared/audit-event.ts';
import { auditSignedBytes } from '../../src-main/shared/audit-signature.ts';

const decoder = new TextDecoder();

// The bytes are the format: another implementation, given docs/vault-format.md, must produce exactly these.
describe('the bytes a staff member signs for an audit entry', () => {
  const entry = auditEntrySchema.parse({
    seq: 12,
    at: '2026-12-28T02:00:00.000Z',
    actor: 'owner',
    action: 'caseOpened',
    target: { recordId: 'r1', version: 1 },
    by: { memberId: '0123456789abcdef0123456789abcdef', name: '孙某' },
    signature: 'ab'.repeat(64),
  });

  it('are the canonical JSON of the purpose and the entry, keys sorted, without the signature', () => {
    expect(decoder.decode(auditSignedBytes(entry))).toBe(
      '{"entry":{"action":"caseOpened","actor":"owner","at":"2026-12-28T02:00:00.000Z","by":{"memberId":"0123456789abcdef0123456789abcdef","name":"孙某"},"seq":12,"target":{"recordId":"r1","version":1}},"purpose":"liuhen/audit-entry/v1"}',
    );
  });

  it('do not depend on key order or on the signature, and change with any signed field', () => {
    const reordered = { signature: 'cd'.repeat(64), by: entry.by, target: entry.target, action: entry.action, actor: entry.actor, at: entry.at, seq: entry.seq };
    expect(auditSignedBytes(reordered)).toEqual(auditSignedBytes(entry));
    expect(auditSignedBytes({ ...entry, note: '' })).not.toEqual(auditSignedBytes(entry));
    expect(auditSignedBytes({ ...entry, by: { memberId: '0123456789abcdef0123456789abcdef', name: '李某' } })).not.toEqual(auditSignedBytes(entry));
  });

  it('a pending failed attempt, sealed while locked, cannot bring a member or a signature of its own', () => {
    const pending = { at: entry.at, actor: 'unknown', action: 'unlockFailed' };
    expect(auditEventSchema.safeParse(pending).success).toBe(true);
    expect(auditEventSchema.safeParse({ ...pending, by: entry.by }).success).toBe(false);
    expect(auditEventSchema.safeParse({ ...pending, signature: entry.signature }).success).toBe(false);
  });

  it('a stored entry’s member and signature have their exact shapes', () => {
    expect(auditEntrySchema.safeParse({ ...entry, by: { memberId: 'short', name: '孙某' } }).success).toBe(false);
    expect(auditEntrySchema.safeParse({ ...entry, signature: 'not hex' }).success).toBe(false);
  });
});
