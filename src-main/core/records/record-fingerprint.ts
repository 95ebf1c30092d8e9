import { blake2b } from '@noble/hashes/blake2b';
import { bytesToHex } from '@noble/hashes/utils';
import type { InterventionRecord } from '../../shared/form/record.ts';
import { canonicalJson } from '../../shared/canonical-json.ts';

// BLAKE2b-256: the fingerprint printed on the form is 64 hex digits.
const FINGERPRINT_BYTES = 32;

// What a record version's fingerprint covers: its identity, its place in the amendment chain and the filled-in
// form. Status and timestamps are left out, so the paper and the encrypted file agree whenever the content does.
export interface FingerprintedVersion {
  recordId: string;
  version: number;
  amendsDigest: string | null;
  amendmentReason: string | null;
  content: unknown;
}

export const FINGERPRINT_HEX_CHARS = FINGERPRINT_BYTES * 2;

// BLAKE2b-256 over the canonical JSON of the version, as lowercase hex. The one implementation: the vault seals
// a finalized version with it, and the printed form, the CLI and the receiving body recompute it.
// noble's BLAKE2b rather than libsodium's (the same function, tested against both libsodium and Python's hashlib):
// `liuhen pdf` needs no other cryptography, and libsodium's WebAssembly would cost every print ~30 ms to load.
export function versionFingerprint(version: FingerprintedVersion): string {
  const { recordId, amendsDigest, amendmentReason, content } = version;
  const canonical = canonicalJson({ recordId, version: version.version, amendsDigest, amendmentReason, content });
  return bytesToHex(blake2b(new TextEncoder().encode(canonical), { dkLen: FINGERPRINT_BYTES }));
}

// The fingerprint of a record as recordSchema gives it: the content is exactly what the records service hands the
// vault when it finalizes: the four parts the form prints, and the lateness and 逾期说明 only when there are any,
// so versions finalized before they existed keep their fingerprints.
export function recordFingerprint(recordId: string, record: InterventionRecord): string {
  const { version, amendsDigest, amendmentReason } = record;
  return versionFingerprint({ recordId, version, amendsDigest, amendmentReason, content: finalizedContent(record) });
}

export function finalizedContent(record: Omit<InterventionRecord, 'status' | 'version' | 'amendsDigest' | 'amendmentReason'>) {
  const { filedAt, filer, handler, entries, lateNote, lateness } = record;
  return {
    filedAt,
    filer,
    handler,
    entries,
    ...(lateNote === undefined ? {} : { lateNote }),
    ...(lateness === undefined ? {} : { lateness }),
  };
}
