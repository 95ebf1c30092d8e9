import { signedMessage } from '../../shared/exchange/sealed-envelope.ts';
import { fromHex, toHex } from '../../shared/exchange/hex.ts';
import { utf8 } from '../vault/bytes.ts';
import type { Sodium } from '../vault/sodium.ts';

// Ed25519 over the format name, a NUL and the payload's bytes as written (docs/exchange-format.md).
export function signPayload(sodium: Sodium, format: string, payload: Uint8Array, signSecretKey: Uint8Array): Uint8Array {
  return sodium.crypto_sign_detached(signedMessage(format, payload), signSecretKey);
}

export function signPayloadText(sodium: Sodium, format: string, payloadText: string, signSecretKey: Uint8Array): string {
  return toHex(signPayload(sodium, format, utf8(payloadText), signSecretKey));
}

// libsodium throws on a key or signature of the wrong length; to a reader of a file that is just a bad
// signature.
export function verifyPayload(sodium: Sodium, format: string, payload: Uint8Array, signature: Uint8Array, signPublicKey: Uint8Array): boolean {
  try {
    return sodium.crypto_sign_verify_detached(signature, signedMessage(format, payload), signPublicKey);
  } catch {
    return false;
  }
}

export function verifyPayloadText(sodium: Sodium, format: string, payloadText: string, signatureHex: string, signPublicKey: Uint8Array): boolean {
  return verifyPayload(sodium, format, utf8(payloadText), fromHex(signatureHex), signPublicKey);
}
