import {
  PUBLIC_KEY_FORMAT,
  PUBLIC_KEY_FORMAT_VERSION,
  encodePublicKeyFile,
  parsePublicKeyFile,
  type PublicKeyFile,
} from '../../shared/exchange/public-key-file.ts';
import type { BodyIdentity } from '../../shared/exchange/exchange-body.ts';
import type { Checked } from '../../shared/exchange/exchange-problem.ts';
import { DIGEST_BYTES, fromHex, toHex } from '../../shared/exchange/hex.ts';
import type { RandomBytes } from '../clock.ts';
import { utf8 } from '../vault/bytes.ts';
import type { Sodium } from '../vault/sodium.ts';

// libsodium derives both key pairs from 32-byte seeds; the seeds come from the injected random source so the
// core never reads the OS random source itself and tests can fix them.
const KEY_SEED_BYTES = 32;

// A body's own keys: the secret halves stay in its vault, the key file goes out on paper and USB.
export interface BodyKeys {
  identity: BodyIdentity;
  boxPublicKey: Uint8Array;
  boxSecretKey: Uint8Array;
  signPublicKey: Uint8Array;
  signSecretKey: Uint8Array;
  keyFileText: string;
  fingerprint: string;
}

// A key file someone has checked against its printed notice.
export interface TrustedBody {
  file: PublicKeyFile;
  keyFileText: string;
  fingerprint: string;
  boxPublicKey: Uint8Array;
  signPublicKey: Uint8Array;
}

// A handler installation's signing key: its public half and fingerprint travel in every record file and are
// printed in the form's footer.
export interface HandlerKey {
  signPublicKey: Uint8Array;
  signSecretKey: Uint8Array;
  fingerprint: string;
}

export function digestHexOf(sodium: Sodium, bytes: Uint8Array): string {
  return toHex(sodium.crypto_generichash(DIGEST_BYTES, bytes, null));
}

// BLAKE2b-256 over the key file's bytes: covers both keys and the body's identity.
export function keyFileFingerprint(sodium: Sodium, keyFileText: string): string {
  return digestHexOf(sodium, utf8(keyFileText));
}

export function handlerKeyFingerprint(sodium: Sodium, signPublicKey: Uint8Array): string {
  return digestHexOf(sodium, signPublicKey);
}

export function bodyKeysFromSeeds(sodium: Sodium, identity: BodyIdentity, boxSeed: Uint8Array, signSeed: Uint8Array): BodyKeys {
  const box = sodium.crypto_box_seed_keypair(boxSeed);
  const sign = sodium.crypto_sign_seed_keypair(signSeed);
  const keyFileText = encodePublicKeyFile(identity, toHex(box.publicKey), toHex(sign.publicKey));
  return {
    identity,
    boxPublicKey: box.publicKey,
    boxSecretKey: box.privateKey,
    signPublicKey: sign.publicKey,
    signSecretKey: sign.privateKey,
    keyFileText,
    fingerprint: keyFileFingerprint(sodium, keyFileText),
  };
}

export function generateBodyKeys(sodium: Sodium, identity: BodyIdentity, random: RandomBytes): BodyKeys {
  return bodyKeysFromSeeds(sodium, identity, random(KEY_SEED_BYTES), random(KEY_SEED_BYTES));
}

export function handlerKeyFromSeed(sodium: Sodium, seed: Uint8Array): HandlerKey {
  const sign = sodium.crypto_sign_seed_keypair(seed);
  return { signPublicKey: sign.publicKey, signSecretKey: sign.privateKey, fingerprint: handlerKeyFingerprint(sodium, sign.publicKey) };
}

export function generateHandlerKey(sodium: Sodium, random: RandomBytes): HandlerKey {
  return handlerKeyFromSeed(sodium, random(KEY_SEED_BYTES));
}

export function readPublicKeyFile(sodium: Sodium, bytes: Uint8Array): Checked<TrustedBody> {
  const parsed = parsePublicKeyFile(bytes);
  if (!parsed.ok) return parsed;
  const keyFileText = new TextDecoder().decode(bytes);
  return {
    ok: true,
    value: {
      file: parsed.value,
      keyFileText,
      fingerprint: keyFileFingerprint(sodium, keyFileText),
      boxPublicKey: fromHex(parsed.value.boxKey),
      signPublicKey: fromHex(parsed.value.signKey),
    },
  };
}

// The body's own key file as others see it, for sealing to itself in tests and for forwarding between its peers.
export function trustedBodyOf({ identity, keyFileText, fingerprint, boxPublicKey, signPublicKey }: BodyKeys): TrustedBody {
  const file: PublicKeyFile = {
    format: PUBLIC_KEY_FORMAT,
    formatVersion: PUBLIC_KEY_FORMAT_VERSION,
    body: identity,
    boxKey: toHex(boxPublicKey),
    signKey: toHex(signPublicKey),
  };
  return { file, keyFileText, fingerprint, boxPublicKey, signPublicKey };
}
