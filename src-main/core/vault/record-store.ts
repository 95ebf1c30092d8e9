import { z } from 'zod';
import { UserError } from '../../shared/errors.ts';
import { versionFingerprint } from '../records/record-fingerprint.ts';
import { formatRecordNumber } from '../../shared/form/record-number.ts';
import { RECORD_ID_BYTES } from './crypto-params.ts';
import { indexDamaged, rowFailure } from './row-failure.ts';
import type { Sodium } from './sodium.ts';
import type { VaultSession } from './vault-session.ts';

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

export interface UnreadableRecord {
  recordId: string;
  version: number;
  error: UserError;
}

export function describeRecordVersion(recordId: string, version: number): string {
  return `记录表（编号 ${formatRecordNumber(recordId)}，第${version}版）`;
}

interface RecordRow {
  record_id: string;
  version: number;
  revision: number;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

// Records as versions: a draft is rewritten in place (its revision grows), a finalized version never changes,
// and an amendment is a new version that names the digest of the one it amends. Content is opaque JSON here;
// the services layer validates it against the domain schema before it arrives.
export class RecordStore {
  private readonly session: VaultSession;
  private readonly sodium: Sodium;
  private readonly newId: () => string;

  constructor(session: VaultSession, sodium: Sodium, random: (length: number) => Uint8Array) {
    this.session = session;
    this.sodium = sodium;
    this.newId = () => sodium.to_hex(random(RECORD_ID_BYTES));
  }

  createDraft(content: unknown): StoredVersion {
    const now = this.session.now();
    const version: StoredVersion = {
      recordId: this.newId(),
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
    return this.session.change(() => {
      this.write(version);
      this.audit('recordCreated', version);
      return version;
    });
  }

  saveDraft(recordId: string, content: unknown): StoredVersion {
    const latest = this.latest(recordId);
    if (latest.status !== 'draft') throw new UserError('RECORD_FINALIZED');
    const next: StoredVersion = { ...latest, content, savedAt: this.session.now() };
    return this.session.change(() => {
      this.write(next);
      this.audit('draftSaved', next);
      return next;
    });
  }

  // The caller may pass the content in its final, normalised form; it is written and sealed in one step.
  finalize(recordId: string, content?: unknown): StoredVersion {
    const latest = this.latest(recordId);
    if (latest.status !== 'draft') throw new UserError('RECORD_FINALIZED');
    const now = this.session.now();
    const final: StoredVersion = content === undefined ? latest : { ...latest, content };
    const next: StoredVersion = { ...final, status: 'finalized', savedAt: now, finalizedAt: now, digest: this.digestOf(final) };
    return this.session.change(() => {
      this.write(next);
      this.audit('recordFinalized', next);
      return next;
    });
  }

  amend(recordId: string, reason: string): StoredVersion {
    const latest = this.latest(recordId);
    if (latest.status !== 'finalized' || !latest.digest) throw new UserError('RECORD_NOT_FINALIZED');
    const now = this.session.now();
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
    return this.session.change(() => {
      this.write(next);
      this.audit('amendmentStarted', next, reason);
      return next;
    });
  }

  // Only a draft can be deleted: a whole record while it is a first draft, or an amendment not yet finalized.
  deleteDraft(recordId: string): void {
    const latest = this.latest(recordId);
    if (latest.status !== 'draft') throw new UserError('RECORD_FINALIZED');
    this.session.change(() => {
      this.session.db.prepare('DELETE FROM records WHERE record_id = ? AND version = ?').run(recordId, latest.version);
      this.session.forgetRow({ table: 'records', id: recordId, version: latest.version });
      this.audit('recordDeleted', latest);
    });
  }

  // The version is chosen from the manifest-verified index, and the row must be where SQLite's index says: a
  // damaged SQLite index could otherwise answer an older version as the latest.
  get(recordId: string, version?: number): StoredVersion {
    const known = this.session.indexedVersions('records').get(recordId) ?? [];
    const wanted = version ?? Math.max(...known);
    if (!known.includes(wanted)) throw new UserError('RECORD_NOT_FOUND');
    const row = this.session.db.prepare('SELECT * FROM records WHERE record_id = ? AND version = ?').get(recordId, wanted) as
      | RecordRow
      | undefined;
    if (!row) throw indexDamaged();
    return this.open(row);
  }

  history(recordId: string): StoredVersion[] {
    const known = (this.session.indexedVersions('records').get(recordId) ?? []).sort((a, b) => a - b);
    if (known.length === 0) throw new UserError('RECORD_NOT_FOUND');
    const rows = this.session.db.prepare('SELECT * FROM records WHERE record_id = ? ORDER BY version').all(recordId) as RecordRow[];
    if (rows.map((row) => row.version).join() !== known.join()) throw indexDamaged();
    return rows.map((row) => this.open(row));
  }

  // The latest version of every record, decrypted; the first row that cannot be read fails the whole list.
  listLatest(): StoredVersion[] {
    const { versions, unreadable } = this.readLatest();
    if (unreadable[0]) throw unreadable[0].error;
    return versions;
  }

  // The same, with a row that cannot be read reported beside the others instead of failing them all.
  readLatest(): { versions: StoredVersion[]; unreadable: UnreadableRecord[] } {
    const rows = this.session.db
      .prepare(
        `SELECT r.* FROM records r
         JOIN (SELECT record_id, MAX(version) AS version FROM records GROUP BY record_id) latest
           ON latest.record_id = r.record_id AND latest.version = r.version`,
      )
      .all() as RecordRow[];
    const known = this.session.indexedVersions('records');
    if (rows.length !== known.size || rows.some((row) => row.version !== Math.max(...(known.get(row.record_id) ?? [])))) {
      throw indexDamaged();
    }
    const versions: StoredVersion[] = [];
    const unreadable: UnreadableRecord[] = [];
    for (const row of rows) {
      try {
        versions.push(this.open(row));
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        unreadable.push({ recordId: row.record_id, version: row.version, error });
      }
    }
    return { versions, unreadable };
  }

  digestOf(version: StoredVersion): string {
    return versionFingerprint(this.sodium, version);
  }

  private latest(recordId: string): StoredVersion {
    return this.get(recordId);
  }

  private open(row: RecordRow): StoredVersion {
    const ref = { table: 'records' as const, id: row.record_id, version: row.version };
    const what = describeRecordVersion(row.record_id, row.version);
    const version = this.session.openRow(ref, row, storedVersionSchema, what);
    if (version.recordId !== row.record_id || version.version !== row.version) throw rowFailure('ROW_TAMPERED', what);
    return version;
  }

  private write(version: StoredVersion): void {
    const sealed = this.session.sealRow({ table: 'records', id: version.recordId, version: version.version }, version);
    this.session.db
      .prepare(
        `INSERT INTO records (record_id, version, revision, nonce, ciphertext) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (record_id, version) DO UPDATE
           SET revision = excluded.revision, nonce = excluded.nonce, ciphertext = excluded.ciphertext`,
      )
      .run(version.recordId, version.version, sealed.revision, sealed.nonce, sealed.ciphertext);
  }

  private audit(action: 'recordCreated' | 'draftSaved' | 'recordFinalized' | 'amendmentStarted' | 'recordDeleted', version: StoredVersion, note?: string): void {
    this.session.appendAudit({
      at: this.session.now(),
      actor: 'owner',
      action,
      target: { recordId: version.recordId, version: version.version },
      ...(note === undefined ? {} : { note }),
    });
  }
}
