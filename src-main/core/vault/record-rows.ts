import type { z } from 'zod';
import { UserError } from '../../shared/errors.ts';
import { indexDamaged } from './row-failure.ts';
import type { StoredRow, VaultSession } from './vault-session.ts';

interface RecordRow extends StoredRow {
  record_id: string;
  version: number;
}

export interface RecordRowValue<T> {
  recordId: string;
  version: number;
  value: T;
}

export interface UnreadableRecord {
  recordId: string;
  version: number;
  error: UserError;
}

// How a failure names one version, in the words the person knows it by.
export type DescribeVersion = (recordId: string, version: number) => string;

// The `records` table: one encrypted row per (record id, version), bound to both by its associated data. Storage
// only: which versions may change, and how, is the records lifecycle's business (`records/record-versions.ts`).
// Which versions exist is taken from the manifest-verified index, and each row must be where SQLite's index says:
// a damaged SQLite index could otherwise answer an older version as the latest.
export class RecordRows<S extends z.ZodType> {
  private readonly session: () => VaultSession;
  private readonly schema: S;
  private readonly describe: DescribeVersion;

  constructor(session: () => VaultSession, schema: S, describe: DescribeVersion) {
    this.session = session;
    this.schema = schema;
    this.describe = describe;
  }

  // The versions the index knows for a record, ascending; empty for an unknown record.
  versions(recordId: string): number[] {
    return (this.session().indexedVersions('records').get(recordId) ?? []).sort((a, b) => a - b);
  }

  read(recordId: string, version: number): z.output<S> {
    const session = this.session();
    const row = session.db.prepare('SELECT * FROM records WHERE record_id = ? AND version = ?').get(recordId, version) as RecordRow | undefined;
    if (!row) throw indexDamaged();
    return this.open(session, row);
  }

  history(recordId: string): z.output<S>[] {
    const session = this.session();
    const rows = session.db.prepare('SELECT * FROM records WHERE record_id = ? ORDER BY version').all(recordId) as RecordRow[];
    if (rows.map((row) => row.version).join() !== this.versions(recordId).join()) throw indexDamaged();
    return rows.map((row) => this.open(session, row));
  }

  // The latest version of every record, with a row that cannot be read reported beside the others.
  latest(): { rows: RecordRowValue<z.output<S>>[]; unreadable: UnreadableRecord[] } {
    const session = this.session();
    const stored = session.db
      .prepare(
        `SELECT r.* FROM records r
         JOIN (SELECT record_id, MAX(version) AS version FROM records GROUP BY record_id) latest
           ON latest.record_id = r.record_id AND latest.version = r.version`,
      )
      .all() as RecordRow[];
    const known = session.indexedVersions('records');
    if (stored.length !== known.size || stored.some((row) => row.version !== Math.max(...(known.get(row.record_id) ?? [])))) {
      throw indexDamaged();
    }
    const rows: RecordRowValue<z.output<S>>[] = [];
    const unreadable: UnreadableRecord[] = [];
    for (const row of stored) {
      try {
        rows.push({ recordId: row.record_id, version: row.version, value: this.open(session, row) });
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        unreadable.push({ recordId: row.record_id, version: row.version, error });
      }
    }
    return { rows, unreadable };
  }

  // Only inside a change (VaultService.change).
  write(recordId: string, version: number, value: z.input<S>): void {
    const session = this.session();
    const sealed = session.sealRow({ table: 'records', id: recordId, version }, this.schema.parse(value));
    session.db
      .prepare(
        `INSERT INTO records (record_id, version, revision, nonce, ciphertext) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (record_id, version) DO UPDATE
           SET revision = excluded.revision, nonce = excluded.nonce, ciphertext = excluded.ciphertext`,
      )
      .run(recordId, version, sealed.revision, sealed.nonce, sealed.ciphertext);
  }

  // Only inside a change (VaultService.change).
  delete(recordId: string, version: number): void {
    const session = this.session();
    session.forgetRow({ table: 'records', id: recordId, version });
    session.db.prepare('DELETE FROM records WHERE record_id = ? AND version = ?').run(recordId, version);
  }

  private open(session: VaultSession, row: RecordRow): z.output<S> {
    const ref = { table: 'records' as const, id: row.record_id, version: row.version };
    return session.openRow(ref, row, this.schema, this.describe(row.record_id, row.version));
  }
}
