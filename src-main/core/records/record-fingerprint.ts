import type { InterventionRecord } from '../../shared/form/record.ts';
import type { Sodium } from '../vault/sodium.ts';
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
export function versionFingerprint(sodium: Sodium, version: FingerprintedVersion): string {
  const { recordId, amendsDigest, amendmentReason, content } = version;
  const canonical = canonicalJson({ recordId, version: version.version, amendsDigest, amendmentReason, content });
  return sodium.to_hex(sodium.crypto_generichash(FINGERPRINT_BYTES, new TextEncoder().encode(canonical), null));
}

// The fingerprint of a record as recordSchema gives it: the content is exactly what the records service hands the
// vault when it finalizes: the four parts the form prints, and the lateness and 逾期说明 only when there are any,
// so versions finalized before they existed keep their fingerprints.
export function recordFingerprint(sodium: Sodium, recordId: string, record: InterventionRecord): string {
  const { version, amendsDigest, amendmentReason } = record;
  return versionFingerprint(sodium, { recordId, version, amendsDigest, amendmentReason, content: finalizedContent(record) });
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
