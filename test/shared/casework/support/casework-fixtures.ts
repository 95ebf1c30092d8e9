import { recordSchema, type InterventionRecord } from '../../../../src-main/shared/form/record.ts';
import type { InboxEntry } from '../../../../src-main/shared/casework/inbox-entry.ts';
import { newInboxEntry } from '../../../../src-main/shared/casework/inbox-entry.ts';
import { validEntry, validRecord } from '../../support/valid-record.ts';

type EntryShape = ReturnType<typeof validEntry>;

// A finalized record as the body receives it, its entries varied from the valid one the form tests use.
export function finalizedRecord({
  filedAt = '2026-09-30',
  entries = [{}],
}: {
  filedAt?: string;
  entries?: Partial<EntryShape>[];
} = {}): InterventionRecord {
  const base = validRecord();
  return recordSchema.parse({
    ...base,
    filedAt,
    status: 'finalized',
    entries: entries.map((overrides) => ({ ...validEntry(), ...overrides })),
  });
}

export function receivedEntry(record: InterventionRecord, importedOn: string, recordId = 'R0001'): InboxEntry {
  const made = newInboxEntry({ recordId, source: 'importedFile', record, importedOn });
  if (!made.ok) throw new Error(made.message);
  return made.value;
}
