import { base32crockford } from '@scure/base';

// The codec is @scure/base's (audited); what people may type is ours: any case, spaces and hyphens, O for 0,
// I and L for 1. Returns undefined for a character that cannot be part of a key.
export function normalizeCrockford(text: string): string | undefined {
  const cleaned = text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]*$/.test(cleaned) ? cleaned : undefined;
}

export function decodeCrockford(text: string, byteLength: number): Uint8Array | undefined {
  const cleaned = normalizeCrockford(text);
  if (cleaned === undefined) return undefined;
  try {
    const bytes = base32crockford.decode(cleaned);
    return bytes.length === byteLength ? bytes : undefined;
  } catch {
    // Leftover bits that are not zero: no key encodes to this text.
    return undefined;
  }
}

export const encodeCrockford = (bytes: Uint8Array): string => base32crockford.encode(bytes);
