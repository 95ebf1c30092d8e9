import type { z } from 'zod';
import { UserError } from '../../shared/errors.ts';
import { fromUtf8, utf8 } from './bytes.ts';
import { typedRowKey } from './manifest.ts';
import { rowFailure } from './row-failure.ts';
import type { StoredKind } from './stored-kind.ts';
import type { VaultSession } from './vault-session.ts';

// Row ids go into associated data and row names, where '/' and '|' separate fields.
const ROW_ID = /^[A-Za-z0-9_-]{1,128}$/;

// What every typed row's plaintext is: the content and the version of the kind's content it was written as.
// Checked by hand: it is read for every row of a list, and a schema library's generality costs there.
function envelopeOf(value: unknown): { success: true; data: { contentVersion: number; content: unknown } } | { success: false } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { success: false };
  const keys = Object.keys(value);
  const { contentVersion, content } = value as { contentVersion?: unknown; content?: unknown };
  if (keys.length !== 2 || !('content' in value) || !Number.isInteger(contentVersion) || (contentVersion as number) < 1) return { success: false };
  return { success: true, data: { contentVersion: contentVersion as number, content } };
}

export interface TableRow<T> {
  id: string;
  value: T;
}

export interface UnreadableRow {
  id: string;
  error: UserError;
}

// One stored kind's rows, encrypted, each bound by its associated data to this vault and its name (kind and id),
// stored under a storage id that names neither, checked against the manifest's row index before decryption, and
// counted in the manifest's row set. Reads work whenever the vault is unlocked; writes only inside
// `VaultService.change`, which puts them in one transaction with their audit entry and the manifest.
export class EncryptedTable<S extends z.ZodType> {
  readonly kind: StoredKind<S>;
  private readonly session: () => VaultSession;

  constructor(session: () => VaultSession, kind: StoredKind<S>) {
    this.session = session;
    this.kind = kind;
  }

  // What is written is what reading the row back would answer, so it is kept as read: the next list (an import's
  // first look at what is held, the inbox) does not decrypt and check again what this session just wrote.
  put(id: string, value: z.input<S>): void {
    requireRowId(id);
    const content = this.kind.schema.parse(value);
    this.write(id, content);
    this.session().rememberDecoded(this.kind.name, id, content);
  }

  private write(id: string, content: unknown): void {
    this.session().writeBytes(typedRowKey(this.kind.name, id), utf8(JSON.stringify({ contentVersion: this.kind.contentVersion, content })));
  }

  // Answers whether there was a row to delete.
  delete(id: string): boolean {
    return this.session().deleteRow(typedRowKey(this.kind.name, id));
  }

  has(id: string): boolean {
    return this.session().has(typedRowKey(this.kind.name, id));
  }

  // Known from the manifest-verified index, without decrypting anything.
  ids(): string[] {
    return this.session().typedIds(this.kind.name);
  }

  get(id: string): z.output<S> | undefined {
    const session = this.session();
    const cached = session.decodedTyped(this.kind.name, id);
    if (cached) return cached.value as z.output<S>;
    const plaintext = session.readBytes(typedRowKey(this.kind.name, id), this.what(id));
    return plaintext === undefined ? undefined : this.open(session, id, plaintext).value;
  }

  // Every row, ordered by id; the first that cannot be read fails the whole list.
  list(): TableRow<z.output<S>>[] {
    const { rows, unreadable } = this.read();
    if (unreadable[0]) throw unreadable[0].error;
    return rows;
  }

  // Every row, with one that cannot be read reported beside the others instead of failing them all.
  // Rows read earlier in this session and unchanged since are not decrypted again.
  read(): { rows: TableRow<z.output<S>>[]; unreadable: UnreadableRow[] } {
    const session = this.session();
    const ids = session.typedIds(this.kind.name);
    const cached = new Map<string, unknown>();
    const missing = new Map<string, string>();
    for (const id of ids) {
      const hit = session.decodedTyped(this.kind.name, id);
      if (hit) cached.set(id, hit.value);
      else missing.set(typedRowKey(this.kind.name, id), id);
    }
    const fetched = missing.size === 0 ? new Map<string, Uint8Array | UserError>() : session.readMany([...missing.keys()], (name) => this.what(missing.get(name) ?? name));
    const rows: TableRow<z.output<S>>[] = [];
    const unreadable: UnreadableRow[] = [];
    for (const id of ids) {
      if (cached.has(id)) {
        rows.push({ id, value: cached.get(id) as z.output<S> });
        continue;
      }
      try {
        const plaintext = fetched.get(typedRowKey(this.kind.name, id));
        if (plaintext instanceof UserError) throw plaintext;
        rows.push({ id, value: this.open(session, id, plaintext as Uint8Array).value });
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        unreadable.push({ id, error });
      }
    }
    return { rows, unreadable };
  }

  // Rewrites every row written at an older content version at the current one; answers how many. Only inside a
  // change. A row that cannot be read is left as it is (reading it names it).
  upgradeStoredContent(): number {
    const session = this.session();
    let upgradedRows = 0;
    for (const id of session.typedIds(this.kind.name)) {
      let opened;
      try {
        const plaintext = session.readBytes(typedRowKey(this.kind.name, id), this.what(id));
        if (plaintext === undefined) continue;
        opened = this.open(session, id, plaintext);
      } catch (error) {
        if (error instanceof UserError) continue;
        throw error;
      }
      if (opened.contentVersion === this.kind.contentVersion) continue;
      this.write(id, opened.value);
      upgradedRows += 1;
    }
    return upgradedRows;
  }

  private what(id: string): string {
    return `${this.kind.label}（${id}）`;
  }

  // Authenticated already; brought to the current content version in memory (the row itself is rewritten only by
  // the content migration after unlock). Content from a newer program, or that fits no version, is unreadable.
  private open(session: VaultSession, id: string, plaintext: Uint8Array): { value: z.output<S>; contentVersion: number } {
    const what = this.what(id);
    const envelope = envelopeOf(parseJson(fromUtf8(plaintext)));
    if (!envelope.success || envelope.data.contentVersion > this.kind.contentVersion) throw rowFailure('ROW_UNREADABLE', what);
    const content = upgraded(this.kind, envelope.data.content, envelope.data.contentVersion);
    const parsed = content.ok ? this.kind.schema.safeParse(content.value) : undefined;
    if (!parsed?.success) throw rowFailure('ROW_UNREADABLE', what);
    // Only content at the current version is kept: an older row is read (and upgraded) again until rewritten.
    if (envelope.data.contentVersion === this.kind.contentVersion) session.rememberDecoded(this.kind.name, id, parsed.data);
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
