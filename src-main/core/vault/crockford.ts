const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function encodeCrockford(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

// Accepts what people type: any case, spaces and hyphens, O for 0, I and L for 1. Returns undefined for a
// character that cannot be part of a key.
export function decodeCrockford(text: string, byteLength: number): Uint8Array | undefined {
  const cleaned = normalizeCrockford(text);
  if (cleaned === undefined) return undefined;
  const out = new Uint8Array(byteLength);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of cleaned) {
    value = (value << 5) | ALPHABET.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      if (index >= byteLength) return undefined;
      out[index] = (value >>> (bits - 8)) & 255;
      index += 1;
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return index === byteLength ? out : undefined;
}

export function normalizeCrockford(text: string): string | undefined {
  const cleaned = text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return [...cleaned].every((char) => ALPHABET.includes(char)) ? cleaned : undefined;
}
