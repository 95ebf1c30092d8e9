import type { IsoDate } from '../calendar/iso-date.ts';
import type { InterventionRecord } from '../form/record.ts';
import type { CaseFile } from './case-file.ts';
import type { InboxEntry, LinkedFile } from './inbox-entry.ts';
import { refused, type CaseworkResult } from './casework-result.ts';

// A record file the intake has just stored: what casework needs to open or update a case for it.
export interface FileArrival {
  recordId: string;
  version: number;
  fingerprint: string;
  fileDigest: string;
  record: InterventionRecord;
  importedOn: IsoDate;
  // The intake flagged it (see fileArrivalOf): it opens a case if there is none, but never replaces the version
  // a case shows until resolved.
  contested: boolean;
}

// Where an arrival's case may already be: under the handler's record id (an earlier version, or a paper form
// matched before), or as a paper form whose printed fingerprint is this version's.
export interface CaseLookup {
  byRecordId(recordId: string): CaseFile | undefined;
  byPaperFingerprint(fingerprint: string): CaseFile | undefined;
}

function linkedFileOf(arrival: FileArrival): LinkedFile {
  const { recordId, version, fingerprint, fileDigest, importedOn } = arrival;
  return { recordId, version, fingerprint, fileDigest, linkedOn: importedOn };
}

// The case a stored record file opens or brings up to date, or null when nothing changes: every file the intake
// keeps is in the inbox, received on its import day unless the paper came first.
export function caseAfterArrival(lookup: CaseLookup, arrival: FileArrival): CaseworkResult<CaseFile> | null {
  const held = lookup.byRecordId(arrival.recordId);
  if (held) return newerVersion(held, arrival);
  const paper = lookup.byPaperFingerprint(arrival.fingerprint);
  if (paper) return { ok: true, value: { ...paper, entry: { ...paper.entry, file: linkedFileOf(arrival) } } };
  if (arrival.record.status !== 'finalized') return refused('只有已完成填报的记录表才能收件登记');
  // The intake has checked the record against its schema; the case's own schema checks the whole when it is
  // stored, so the entry is not parsed twice on the way (an import of a thousand files would feel it).
  const entry: InboxEntry = {
    recordId: arrival.recordId,
    source: 'importedFile',
    record: arrival.record,
    importedOn: arrival.importedOn,
    receivedOn: arrival.importedOn,
    receivedOnChanges: [],
    intervenerOrgKinds: arrival.record.entries.map(() => null),
    paperFingerprint: null,
    file: linkedFileOf(arrival),
  };
  return { ok: true, value: { entry, assessments: [], disposition: [], jurisdiction: null } };
}

// An amendment replaces the record the case shows; the received date, 研判 and disposition stay the case's. The
// body's classification of each intervener stays with its entry position.
function newerVersion(held: CaseFile, arrival: FileArrival): CaseworkResult<CaseFile> | null {
  const shown = held.entry.file?.version ?? held.entry.record.version;
  if (arrival.contested || arrival.version <= shown) return null;
  const intervenerOrgKinds = arrival.record.entries.map((_, index) => held.entry.intervenerOrgKinds[index] ?? null);
  return {
    ok: true,
    value: { ...held, entry: { ...held.entry, record: arrival.record, intervenerOrgKinds, file: linkedFileOf(arrival) } },
  };
}
