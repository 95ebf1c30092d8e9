import type { FileArrival } from '../../shared/casework/file-arrival.ts';
import { chinaDateOf } from '../../shared/calendar/iso-date.ts';
import type { ReceivedRecordRow } from '../exchange/exchange-kinds.ts';

// What casework takes from a row the intake stored: the file's import day is the case's first received date.
// Any flag (a contradicting version, a missing earlier one, a changed key) holds the file back from replacing
// what a case shows; the row comes again once a person or a later file resolves it.
export function fileArrivalOf(row: ReceivedRecordRow): FileArrival {
  return {
    recordId: row.recordId,
    version: row.version,
    fingerprint: row.fingerprint,
    fileDigest: row.fileDigest,
    record: row.record,
    importedOn: chinaDateOf(new Date(row.importedAt)),
    contested: row.flags.length > 0,
  };
}
