import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src-main/shared/canonical-json.ts';
import { versionFingerprint, type FingerprintedVersion } from '../../../src-main/core/records/record-fingerprint.ts';
import { loadSodium } from '../../../src-main/core/vault/sodium.ts';

const FINGERPRINT_BYTES = 32;
// Characters from every UTF-8 length: ASCII, Latin, CJK (and a rare ideograph outside the BMP), an emoji.
const ALPHABET = ['a', 'Z', '7', ' ', '"', '\\', 'é', '领', '导', '干', '部', '𠀀', '😀', '\n'];

// A deterministic spread of versions whose canonical JSON runs from a few dozen bytes to ~70 KB, so the hash sees
// every remainder of its 128-byte block and more than one block counter word.
function versions(): FingerprintedVersion[] {
  let seed = 20261202;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const text = (length: number) => Array.from({ length }, () => ALPHABET[next() % ALPHABET.length]).join('');
  const lengths = [...Array.from({ length: 300 }, (_, index) => index), 1_000, 4_096, 20_000];
  return lengths.map((length, index) => ({
    recordId: index.toString(16).padStart(32, '0'),
    version: 1 + (index % 3),
    amendsDigest: index % 2 === 0 ? null : 'ab'.repeat(32),
    amendmentReason: index % 2 === 0 ? null : text(index % 50),
    content: { entries: [{ content: text(length) }] },
  }));
}

describe('the fingerprint hash', () => {
  it('is the BLAKE2b-256 that libsodium computes, over every length', async () => {
    const sodium = await loadSodium();
    for (const version of versions()) {
      const { recordId, amendsDigest, amendmentReason, content } = version;
      const canonical = canonicalJson({ recordId, version: version.version, amendsDigest, amendmentReason, content });
      const expected = sodium.to_hex(sodium.crypto_generichash(FINGERPRINT_BYTES, new TextEncoder().encode(canonical), null));
      expect(versionFingerprint(version)).toBe(expected);
    }
  });

  it('is the BLAKE2b-256 that Python’s hashlib computes', () => {
    const sample = versions().filter((_, index) => index % 37 === 0);
    const inputs = sample.map(({ recordId, version, amendsDigest, amendmentReason, content }) =>
      canonicalJson({ recordId, version, amendsDigest, amendmentReason, content }),
    );
    const python = spawnSync(
      'python3',
      ['-c', 'import sys,json,hashlib\nfor s in json.load(sys.stdin): print(hashlib.blake2b(s.encode("utf-8"), digest_size=32).hexdigest())'],
      { input: JSON.stringify(inputs), encoding: 'utf8' },
    );
    expect(python.status, python.stderr).toBe(0);
    expect(python.stdout.trim().split('\n')).toEqual(sample.map((version) => versionFingerprint(version)));
  });
});
