import canonicalize from 'canonicalize';

// RFC 8785 (JSON Canonicalization Scheme): keys sorted by UTF-16 code units, numbers and strings serialized as
// ECMAScript does. Fingerprints hash these bytes, and so will the exchange format, so another implementation can
// reproduce them from the RFC alone. For record content (fixed non-numeric keys, strings, integers, booleans,
// null) it is byte-identical to the sorted JSON.stringify used before: the fixture vaults' printed fingerprints
// prove it in every test run.
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('canonical JSON has no encoding for this value');
  return text;
}
