import { z } from 'zod';
import { canonicalJson } from '../canonical-json.ts';
import { bodyIdentitySchema, type BodyIdentity } from './exchange-body.ts';
import { keyHex } from './exchange-fields.ts';
import { SIGNED_FILE_MAX_BYTES } from './exchange-limits.ts';
import { refuse, type Checked } from './exchange-problem.ts';
import { readJsonFile } from './json-file.ts';

// A body's public key file: who it is, the X25519 key records are sealed to and the Ed25519 key its receipts,
// forwards and calendar packs are signed with. The file is canonical JSON, and its fingerprint (BLAKE2b-256 of
// the file's bytes) is what the printed key notice shows, so it covers both keys and the identity at once.
export const PUBLIC_KEY_FORMAT = 'liuhen-public-key';
export const PUBLIC_KEY_FORMAT_VERSION = 1;

export const publicKeyFileSchema = z.strictObject({
  format: z.literal(PUBLIC_KEY_FORMAT),
  formatVersion: z.literal(PUBLIC_KEY_FORMAT_VERSION),
  body: bodyIdentitySchema,
  boxKey: keyHex,
  signKey: keyHex,
});
export type PublicKeyFile = z.infer<typeof publicKeyFileSchema>;

export function encodePublicKeyFile(body: BodyIdentity, boxKey: string, signKey: string): string {
  return canonicalJson({ format: PUBLIC_KEY_FORMAT, formatVersion: PUBLIC_KEY_FORMAT_VERSION, body, boxKey, signKey });
}

export function parsePublicKeyFile(bytes: Uint8Array): Checked<PublicKeyFile> {
  const read = readJsonFile(bytes, SIGNED_FILE_MAX_BYTES, PUBLIC_KEY_FORMAT, PUBLIC_KEY_FORMAT_VERSION, true);
  if (!read.ok) return read;
  const parsed = publicKeyFileSchema.safeParse(read.value.json);
  if (!parsed.success) return refuse('MALFORMED', '公钥文件');
  return { ok: true, value: parsed.data };
}
