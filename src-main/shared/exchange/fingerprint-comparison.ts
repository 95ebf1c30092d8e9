// What a person types or scans to confirm a fingerprint: the groups as printed (any spacing, any case, full-width
// spaces from a Chinese input method) or the QR text with its prefix. Only an exact match of every digit counts.
// The key notice's QR code holds this prefix and the fingerprint, so a scan is recognisably a Liuhen key.
export const KEY_NOTICE_QR_PREFIX = 'liuhen-key:';

export function normaliseTypedFingerprint(typed: string): string {
  const trimmed = typed.trim();
  const withoutPrefix = trimmed.toLowerCase().startsWith(KEY_NOTICE_QR_PREFIX) ? trimmed.slice(KEY_NOTICE_QR_PREFIX.length) : trimmed;
  return withoutPrefix.replace(/[\s\u3000-]/g, '').toLowerCase();
}

export function fingerprintMatches(typed: string, fingerprint: string): boolean {
  return normaliseTypedFingerprint(typed) === fingerprint.toLowerCase();
}
