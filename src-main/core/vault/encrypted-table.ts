import { z } from 'zod';
import { UserError } from '../../shared/errors.ts';
import { fromUtf8, utf8 } from './bytes.ts';
import { indexDamaged, rowFailure } from './row-failure.ts';
import type { StoredKind } from './stored-kind.ts';
import type { TypedRow, VaultSession } from './vault-session.ts';

// Row ids go into associated data and the row index's keys, where '/' and '|' separate fields.
const ROW_ID = /^[A-Za-z0-9_-]{1,128}$/;

// What every typed row's plaintext is: the content and the version of the kind's content it was written as.
const envelopeSchema = z.object({ contentVersion: z.number().int().positive(), content: z.unknown() }).strict();

export interface TableRow<T> {
  id: string;
  value: T;
}

export interface UnreadableRow {
  id: string;
  error: UserError;
}

interface SqlTypedRow extends TypedRow {
  row_id: string;
}

// One stored kind's rows, encrypted, each bound by its associated data to this vault, its kind, its id and its
// revision, checked against the manifest's row index before decryption, and counted in the manifest's row set.
// Reads work whenever the vault is unlocked; writes only inside `VaultService.change`, which puts them in one
// transaction with their audit entry and the manifest.
export class EncryptedTable<S extends z.ZodType> {
  readonly kind: StoredKind<S>;
  private readonly session: () => VaultSession;

  constructor(session: () => VaultSession, kind: StoredKind<S>) {
    this.session = session;
    this.kind = kind;
  }

  put(id: string, value: z.input<S>): void {
    requireRowId(id);
    this.write(id, this.kind.schema.parse(value));
  }

  private write(id: string, content: unknown): void {
    const session = this.session();
    const row = session.sealTyped(this.kind.name, id, utf8(JSON.stringify({ contentVersion: this.kind.contentVersion, content })));
    session.db
      .prepare(
        `INSERT INTO typed_rows (kind, row_id, revision, suite, nonce, ciphertext) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (kind, row_id) DO UPDATE
           SET revision = excluded.revision, suite = excluded.suite, nonce = excluded.nonce, ciphertext = excluded.ciphertext`,
      )
      .run(this.kind.name, id, row.revision, row.suite, row.nonce, row.ciphertext);
  }

  // Answers whether there was a row to delete.
  delete(id: string): boolean {
    const session = this.session();
    if (!session.hasTyped(this.kind.name, id)) return false;
    session.forgetTyped(this.kind.name, id);
    session.db.prepare('DELETE FROM typed_rows WHERE kind = ? AND row_id = ?').run(this.kind.name, id);
    return true;
  }

  has(id: string): boolean {
    return this.session().hasTyped(this.kind.name, id);
  }

  // Known from the manifest-verified index, without decrypting anything.
  ids(): string[] {
    return this.session().typedIds(this.kind.name);
  }

  get(id: string): z.output<S> | undefined {
    const session = this.session();
    if (!session.hasTyped(this.kind.name, id)) return undefined;
    const row = session.db
      .prepare('SELECT row_id, revision, suite, nonce, ciphertext FROM typed_rows WHERE kind = ? AND row_id = ?')
      .get(this.kind.name, id) as SqlTypedRow | undefined;
    if (!row) throw indexDamaged();
    return this.open(session, row).value;
  }

  // Every row, ordered by id; the first that cannot be read fails the whole list.
  list(): TableRow<z.output<S>>[] {
    const { rows, unreadable } = this.read();
    if (unreadable[0]) throw unreadable[0].error;
    return rows;
  }

  // Every row, with one that cannot be read reported beside the others instead of failing them all.
  read(): { rows: TableRow<z.output<S>>[]; unreadable: UnreadableRow[] } {
    const session = this.session();
    const stored = session.db
      .prepare('SELECT row_id, revision, suite, nonce, ciphertext FROM typed_rows WHERE kind = ? ORDER BY row_id')
      .all(this.kind.name) as SqlTypedRow[];
    if (stored.map((row) => row.row_id).join('/') !== session.typedIds(this.kind.name).join('/')) throw indexDamaged();
    const rows: TableRow<z.output<S>>[] = [];
    const unreadable: UnreadableRow[] = [];
    for (const row of stored) {
      try {
        rows.push({ id: row.row_id, value: this.open(session, row).value });
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        unreadable.push({ id: row.row_id, error });
      }
    }
    return { rows, unreadable };
  }

  // Rewrites every row written at an older content version at the current one; answers how many. Only inside a
  // change. A row that cannot be read is left as it is (reading it names it).
  upgradeStoredContent(): number {
    const session = this.session();
    const stored = session.db
      .prepare('SELECT row_id, revision, suite, nonce, ciphertext FROM typed_rows WHERE kind = ?')
      .all(this.kind.name) as SqlTypedRow[];
    let upgradedRows = 0;
    for (const row of stored) {
      let opened;
      try {
        opened = this.open(session, row);
      } catch (error) {
        if (error instanceof UserError) continue;
        throw error;
      }
      if (opened.contentVersion === this.kind.contentVersion) continue;
      this.write(row.row_id, opened.value);
      upgradedRows += 1;
    }
    return upgradedRows;
  }

  // Authenticated, then brought to the current content version in memory (the row itself is rewritten only by
  // the content migration after unlock). Content from a newer program, or that fits no version, is unreadable.
  private open(session: VaultSession, row: SqlTypedRow): { value: z.output<S>; contentVersion: number } {
    const what = `${this.kind.label}（${row.row_id}）`;
    const plaintext = session.openTyped(this.kind.name, row.row_id, row, what);
    const envelope = envelopeSchema.safeParse(parseJson(fromUtf8(plaintext)));
    if (!envelope.success || envelope.data.contentVersion > this.kind.contentVersion) throw rowFailure('ROW_UNREADABLE', what);
    const content = upgraded(this.kind, envelope.data.content, envelope.data.contentVersion);
    const parsed = content.ok ? this.kind.schema.safeParse(content.value) : undefined;
    if (!parsed?.success) throw rowFailure('ROW_UNREADABLE', what);
    return { value: parsed.data, contentVersion: envelope.data.contentVersion };
  }
}

// An upgrade that cannot make sense of old content throws; the row is then unreadable, like content that fits
// no version.
function upgraded(kind: StoredKind, content: unknown, fromVersion: number): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: kind.upgrades.slice(fromVersion - 1).reduce((current, upgrade) => upgrade(current), content) };
  } catch {
    return { ok: false };
  }
}

function requireRowId(id: string): void {
  if (!ROW_ID.test(id)) throw new Error(`typed row ids must match ${ROW_ID.source}`);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
