import { z } from 'zod';

// The vault's own memory of what it wrote: for every encrypted row, its revision and AEAD tag, plus the audit
// chain's head. Kept encrypted, rewritten in the same transaction as every change, so a row that is replayed,
// swapped, removed or slipped in no longer matches it.
export const manifestSchema = z
  .object({
    rows: z.record(z.string(), z.object({ revision: z.number().int().positive(), tag: z.string() }).strict()),
    auditHead: z.object({ seq: z.number().int().nonnegative(), chain: z.string() }).strict(),
  })
  .strict();

export type Manifest = z.infer<typeof manifestSchema>;

export type RowTable = 'records' | 'singletons';

export interface RowRef {
  table: RowTable;
  id: string;
  version: number;
}

export function rowKey(ref: RowRef): string {
  return `${ref.table}/${ref.id}/${ref.version}`;
}

export function emptyManifest(genesisChain: string): Manifest {
  return { rows: {}, auditHead: { seq: 0, chain: genesisChain } };
}
