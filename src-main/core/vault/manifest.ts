import { z } from 'zod';

// The vault's memory of what it wrote, kept encrypted and rewritten in the same transaction as every change:
// a keyed multiset hash over every encrypted row's (name, suite, tag), the number of rows, the audit chain's head,
// the header's digest, the number of commits and the key of the storage ids. A row that is replayed, swapped,
// removed or slipped in no longer adds up to it. The hash is updated in O(1) per change, so a save costs the same
// in a vault of ten records or ten thousand.
export const manifestSchema = z
  .object({
    rowSetHash: z.string().regex(/^[0-9a-f]{64}$/),
    rowCount: z.number().int().nonnegative(),
    auditHead: z.object({ seq: z.number().int().nonnegative(), chain: z.string() }).strict(),
    // The digest of the header this state belongs to (format 2 on), so a header edited or swapped from another
    // copy is named after unlock; absent in a manifest written by format 1.
    headerDigest: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    // How many commits this vault has made (format 2 on): compared on unlock with the side file's count.
    commitCounter: z.number().int().nonnegative().optional(),
    // The key of the storage ids (storage-ids.ts), base64; absent in a manifest of the older layout.
    storageIdKey: z.string().optional(),
  })
  .strict();

export type Manifest = z.infer<typeof manifestSchema>;

export type RowTable = 'records' | 'singletons';

export interface RowRef {
  table: RowTable;
  id: string;
  version: number;
}

// A row's name: what it is, in the clear only inside the vault (sealed in its `name` column, hashed into its
// storage id). Kind names and ids hold no '/', so a name is read back unambiguously.
export function rowKey(ref: RowRef): string {
  return `${ref.table}/${ref.id}/${ref.version}`;
}

// A typed table's row: `typed/<kind>/<id>/1`.
export function typedRowKey(kind: string, id: string): string {
  return `typed/${kind}/${id}/1`;
}

export const TYPED_KEY_PREFIX = 'typed/';
