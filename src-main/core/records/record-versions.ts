import { z } from 'zod';
import type { RandomBytes } from '../clock.ts';
import { UserError } from '../../shared/errors.ts';
import { formatRecordNumber } from '../../shared/form/record-number.ts';
import type { RecordRows, UnreadableRecord } from '../vault/record-rows.ts';
import { rowFailure } from '../vault/row-failure.ts';
import type { VaultService } from '../vault/vault-service.ts';
import { RECORD_CONTENT_VERSIONS, type RecordContentVersions } from './record-content-versions.ts';
import { versionFingerprint } from './record-fingerprint.ts';
import { listEntryOf, recordListKind, type RecordListEntry } from './record-list-index.ts';
import type { EncryptedTable } from '../vault/encrypted-table.ts';

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
    // The version of `content` (record-content-versions.ts); absent in rows written before there were versions,
    // which are version 1.
    contentVersion: z.number().int().positive().optional(),
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
  private readonly listIndex: EncryptedTable<typeof recordListKind.schema>;
  private readonly random: RandomBytes;
  private readonly content: RecordContentVersions;

  constructor(vault: VaultService, random: RandomBytes, content: RecordContentVersions = RECORD_CONTENT_VERSIONS) {
    this.vault = vault;
    this.rows = vault.recordRows(storedVersionSchema, describeRecordVersion);
    this.listIndex = vault.table(recordListKind);
    this.random = random;
    this.content = content;
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
      contentVersion: this.content.current,
      content,
    };
    return this.write('recordCreated', version);
  }

  saveDraft(recordId: string, content: unknown): StoredVersion {
    const latest = this.get(recordId);
    if (latest.status !== 'draft') throw new UserError('RECORD_FINALIZED');
    return this.write('draftSaved', { ...latest, contentVersion: this.content.current, content, savedAt: this.now() });
  }

  // The caller may pass the content in its final, normalised form; it is written and sealed in one step.
  finalize(recordId: string, content?: unknown): StoredVersion {
    const latest = this.get(recordId);
    if (latest.status !== 'draft') throw new UserError('RECORD_FINALIZED');
    const now = this.now();
    const final: StoredVersion = content === undefined ? latest : { ...latest, contentVersion: this.content.current, content };
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
      ...this.upgraded(latest.recordId, latest.version + 1, latest),
    };
    return this.write('amendmentStarted', next, reason);
  }

  // Only a draft can be deleted: a whole record while it is a first draft, or an amendment not yet finalized.
  deleteDraft(recordId: string): void {
    const latest = this.get(recordId);
    if (latest.status !== 'draft') throw new UserError('RECORD_FINALIZED');
    const amended = latest.version > 1 ? this.get(recordId, latest.version - 1) : undefined;
    this.vault.change(auditOf('recordDeleted', latest), () => {
      this.rows.delete(recordId, latest.version);
      if (amended) this.listIndex.put(recordId, listEntryOf(amended));
      else this.listIndex.delete(recordId);
    });
  }

  // The records list's index, answered without decrypting a single form (record-list-index.ts), with every
  // record's latest version from the row index. An index row that cannot be read is left out: the list then
  // reads that record in full.
  listEntries(): { entries: { recordId: string; entry: RecordListEntry }[]; latestVersions: Map<string, number> } {
    const entries = this.listIndex.read().rows.map(({ id, value }) => ({ recordId: id, entry: value }));
    return { entries, latestVersions: this.rows.latestVersions() };
  }

  latestVersion(recordId: string): number {
    return Math.max(...this.rows.versions(recordId));
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
    for (const { recordId, version, value } of rows) {
      try {
        versions.push(this.checked(recordId, version, value));
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        unreadable.push({ recordId, version, error });
      }
    }
    return { versions, unreadable };
  }

  // After unlock: the list index where it lacks records (a vault from before the index) or names records that are
  // gone, then drafts at an older content version, found from the index. With a complete index neither decrypts a
  // single record version.
  afterUnlock(): void {
    this.completeListIndex();
    this.upgradeDrafts();
  }

  // Content migration after unlock: every draft written at an older content version is rewritten at the current
  // one, in one change. Finalized versions are never rewritten. Which drafts are old is read from the list index,
  // so only those are decrypted, and the records the index does not know at their latest version (none after
  // `completeListIndex`). Answers how many drafts were rewritten.
  upgradeDrafts(): number {
    // No content is older than version 1: while it is current there is nothing to look for, not even in the index.
    if (this.content.current === 1) return 0;
    const { entries, latestVersions } = this.listEntries();
    const indexed = new Map(entries.filter(({ recordId, entry }) => entry.version === latestVersions.get(recordId)).map(({ recordId, entry }) => [recordId, entry]));
    const candidates = [...latestVersions.keys()].filter((recordId) => {
      const entry = indexed.get(recordId);
      return !entry || (entry.status === 'draft' && (entry.contentVersion ?? 1) < this.content.current);
    });
    if (candidates.length === 0) return 0;
    const stale = this.rows.latest(candidates).rows.filter(({ value }) => value.status === 'draft' && contentVersionOf(value) < this.content.current);
    if (stale.length === 0) return 0;
    this.vault.change({ action: 'contentMigrated', note: `${stale.length} 份草稿` }, () => {
      for (const { recordId, version, value } of stale) {
        const lifted = this.lifted(recordId, version, value);
        this.rows.write(recordId, version, lifted);
        this.listIndex.put(recordId, listEntryOf(lifted));
      }
    });
    return stale.length;
  }

  // Known from the manifest's row index alone, so an unlock with a complete index decrypts nothing here; only the
  // records the index lacks are read in full. Their entries keep the content version the row holds, so
  // `upgradeDrafts` still finds an old draft among them.
  private completeListIndex(): void {
    const recordIds = this.rows.latestVersions();
    const indexed = new Set(this.listIndex.ids());
    const missing = [...recordIds.keys()].filter((id) => !indexed.has(id));
    const gone = [...indexed].filter((id) => !recordIds.has(id));
    if (missing.length === 0 && gone.length === 0) return;
    const readable = this.rows.latest(missing).rows.flatMap(({ recordId, version, value }) => {
      try {
        return [{ recordId, entry: listEntryOf(this.checked(recordId, version, value), contentVersionOf(value)) }];
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        return [];
      }
    });
    this.vault.change({ action: 'contentMigrated', note: '记录表列表索引' }, () => {
      for (const { recordId, entry } of readable) this.listIndex.put(recordId, entry);
      for (const id of gone) this.listIndex.delete(id);
    });
  }

  digestOf(version: StoredVersion): string {
    return versionFingerprint(version);
  }

  private write(action: RecordAction, version: StoredVersion, note?: string): StoredVersion {
    this.vault.change(auditOf(action, version, note), () => {
      this.rows.write(version.recordId, version.version, version);
      this.listIndex.put(version.recordId, listEntryOf(version));
    });
    return version;
  }

  // The associated data binds the row to its id and version; content naming another is a bug or worse. A draft
  // comes back at the current content version; content newer than this program is unreadable.
  private checked(recordId: string, version: number, stored: StoredVersion): StoredVersion {
    if (!isItself(recordId, version, stored)) throw rowFailure('ROW_TAMPERED', describeRecordVersion(recordId, version));
    return this.lifted(recordId, version, stored);
  }

  private lifted(recordId: string, version: number, stored: StoredVersion): StoredVersion {
    const from = contentVersionOf(stored);
    if (from > this.content.current) throw rowFailure('ROW_UNREADABLE', describeRecordVersion(recordId, version));
    if (stored.status === 'finalized' || from === this.content.current) return stored;
    return { ...stored, ...this.upgraded(recordId, version, stored) };
  }

  // The content of a version brought to the current content version (an amendment starts from it).
  private upgraded(recordId: string, version: number, stored: StoredVersion): { contentVersion: number; content: unknown } {
    try {
      const content = this.content.upgrades.slice(contentVersionOf(stored) - 1).reduce((current, upgrade) => upgrade(current), stored.content);
      return { contentVersion: this.content.current, content };
    } catch {
      throw rowFailure('ROW_UNREADABLE', describeRecordVersion(recordId, version));
    }
  }

  private now(): string {
    return this.vault.now();
  }
}

function contentVersionOf(stored: StoredVersion): number {
  return stored.contentVersion ?? 1;
}

function isItself(recordId: string, version: number, stored: StoredVersion): boolean {
  return stored.recordId === recordId && stored.version === version;
}

function auditOf(action: RecordAction, version: StoredVersion, note?: string) {
  return { action, target: { recordId: version.recordId, version: version.version }, ...(note === undefined ? {} : { note }) };
}
