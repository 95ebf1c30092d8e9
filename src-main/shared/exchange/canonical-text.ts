import canonicalize from 'canonicalize';

// RFC 8785 (JCS): the one byte form of a JSON value, so a signature or a fingerprint over it is reproducible by
// any reader in any language. Only values JSON can hold reach here; `undefined` would mean a caller bug.
export function canonicalText(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('canonicalText: the value has no JSON form');
  return text;
}

// A file whose text is not already canonical was not written by a Liuhen installation (or was re-saved by an
// editor): its fingerprint would differ from the one on paper for the same content, so it is refused.
export function isCanonicalText(text: string, value: unknown): boolean {
  return canonicalize(value) === text;
}
