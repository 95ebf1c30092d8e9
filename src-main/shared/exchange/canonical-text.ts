import { canonicalJson } from '../canonical-json.ts';

// A file whose text is not already canonical (RFC 8785) was not written by a Liuhen installation (or was re-saved
// by an editor): its fingerprint would differ from the one on paper for the same content, so it is refused.
export function isCanonicalText(text: string, value: unknown): boolean {
  return canonicalJson(value) === text;
}
