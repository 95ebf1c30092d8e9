import { UserError } from '../../shared/errors.ts';

// SQLite's own failures, as a person can act on them. Codes are SQLite's extended result codes as better-sqlite3
// reports them ('SQLITE_IOERR_SHORT_READ' etc.), so families are matched by prefix.
const FAMILIES: readonly [prefix: string, make: () => UserError][] = [
  ['SQLITE_CORRUPT', () => new UserError('VAULT_CORRUPT')],
  ['SQLITE_NOTADB', () => new UserError('VAULT_CORRUPT')],
  ['SQLITE_IOERR_SHORT_READ', () => new UserError('VAULT_CORRUPT')],
  ['SQLITE_FULL', () => new UserError('DISK_FULL')],
  ['SQLITE_IOERR', () => new UserError('VAULT_IO_ERROR')],
  ['SQLITE_CANTOPEN', () => new UserError('FILE_UNREADABLE')],
  ['SQLITE_BUSY', () => new UserError('VAULT_BUSY')],
  ['SQLITE_LOCKED', () => new UserError('VAULT_BUSY')],
  // The vault is opened writable; a read-only answer means a changed file header (byte 18 or 19 raised) or a
  // file the system will not let us write, which the opener tells apart before it gets here.
  ['SQLITE_READONLY', () => new UserError('VAULT_CORRUPT')],
  // A missing table or column in a vault whose schema version says it has one: the file's structure was altered.
  ['SQLITE_ERROR', () => new UserError('VAULT_CORRUPT')],
];

export function userErrorOfSqlite(error: unknown): UserError | undefined {
  if (!(error instanceof Error) || error.name !== 'SqliteError') return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return undefined;
  return FAMILIES.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`))?.[1]();
}
