// Keys and digests travel as lowercase hex: readable in any editor and trivial for an independent reader.
export const KEY_BYTES = 32;
export const DIGEST_BYTES = 32;
export const SIGNATURE_BYTES = 64;

export function hexPattern(bytes: number): RegExp {
  return new RegExp(`^[0-9a-f]{${bytes * 2}}$`);
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

// Only for text a schema has already matched against hexPattern.
export function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let index = 0; index < out.length; index += 1) out[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  return out;
}
