import { utf8 } from './bytes.ts';
import type { Sodium } from './sodium.ts';

// A row's place in the file: a keyed BLAKE2b-256 of its name (`records/<id>/<version>`, `singletons/<slot>/1`,
// `typed/<kind>/<id>/1`) under the vault's storage-id key. Without the key it says nothing: not the 编号 printed
// on paper, not the version, not the kind. The key is random, kept in the manifest and carried over by every
// rotation, so a row keeps its storage id for the vault's life.
export const STORAGE_ID_BYTES = 32;
export const STORAGE_ID_KEY_BYTES = 32;

export function storageIdOf(sodium: Sodium, storageIdKey: Uint8Array, name: string): Uint8Array {
  return sodium.crypto_generichash(STORAGE_ID_BYTES, utf8(name), storageIdKey);
}

export function storageIdHex(storageId: Uint8Array): string {
  return Buffer.from(storageId.buffer, storageId.byteOffset, storageId.byteLength).toString('hex');
}
