import { z } from 'zod';
import type { RandomBytes } from '../clock.ts';
import { UserError } from '../../shared/errors.ts';
import { formatRecordNumber } from '../../shared/form/record-number.ts';
import type { RecordRows, UnreadableRecord } from '../vault/record-rows.ts';
import { rowFailure } from '../vault/row-failure.ts';
import type { VaultService } from '../vault/vault-service.ts';
import { versionFingerprint } from './record-fingerprint.ts';

// A record id is random: it says nothing about the record, and is printed on the paper as its 编号.
const RECORD_ID_BYTES = 16;

export const storedVersionSchema = z
  .object({
    recordId: z.string(),
    version: z.number().int().positive(),
    status: z.enum(['draft', 'finalized']),
    createdAt: z.string(),
    savedAt: z.string(),
    finalizedAt: z.string().nullable(),
    amendsDigest: z.string().nullable(),
    amendmentReason: z.string().nullable(),
    digest: z.string().nullable(),
    content: z.unknown(),
  })
  .strict();

export type StoredVersion = z.infer<typeof storedVersionSchema>;

export type { UnreadableRecord };

export function describeRecordVersion(recordId: string, version: number): string {
  return `记录表（编号 ${formatRecordNumber(recordId)}，第${version}版）`;
}

type RecordAction = 'recordCreated' | 'draftSaved' | 'recordFinalized' | 'amendmentStarted' | 'recordDeleted';

// Records as versions: a draft is rewritten in place (its revision grows), a finalized version never changes,
// and an amendment is a new version that names the digest of the one it amends. Content is opaque JSON here;
// the records service validates it against the domain schema before it arrives.
export class RecordVersions {
  private readonly vault: VaultService;
  private readonly rows: RecordRows<typeof storedVersionSchema>;
  private readonly random: RandomBytes;

  constructor(vault: VaultService, random: RandomBytes) {
    this.vault = vault;
    this.rows = vault.recordRows(storedVersionSchema, describeRecordVersion);
    this.random = random;
  }

  createDraft(content: unknown): StoredVersion {
    const now = this.now();
    const version: StoredVersion = {
      recordId: this.vault.sodium().to_hex(this.random(RECORD_ID_BYTES)),
      version: 1,
      status: 'draft',
      createdAt: now,
      savedAt: now,
      finalizedAt: null,
      amendsDigest: null,
      amendmentReason: null,
      digest: null,
      content,
    };
    return this.write('recordCreated', version);
  }

  saveDraft(recordId: string, content: unknown): StoredVersion {
    const latest = this.get(recordId);
    if (latest.status !== 'draft') throw new UserError('RECORD_FINALIZED');
    return this.write('draftSaved', { ...latest, content, savedAt: this.now() });
  }

  // The caller may pass the content in its final, normalised form; it is written and sealed in one step.
  finalize(recordId: string, content?: unknown): StoredVersion {
    const latest = this.get(recordId);
    if (latest.status !== 'draft') throw new UserError('RECORD_FINALIZED');
    const now = this.now();
    const final: StoredVersion = content === undefined ? latest : { ...latest, content };
    return this.write('recordFinalized', { ...final, status: 'finalized', savedAt: now, finalizedAt: now, digest: this.digestOf(final) });
  }

  amend(recordId: string, reason: string): StoredVersion {
    const latest = this.get(recordId);
    if (latest.status !== 'finalized' || !latest.digest) throw new UserError('RECORD_NOT_FINALIZED');
    const now = this.now();
    const next: StoredVersion = {
      ...latest,
      version: latest.version + 1,
      status: 'draft',
      createdAt: now,
      savedAt: now,
      finalizedAt: null,
      amendsDigest: latest.digest,
      amendmentReason: reason,
      digest: null,
    };
    return this.write('amendmentStarted', next, reason);
  }

  // Only a draft can be deleted: a whole record while it is a first draft, or an amendment not yet finalized.
  deleteDraft(recordId: string): void {
    const latest = this.get(recordId);
    if (latest.status !== 'draft') throw new UserError('RECORD_FINALIZED');
    this.vault.change(auditOf('recordDeleted', latest), () => this.rows.delete(recordId, latest.version));
  }

  get(recordId: string, version?: number): StoredVersion {
    const known = this.rows.versions(recordId);
    const wanted = version ?? Math.max(...known);
    if (!known.includes(wanted)) throw new UserError('RECORD_NOT_FOUND');
    return this.checked(recordId, wanted, this.rows.read(recordId, wanted));
  }

  history(recordId: string): StoredVersion[] {
    if (this.rows.versions(recordId).length === 0) throw new UserError('RECORD_NOT_FOUND');
    return this.rows.history(recordId).map((stored) => this.checked(recordId, stored.version, stored));
  }

  // The latest version of every record, decrypted; the first row that cannot be read fails the whole list.
  listLatest(): StoredVersion[] {
    const { versions, unreadable } = this.readLatest();
    if (unreadable[0]) throw unreadable[0].error;
    return versions;
  }

  // The same, with a row that cannot be read reported beside the others instead of failing them all.
  readLatest(): { versions: StoredVersion[]; unreadable: UnreadableRecord[] } {
    const { rows, unreadable } = this.rows.latest();
    const versions: StoredVersion[] = [];
    for (const row of rows) {
      if (isItself(row.recordId, row.version, row.value)) versions.push(row.value);
      else unreadable.push({ recordId: row.recordId, version: row.version, error: rowFailure('ROW_TAMPERED', describeRecordVersion(row.recordId, row.version)) });
    }
    return { versions, unreadable };
  }

  digestOf(version: StoredVersion): string {
    return versionFingerprint(this.vault.sodium(), version);
  }

  private write(action: RecordAction, version: StoredVersion, note?: string): StoredVersion {
    this.vault.change(auditOf(action, version, note), () => this.rows.write(version.recordId, version.version, version));
    return version;
  }

  // The associated data binds the row to its id and version; content naming another is a bug or worse.
  private checked(recordId: string, version: number, stored: StoredVersion): StoredVersion {
    if (!isItself(recordId, version, stored)) throw rowFailure('ROW_TAMPERED', describeRecordVersion(recordId, version));
    return stored;
  }

  private now(): string {
    return this.vault.now();
  }
}

function isItself(recordId: string, version: number, stored: StoredVersion): boolean {
  return stored.recordId === recordId && stored.version === version;
}

function auditOf(action: RecordAction, version: StoredVersion, note?: string) {
  return { action, target: { recordId: version.recordId, version: version.version }, ...(note === undefined ? {} : { note }) };
}
