import type { z } from 'zod';
import { UserError } from '../../shared/errors.ts';
import { rowKey } from './manifest.ts';
import { parseRowValue } from './row-values.ts';
import type { VaultSession } from './vault-session.ts';

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

function nameOf(recordId: string, version: number): string {
  return rowKey({ table: 'records', id: recordId, version });
}

// Record versions: one encrypted row per (record id, version), named so inside the vault and stored under a
// storage id that has nothing to do with the printed 编号. Storage only: which versions may change, and how, is
// the records lifecycle's business (`records/record-versions.ts`). Which versions exist is taken from the
// manifest-verified index, and each version is read under its own storage id: a damaged SQLite index cannot
// answer an older version as the latest.
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
    return [...(this.session().indexedVersions('records').get(recordId) ?? [])].sort((a, b) => a - b);
  }

  // Every record's latest version number, from the index: no decryption.
  latestVersions(): Map<string, number> {
    return new Map([...this.session().indexedVersions('records')].map(([recordId, versions]) => [recordId, Math.max(...versions)]));
  }

  read(recordId: string, version: number): z.output<S> {
    const value = this.session().readValue(nameOf(recordId, version), this.schema, this.describe(recordId, version));
    if (value === undefined) throw new UserError('RECORD_NOT_FOUND');
    return value;
  }

  history(recordId: string): z.output<S>[] {
    return this.versions(recordId).map((version) => this.read(recordId, version));
  }

  // The latest version of every record (or of these records), with a row that cannot be read reported beside
  // the others. An id the index does not know is left out.
  latest(recordIds?: readonly string[]): { rows: RecordRowValue<z.output<S>>[]; unreadable: UnreadableRecord[] } {
    const session = this.session();
    const all = this.latestVersions();
    const chosen = recordIds === undefined ? [...all] : recordIds.flatMap((recordId): [string, number][] => {
      const version = all.get(recordId);
      return version === undefined ? [] : [[recordId, version]];
    });
    const latest = chosen.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const opened = session.readMany(
      latest.map(([recordId, version]) => nameOf(recordId, version)),
      (name) => {
        const [, recordId = '', version = '0'] = name.split('/');
        return this.describe(recordId, Number(version));
      },
    );
    const rows: RecordRowValue<z.output<S>>[] = [];
    const unreadable: UnreadableRecord[] = [];
    for (const [recordId, version] of latest) {
      const plaintext = opened.get(nameOf(recordId, version));
      try {
        if (plaintext instanceof UserError) throw plaintext;
        rows.push({ recordId, version, value: this.parse(plaintext as Uint8Array, recordId, version) });
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        unreadable.push({ recordId, version, error });
      }
    }
    return { rows, unreadable };
  }

  // Only inside a change (VaultService.change).
  write(recordId: string, version: number, value: z.input<S>): void {
    this.session().writeValue(nameOf(recordId, version), this.schema.parse(value));
  }

  // Only inside a change (VaultService.change).
  delete(recordId: string, version: number): void {
    this.session().deleteRow(nameOf(recordId, version));
  }

  private parse(plaintext: Uint8Array, recordId: string, version: number): z.output<S> {
    return parseRowValue(plaintext, this.schema, this.describe(recordId, version));
  }
}
